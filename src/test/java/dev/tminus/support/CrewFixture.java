package dev.tminus.support;

import static dev.tminus.support.CatalogFixture.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spacecraft flights with their crews as LL2 2.3.0 writes them in a detailed launch's
 * {@code rocket.spacecraft_stage}, written key by key from the upstream OpenAPI components
 * ({@code SpacecraftFlightDetailedSerializerNoLaunch}, {@code SpacecraftDetailed},
 * {@code AstronautFlight}, {@code AstronautDetailed}, …) with every key in the document's order and
 * urls on {@code ll.thespacedevs.com}; e.g. SpaceX Crew-7 on Crew Dragon Endeavour (C206) with its
 * four crew members.
 */
public final class CrewFixture {
  public static final String LL2 = "https://ll.thespacedevs.com/2.3.0/";

  private CrewFixture() {}

  /** Launch {@code n}'s id, {@code 00000000-0000-0000-0000-00000000000n}. */
  public static String uuid(int n) {
    return String.format("00000000-0000-0000-0000-%012d", n);
  }

  public static String url(String collection, Object id) {
    return LL2 + collection + "/" + id + "/";
  }

  public static Map<String, Object> country(int id, String name, String a2, String a3, String nationality, String composed) {
    return obj("id", id, "name", name, "alpha_2_code", a2, "alpha_3_code", a3, "nationality_name", nationality,
        "nationality_name_composed", composed);
  }

  // Russia as the upstream Sputnik sample writes it (countries are one row each, whoever embeds them).
  public static final Map<String, Object> USA = country(2, "United States of America", "US", "USA", "American", "Americano");
  public static final Map<String, Object> RUSSIA = country(5, "Russia", "RU", "RUS", "Russian", "Russo");
  public static final Map<String, Object> JAPAN = country(6, "Japan", "JP", "JPN", "Japanese", "Japano");
  public static final Map<String, Object> DENMARK = country(40, "Denmark", "DK", "DNK", "Danish", "Dano");

  public static Map<String, Object> agencyMini(int id, String name, String abbrev, int typeId, String typeName) {
    return obj("response_mode", "list", "id", id, "url", url("agencies", id), "name", name, "abbrev", abbrev,
        "type", obj("id", typeId, "name", typeName));
  }

  public static final Map<String, Object> NASA = agencyMini(44, "National Aeronautics and Space Administration", "NASA", 1,
      "Government");
  public static final Map<String, Object> ESA = agencyMini(27, "European Space Agency", "ESA", 2, "Multinational");
  public static final Map<String, Object> JAXA = agencyMini(37, "Japan Aerospace Exploration Agency", "JAXA", 1, "Government");
  public static final Map<String, Object> ROSCOSMOS = agencyMini(63, "Russian Federal Space Agency (ROSCOSMOS)", "RFSA", 1,
      "Government");

  public static Map<String, Object> spacex() {
    return obj("response_mode", "normal", "id", 121, "url", url("agencies", 121), "name", "SpaceX", "abbrev", "SpX",
        "type", obj("id", 3, "name", "Commercial"), "featured", true, "country", List.of(USA),
        "description", "Space Exploration Technologies Corp., known as SpaceX, is an American aerospace manufacturer.",
        "administrator", "CEO: Elon Musk", "founding_year", 2002, "launchers", "Falcon", "spacecraft", "Dragon",
        "parent", null, "image", null, "logo", null, "social_logo", null);
  }

  public static Map<String, Object> image(int id, String name) {
    String file = "https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/" + name.toLowerCase().replace(' ', '_');
    return obj("id", id, "name", name, "image_url", file + ".jpeg", "thumbnail_url", file + "_thumbnail.jpeg",
        "credit", "SpaceX", "license", obj("id", 1, "name", "Unknown", "priority", 9, "link", null),
        "single_use", false, "variants", List.of());
  }

  /** A detailed spacecraft configuration of SpaceX's Dragon family. */
  public static Map<String, Object> config(int id, String name, boolean humanRated, Integer crew) {
    Map<String, Object> family = obj("response_mode", "normal", "id", 3, "name", "Dragon",
        "description", "SpaceX's Dragon capsules.", "manufacturer", spacex(), "parent", null,
        "maiden_flight", "2010-12-08", "spacecraft_flown", 30, "total_launch_count", 60, "successful_launches", 59,
        "failed_launches", 1, "attempted_landings", 58, "successful_landings", 58, "failed_landings", 0);
    return obj("response_mode", "detailed", "id", id, "url", url("spacecraft_configurations", id), "name", name,
        "type", obj("id", 2, "name", "Capsule"), "agency", spacex(), "family", List.of(family), "in_use", true,
        "image", null, "capability", name + " carries " + (crew == null ? "cargo" : "crew") + " to low Earth orbit.",
        "history", "", "details", "", "maiden_flight", humanRated ? "2019-03-02" : "2020-12-06", "height", 8.1,
        "diameter", 4.0, "human_rated", humanRated, "crew_capacity", crew, "payload_capacity", 6000,
        "payload_return_capacity", 3000, "flight_life", "up to 210 days", "wiki_link",
        "https://en.wikipedia.org/wiki/SpaceX_Dragon_2", "info_link", "https://www.spacex.com/vehicles/dragon/",
        "spacecraft_flown", 5, "total_launch_count", 15, "successful_launches", 15, "failed_launches", 0,
        "attempted_landings", 14, "successful_landings", 14, "failed_landings", 0, "fastest_turnaround", "P107DT3H30M");
  }

