package dev.tminus.support;

/**
 * Hand-written LL2-shaped JSON for stages and landings, field names and order from upstream's
 * OpenAPI schemas ({@code Landing}, {@code LandingLocation}, {@code LandingType}): Falcon 9 booster
 * B1062 landing on the drone ship "A Shortfall of Gravitas". Urls use LL2's host.
 */
public final class StageFixture {
  private StageFixture() {}

  /** Earth, as a landing location's {@code CelestialBodyNormal}. */
  public static final String EARTH = """
      {"response_mode": "normal", "id": 1, "name": "Earth", "type": {"id": 1, "name": "Planet"},
       "diameter": 12742000.0, "mass": 5.972168e+24, "gravity": 9.80665, "length_of_day": "23:56:04",
       "atmosphere": true,
       "image": {"id": 1296, "name": "Earth", "image_url": "https://img.example/earth.jpeg",
                 "thumbnail_url": "https://img.example/earth_thumb.jpeg", "credit": "NASA",
                 "license": {"id": 1, "name": "Unknown", "priority": 9, "link": null},
                 "single_use": false, "variants": []},
       "description": "Earth is the third planet from the Sun and the only astronomical object known to harbor life.",
       "wiki_url": "https://en.wikipedia.org/wiki/Earth"}""";

  /** The landing of {@code id} on ASOG, {@code downrange} km from the pad. */
  public static String droneShipLanding(int id, double downrange) {
    return """
        {"id": %d, "url": "https://ll.thespacedevs.com/2.3.0/landings/%d/", "attempt": true, "success": true,
         "description": "The booster landed on A Shortfall of Gravitas in the Atlantic Ocean.",
         "downrange_distance": %s,
         "landing_location": {"id": 16, "name": "A Shortfall of Gravitas", "active": true, "abbrev": "ASOG",
           "description": "A Shortfall of Gravitas is an Autonomous Spaceport Drone Ship, based at Port Canaveral.",
           "location": {"response_mode": "normal", "id": 143,
             "url": "https://ll.thespacedevs.com/2.3.0/locations/143/", "name": "Atlantic Ocean", "active": true,
             "country": null, "description": "The Atlantic Ocean.", "image": null, "map_image": null,
             "longitude": -77.32, "latitude": 30.73, "timezone_name": "America/New_York",
             "total_launch_count": 0, "total_landing_count": 352},
           "longitude": -75.5, "latitude": 32.0, "image": null,
           "successful_landings": 117, "attempted_landings": 118, "failed_landings": 1,
           "celestial_body": %s},
         "type": {"id": 2, "name": "Autonomous Spaceport Drone Ship", "abbrev": "ASDS",
           "description": "An autonomous spaceport drone ship is an ocean-going vessel derived from a deck barge."}}
        """.formatted(id, id, downrange, EARTH);
  }
}