  public static Map<String, Object> spacecraft(int id, String name, String serial, Map<String, Object> config, int flights) {
    return obj("response_mode", "normal", "id", id, "url", url("spacecraft", id), "name", name,
        "serial_number", serial, "is_placeholder", false, "image", id == 1 ? image(9001, "Crew Dragon " + name) : null,
        "in_space", false, "time_in_space", "P553DT1H59M13S", "time_docked", "P540DT6H45M48S",
        "flights_count", flights, "mission_ends_count", flights - 1, "status", obj("id", 1, "name", "Active"),
        "description", name + " is a " + config.get("name") + " spacecraft.", "spacecraft_config", config,
        "fastest_turnaround", flights > 1 ? "P158DT9H40M" : null);
  }

  /** {@code detailed} (a configuration of {@link #config}) as a {@code SpacecraftConfigNormal}: its agency as {@code AgencyMini}. */
  public static Map<String, Object> configNormal(Map<String, Object> detailed) {
    return obj("response_mode", "normal", "id", detailed.get("id"), "url", detailed.get("url"), "name", detailed.get("name"),
        "type", detailed.get("type"), "agency", spacexMini(),
        "family", List.of(obj("response_mode", "normal", "id", 3, "name", "Dragon",
            "description", "SpaceX's Dragon capsules.", "manufacturer", spacexMini(), "parent", null,
            "maiden_flight", "2010-12-08")),
        "in_use", detailed.get("in_use"), "image", detailed.get("image"));
  }

  /** SpaceX as an {@code AgencyMini}. */
  public static Map<String, Object> spacexMini() {
    return obj("response_mode", "list", "id", 121, "url", url("agencies", 121), "name", "SpaceX", "abbrev", "SpX",
        "type", obj("id", 3, "name", "Commercial"));
  }

  /** {@code detailed} (a spacecraft of {@link #spacecraft}) as a {@code SpacecraftNormal}: its configuration in normal mode. */
  public static Map<String, Object> spacecraftNormal(Map<String, Object> detailed) {
    @SuppressWarnings("unchecked")
    Map<String, Object> config = (Map<String, Object>) detailed.get("spacecraft_config");
    Map<String, Object> normal = new java.util.LinkedHashMap<>(detailed);
    normal.put("spacecraft_config", configNormal(config));
    return normal;
  }

  /**
   * A {@code SpacecraftFlightNormal}, a docking event's {@code flight_vehicle_target}: the flight
   * with its spacecraft in normal mode and {@code launch}, a {@code LaunchNormal}.
   */
  public static Map<String, Object> flightTarget(Map<String, Object> flight, JsonNode launch) {
    @SuppressWarnings("unchecked")
    Map<String, Object> spacecraft = (Map<String, Object>) flight.get("spacecraft");
    return obj("id", flight.get("id"), "url", flight.get("url"), "destination", flight.get("destination"),
        "mission_end", flight.get("mission_end"), "spacecraft", spacecraftNormal(spacecraft), "launch", launch,
        "landing", flight.get("landing"), "duration", flight.get("duration"),
        "turn_around_time", flight.get("turn_around_time"), "response_mode", "normal");
  }

  public static Map<String, Object> astronaut(int id, String name, Map<String, Object> agency, Map<String, Object> country,
      String born, int age) {
    List<Object> links = id == 201 ? List.of(obj("id", 501, "social_media",
        obj("id", 1, "name", "Twitter", "url", "https://twitter.com", "logo", null), "url", "https://twitter.com/AstroJaws"))
        : List.of();
    return obj("id", id, "url", url("astronauts", id), "name", name, "status", obj("id", 1, "name", "Active"),
        "agency", agency, "image", null, "response_mode", "list", "type", obj("id", 2, "name", "Government"),
        "in_space", false, "time_in_space", "P199DT1H40M38S", "eva_time", id == 201 ? "PT12H40M" : "P0D", "age", age,
        "date_of_birth", born, "date_of_death", null, "nationality", List.of(country),
        "bio", name + " is an astronaut of " + agency.get("abbrev") + ".",
        "wiki", "https://en.wikipedia.org/wiki/" + name.replace(' ', '_'), "last_flight", "2023-08-26T07:27:27Z",
        "first_flight", id == 203 ? "2011-06-07T20:12:00Z" : "2023-08-26T07:27:27Z", "social_media_links", links);
  }

  public static final Map<String, Object> COMMANDER = obj("id", 1, "role", "Commander", "priority", 1);
  public static final Map<String, Object> PILOT = obj("id", 2, "role", "Pilot", "priority", 2);
  public static final Map<String, Object> SPECIALIST = obj("id", 4, "role", "Mission Specialist", "priority", 4);

  public static Map<String, Object> astronautFlight(int id, Map<String, Object> role, Map<String, Object> astronaut) {
    return obj("id", id, "role", role, "astronaut", astronaut);
  }

  /** Crew-7's four: Moghbeli (commander), Mogensen (pilot), Furukawa and Borisov (mission specialists). */
  public static List<Object> crew7() {
    return new ArrayList<>(List.of(
        astronautFlight(101, COMMANDER, astronaut(201, "Jasmin Moghbeli", NASA, USA, "1983-06-24", 42)),
        astronautFlight(102, PILOT, astronaut(202, "Andreas Mogensen", ESA, DENMARK, "1976-11-02", 49)),
        astronautFlight(103, SPECIALIST, astronaut(203, "Satoshi Furukawa", JAXA, JAPAN, "1964-04-04", 61)),
        astronautFlight(104, SPECIALIST, astronaut(204, "Konstantin Borisov", ROSCOSMOS, RUSSIA, "1984-08-23", 41))));
  }

  /**
   * A Dragon's splashdown off Florida; {@code earth} is the landing location's body, the Earth of the
   * Sputnik sample as a {@code CelestialBodyNormal} (one row, whoever embeds it).
   */
  public static Map<String, Object> splashdown(int id, String spacecraft, JsonNode earth) {
    Map<String, Object> location = obj("response_mode", "normal", "id", 143, "url", url("locations", 143),
        "name", "Gulf of Mexico", "active", true, "country", USA, "description", "Splashdown zones off Florida.",
        "image", null, "map_image", null, "longitude", -87.2, "latitude", 30.1, "timezone_name", "America/Chicago",
        "total_launch_count", 0, "total_landing_count", 41);
    Map<String, Object> landingLocation = obj("id", 20, "name", "Gulf of Mexico", "active", true, "abbrev", "GOM",
        "description", null, "location", location, "longitude", -87.2, "latitude", 30.1, "image", null,
        "successful_landings", 12, "attempted_landings", 12, "failed_landings", 0, "celestial_body", earth);
    return obj("id", id, "url", url("landings", id), "attempt", true, "success", true,
        "description", spacecraft + " splashed down off Pensacola, Florida.", "downrange_distance", null,
        "landing_location", landingLocation, "type", obj("id", 5, "name", "Splashdown", "abbrev", "SPL",
            "description", "The spacecraft lands in a body of water."));
  }

  /** Earth as the Sputnik sample writes it, as a {@code CelestialBodyNormal}: without the launch and landing counts. */
  public static JsonNode earth(JsonNode sputnik) {
    ObjectNode earth = sputnik.at("/pad/location/celestial_body").deepCopy();
    earth.remove(List.of("total_attempted_launches", "successful_launches", "failed_launches",
        "total_attempted_landings", "successful_landings", "failed_landings"));
    return earth;
  }

  public static Map<String, Object> flight(int id, Map<String, Object> spacecraft, Map<String, Object> landing,
      String destination, String missionEnd, List<Object> launchCrew, List<Object> onboardCrew,
      List<Object> landingCrew) {
    return flight(id, spacecraft, landing, destination, missionEnd, launchCrew, onboardCrew, landingCrew, List.of());
  }

  /** The International Space Station as a {@code SpaceStationNormal}: a docking event's {@code space_station_target}. */
  public static Map<String, Object> iss() {
    return obj("id", 4, "url", url("space_stations", 4), "name", "International Space Station", "image", null,
        "status", obj("id", 1, "name", "Active"), "founded", "1998-11-20", "deorbited", null,
        "description", "The International Space Station is a modular space station in low Earth orbit.",
        "orbit", "Low Earth Orbit", "type", obj("id", 1, "name", "Government"));
  }

  /** A port of the ISS as a {@code DockingLocation}: its station as {@code SpaceStationMini}, no spacecraft, no payload. */
  public static Map<String, Object> port(int id, String name) {
    return obj("id", id, "name", name, "spacestation",
        obj("id", 4, "url", url("space_stations", 4), "name", "International Space Station", "image", null),
        "spacecraft", null, "payload", null);
  }

  /** A {@code DockingEventForChaserNormal} at the ISS: the station is the target, no flight is. */
  public static Map<String, Object> dockingAtIss(int id, String docking, String departure, Map<String, Object> port) {
    return obj("id", id, "url", url("docking_events", id), "docking", docking, "departure", departure,
        "docking_location", port, "space_station_target", iss(), "flight_vehicle_target", null,
        "payload_flight_target", null);
  }

  public static Map<String, Object> flight(int id, Map<String, Object> spacecraft, Map<String, Object> landing,
      String destination, String missionEnd, List<Object> launchCrew, List<Object> onboardCrew,
      List<Object> landingCrew, List<Object> dockingEvents) {
    return obj("id", id, "url", url("spacecraft/flights", id), "destination", destination, "mission_end", missionEnd,
        "spacecraft", spacecraft, "landing", landing, "duration", "P199DT2H20M",
        "turn_around_time", "P158DT9H40M", "response_mode", "detailed", "launch_crew", launchCrew,
        "onboard_crew", onboardCrew, "landing_crew", landingCrew, "docking_events", dockingEvents);
  }

  /**
   * Four launches (the Sputnik 1 sample renamed): 1 Crew-7, flight 11 on Endeavour (spacecraft 1,
   * Crew Dragon config 10), launched and landed by four (astronaut flights 101–104), docked at the ISS
   * (docking event 501); 2 CRS-29, flight 12 on Dragon C211 (2, Cargo Dragon config 20), no crew,
   * docked twice (502, then 503 not departed); 3 no spacecraft; 4 flight 13 on Freedom
   * (3, config 10) with a launch crew of two, and flight 14 on Dragon C209 (4, config 20) without one.
   */
  public static List<ObjectNode> launches(JsonNode sputnik) {
    Map<String, Object> crewDragon = config(10, "Crew Dragon", true, 7);
    Map<String, Object> cargoDragon = config(20, "Cargo Dragon", false, null);
    JsonNode earth = earth(sputnik);
    ObjectNode crew7 = launch(sputnik, 1, "Falcon 9 Block 5 | Crew-7", List.of(
        flight(11, spacecraft(1, "Endeavour", "C206", crewDragon, 5), splashdown(2011, "Endeavour", earth),
            "International Space Station", "2024-03-12T09:47:00Z", crew7(), List.of(), crew7(),
            List.of(dockingAtIss(501, "2023-08-27T13:16:00Z", "2024-03-11T15:20:00Z", port(2, "Harmony Zenith"))))));
    ObjectNode crs29 = launch(sputnik, 2, "Falcon 9 Block 5 | CRS-29", List.of(
        flight(12, spacecraft(2, "Dragon C211", "C211", cargoDragon, 2), splashdown(2012, "Dragon C211", earth),
            "International Space Station", "2023-12-22T05:25:00Z", List.of(), List.of(), List.of(),
            List.of(dockingAtIss(502, "2023-11-11T10:07:00Z", "2023-12-21T16:00:00Z", port(3, "Harmony Forward")),
                dockingAtIss(503, "2023-12-21T17:30:00Z", null, port(2, "Harmony Zenith"))))));
    ObjectNode none = launch(sputnik, 3, "Sputnik 8K71PS | Sputnik 1", List.of());
    ObjectNode two = launch(sputnik, 4, "Two spacecraft", List.of(
        flight(13, spacecraft(3, "Freedom", "C212", crewDragon, 2), splashdown(2013, "Freedom", earth),
            "International Space Station", null,
            List.of(astronautFlight(105, COMMANDER, astronaut(205, "Kjell Lindgren", NASA, USA, "1973-01-23", 52)),
                astronautFlight(106, PILOT, astronaut(201, "Jasmin Moghbeli", NASA, USA, "1983-06-24", 42))),
            List.of(), List.of()),
        flight(14, spacecraft(4, "Dragon C209", "C209", cargoDragon, 3), splashdown(2014, "Dragon C209", earth),
            null, null, List.of(), List.of(), List.of())));
    return List.of(crew7, crs29, none, two);
  }

  /**
   * Launch {@code n} ({@code 00000000-0000-0000-0000-00000000000n}): the upstream Sputnik 1 sample
   * renamed, its rocket {@code 300 + n} flying {@code flights}, its payload list emptied (payloads
   * are another family's).
   */
  public static ObjectNode launch(JsonNode sputnik, int n, String name, List<Object> flights) {
    ObjectNode l = sputnik.deepCopy();
    l.put("id", uuid(n)).put("url", url("launches", uuid(n))).put("name", name)
        .put("slug", "launch-" + n);
    ObjectNode rocket = (ObjectNode) l.get("rocket");
    rocket.put("id", 300 + n);
    rocket.set("spacecraft_stage", Json.MAPPER.valueToTree(flights));
    rocket.set("payloads", Json.MAPPER.createArrayNode());
    return l;
  }
}
