package dev.tminus.generate;

import static dev.tminus.generate.Words.pick;

import dev.tminus.api.Links;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.celestialbody.CelestialBodyDetailed;
import dev.tminus.resource.celestialbody.CelestialBodyEndpointDetailed;
import dev.tminus.resource.celestialbody.CelestialBodyMini;
import dev.tminus.resource.celestialbody.CelestialBodyNormal;
import dev.tminus.resource.config.LandingLocation;
import dev.tminus.resource.config.Orbit;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.location.Location;
import dev.tminus.resource.location.LocationSerializerNoCelestialBody;
import dev.tminus.resource.location.LocationSerializerWithPads;
import dev.tminus.resource.location.Locations;
import dev.tminus.resource.pad.Pad;
import dev.tminus.resource.pad.PadSerializerNoLocation;
import dev.tminus.resource.pad.Pads;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Where things launch from and land on: celestial bodies, their locations, the locations' pads,
 * landing locations and orbits, in every shape upstream serves them. The counters add up: a
 * location's {@code total_launch_count} is the sum of its pads', a body's launch and landing
 * counters the sums of its locations' and landing locations'. Names and coordinates are fixed;
 * counts, images, agencies and descriptions come from the seed.
 */
final class Geography {
  private static final int EARTH = 1;
  private static final int MOON = 2;
  private static final int MARS = 3;

  private record BodySpec(int id, String name, int type, double diameter, double mass, Double gravity, String day,
      boolean atmosphere, String description) {}

  private static final List<BodySpec> BODIES = List.of(
      new BodySpec(EARTH, "Earth", 1, 12742000.0, 5.972168e24, 9.80665, "1 00:00:00", true,
          "The third planet from the Sun, and the only one known to harbour life."),
      new BodySpec(MOON, "Moon", 2, 3474800.0, 7.342e22, 1.62, "29 12:44:03", false, "Earth's only natural satellite."),
      new BodySpec(MARS, "Mars", 1, 6779000.0, 6.4171e23, 3.72076, "1 00:39:35", true,
          "The fourth planet from the Sun, a cold desert world."),
      new BodySpec(4, "Venus", 1, 12104000.0, 4.8675e24, 8.87, "243 00:26:00", true, "The hottest planet."),
      new BodySpec(5, "Sun", 3, 1392700000.0, 1.9885e30, 274.0, "25 09:07:12", true, "The star at the centre."),
      new BodySpec(6, "Jupiter", 1, 139820000.0, 1.8982e27, 24.79, "09:55:30", true, "The largest planet."),
      new BodySpec(7, "Titan", 2, 5149460.0, 1.3452e23, 1.352, "15 22:00:00", true, "Saturn's largest moon."),
      new BodySpec(8, "Ceres", 4, 939400.0, 9.3835e20, 0.28, "09:04:27", false, "The largest body of the main belt."),
      new BodySpec(9, "Bennu", 5, 490.0, 7.329e10, null, "04:17:48", false, "A near-Earth asteroid, sampled in 2020."),
      new BodySpec(10, "67P/Churyumov–Gerasimenko", 6, 4100.0, 9.982e12, null, "12:24:00", false,
          "A Jupiter-family comet."));

  private record LocationSpec(int id, String name, int body, int country, double latitude, double longitude,
      String timezone, List<String> pads) {}

  private static final List<LocationSpec> LOCATIONS = List.of(
      new LocationSpec(12, "Cape Canaveral SFS, FL, USA", EARTH, 1, 28.489, -80.577, "America/New_York",
          List.of("SLC-40", "SLC-41", "LC-36")),
      new LocationSpec(27, "Kennedy Space Center, FL, USA", EARTH, 1, 28.608, -80.604, "America/New_York",
          List.of("LC-39A", "LC-39B")),
      new LocationSpec(11, "Vandenberg SFB, CA, USA", EARTH, 1, 34.733, -120.568, "America/Los_Angeles",
          List.of("SLC-4E", "SLC-6")),
      new LocationSpec(143, "Starbase, TX, USA", EARTH, 1, 25.997, -97.155, "America/Chicago",
          List.of("Orbital Launch Mount A", "Orbital Launch Mount B")),
      new LocationSpec(15, "Baikonur Cosmodrome, Republic of Kazakhstan", EARTH, 8, 45.965, 63.305, "Asia/Qyzylorda",
          List.of("1/5", "31/6", "200/39")),
      new LocationSpec(6, "Plesetsk Cosmodrome, Russian Federation", EARTH, 2, 62.925, 40.577, "Europe/Moscow",
          List.of("43/4", "133/3")),
      new LocationSpec(18, "Vostochny Cosmodrome, Russian Federation", EARTH, 2, 51.884, 128.334, "Asia/Yakutsk",
          List.of("Site 1S")),
      new LocationSpec(17, "Jiuquan Satellite Launch Center, People's Republic of China", EARTH, 3, 40.958, 100.291,
          "Asia/Shanghai", List.of("LA-4/SLS-2", "LC-43/95")),
      new LocationSpec(8, "Wenchang Space Launch Site, People's Republic of China", EARTH, 3, 19.614, 110.951,
          "Asia/Shanghai", List.of("LC-101", "LC-201")),
      new LocationSpec(13, "Guiana Space Centre, French Guiana", EARTH, 4, 5.239, -52.768, "America/Cayenne",
          List.of("ELA-3", "ELA-4", "ELS")),
      new LocationSpec(9, "Tanegashima Space Center, Japan", EARTH, 5, 30.4, 130.97, "Asia/Tokyo",
          List.of("LA-Y1", "LA-Y2")),
      new LocationSpec(14, "Satish Dhawan Space Centre, India", EARTH, 6, 13.72, 80.23, "Asia/Kolkata",
          List.of("First Launch Pad", "Second Launch Pad")),
      new LocationSpec(10, "Rocket Lab Launch Complex 1, Mahia Peninsula, New Zealand", EARTH, 7, -39.262, 177.865,
          "Pacific/Auckland", List.of("LC-1A", "LC-1B")),
      new LocationSpec(26, "Naro Space Center, South Korea", EARTH, 11, 34.432, 127.535, "Asia/Seoul", List.of("LB-1")),
      new LocationSpec(30, "Semnan Space Center, Islamic Republic of Iran", EARTH, 12, 35.235, 53.921, "Asia/Tehran",
          List.of("Imam Khomeini Spaceport")),
      new LocationSpec(160, "SaxaVord Spaceport, Shetland, United Kingdom", EARTH, 9, 60.815, -0.775, "Europe/London",
          List.of("Fredo")),
      new LocationSpec(200, "Mare Tranquillitatis, the Moon", MOON, 0, 0.674, 23.473, "UTC", List.of("Tranquility Base")),
      new LocationSpec(201, "Shackleton Crater Rim, the Moon", MOON, 0, -89.9, 0.0, "UTC", List.of()),
      new LocationSpec(202, "Jezero Crater, Mars", MARS, 0, 18.38, 77.58, "UTC", List.of("Wright Brothers Field")));

  private record LandingSpec(int id, String name, String abbrev, int location, boolean active) {}

  private static final List<LandingSpec> LANDINGS = List.of(
      new LandingSpec(1, "Of Course I Still Love You", "OCISLY", 12, true),
      new LandingSpec(2, "A Shortfall of Gravitas", "ASOG", 12, true),
      new LandingSpec(3, "Just Read the Instructions", "JRTI", 11, true),
      new LandingSpec(4, "Landing Zone 1", "LZ-1", 12, false),
      new LandingSpec(5, "Landing Zone 4", "LZ-4", 11, true),
      new LandingSpec(6, "Atlantic Ocean", "ATL", 13, true),
      new LandingSpec(7, "Mahia Helicopter Catch Zone", "MHC", 10, true),
      new LandingSpec(8, "Kazakh Steppe", "KS", 15, true),
      new LandingSpec(9, "Dongfeng Landing Site", "DLS", 17, true),
      new LandingSpec(10, "Tranquility Base", "TB", 200, false),
      new LandingSpec(11, "Jezero Crater", "JEZ", 202, true));

  private record OrbitSpec(int id, String name, String abbrev, int body) {}

  private static final List<OrbitSpec> ORBITS = List.of(new OrbitSpec(1, "Sub-Orbital", "Sub", EARTH),
      new OrbitSpec(2, "Geostationary Transfer Orbit", "GTO", EARTH), new OrbitSpec(3, "Geostationary Orbit", "GEO", EARTH),
      new OrbitSpec(4, "Sun-Synchronous Orbit", "SSO", EARTH), new OrbitSpec(5, "Medium Earth Orbit", "MEO", EARTH),
      new OrbitSpec(6, "Polar Orbit", "PO", EARTH), new OrbitSpec(7, "Highly Elliptical Orbit", "HEO", EARTH),
      new OrbitSpec(8, "Low Earth Orbit", "LEO", EARTH), new OrbitSpec(9, "Lunar Orbit", "LO", MOON),
      new OrbitSpec(10, "Heliocentric N/A", "Helio-N/A", 5), new OrbitSpec(11, "Mars Orbit", "MO", MARS),
      new OrbitSpec(12, "Elliptical Orbit", "Elliptical", EARTH));

  final List<CelestialBodyEndpointDetailed> bodies = new ArrayList<>();
  final List<LocationSerializerWithPads> locations = new ArrayList<>();
  final List<Pad> pads = new ArrayList<>();
  final List<LandingLocation> landingLocations = new ArrayList<>();
  final List<Orbit> orbits = new ArrayList<>();

  Geography(Pools p, Operators agencies, long seed, Links links) {
    this(p, agencies, seed, links, null);
  }

  /**
   * With {@code tally}, the pads' launch counters and the landing locations' landings are those of
   * the world's launches; without, drawn.
   */
  Geography(Pools p, Operators agencies, long seed, Links links, Tally tally) {
    SplittableRandom rng = Pools.stream(seed, 10);
    // The numbers first, bottom-up, so that every total is the sum of what it totals.
    Map<Integer, List<PadSpec>> padsOf = new LinkedHashMap<>();
    int padId = 0;
    for (LocationSpec l : LOCATIONS) {
      List<PadSpec> list = new ArrayList<>();
      for (String name : l.pads()) {
        padId += 1 + rng.nextInt(3);
        int total = l.body() == EARTH ? rng.nextInt(400) : 1;
        int orbital = Math.max(0, total - rng.nextInt(3));
        int failed = total / 12;
        if (tally != null) {
          int[] t = tally.pad(padId);
          total = t[0];
          orbital = t[1];
          failed = t[3];
        }
        list.add(new PadSpec(padId, name, total, orbital, failed, rng.nextInt(6) > 0,
            Pools.sortedSample(rng, agencies.pool(), 2, AgencyMini::id)));
      }
      padsOf.put(l.id(), list);
    }
    Map<Integer, int[]> landingCounts = new LinkedHashMap<>();
    for (LandingSpec s : LANDINGS) {
      int attempted = rng.nextInt(250);
      int failed = attempted == 0 ? 0 : rng.nextInt(1 + attempted / 15);
      landingCounts.put(s.id(), tally != null ? tally.landingLocation(s.id())
          : new int[] {attempted - failed, attempted, failed});
    }
    Map<Integer, Image> images = new LinkedHashMap<>();
    for (BodySpec b : BODIES) images.put(b.id(), pick(rng, p.images));

    Map<Integer, CelestialBodyDetailed> bodyDetailed = new LinkedHashMap<>();
    for (BodySpec b : BODIES) {
      int launches = 0;
      int failedLaunches = 0;
      int landed = 0;
      int lost = 0;
      for (LocationSpec l : LOCATIONS) {
        if (l.body() != b.id()) continue;
        for (PadSpec pad : padsOf.get(l.id())) {
          launches += pad.total();
          failedLaunches += pad.failed();
        }
        for (LandingSpec s : LANDINGS) {
          if (s.location() == l.id()) {
            landed += landingCounts.get(s.id())[0];
            lost += landingCounts.get(s.id())[2];
          }
        }
      }
      bodyDetailed.put(b.id(), new CelestialBodyDetailed("normal", b.id(), b.name(),
          Vocabularies.CELESTIAL_BODY_TYPES.get(b.type() - 1), b.diameter(), b.mass(), b.gravity(), b.day(),
          b.atmosphere(), images.get(b.id()), b.description(), "https://wiki.example.org/" + Words.slugify(b.name()),
          launches, launches - failedLaunches, failedLaunches, landed + lost, landed, lost));
    }

    Map<Integer, Location> locationOf = new LinkedHashMap<>();
    for (LocationSpec l : LOCATIONS) {
      int launches = padsOf.get(l.id()).stream().mapToInt(PadSpec::total).sum();
      int landings = 0;
      for (LandingSpec s : LANDINGS) if (s.location() == l.id()) landings += landingCounts.get(s.id())[1];
      Country country = l.country() == 0 ? null : Vocabularies.COUNTRIES.get(l.country() - 1);
      locationOf.put(l.id(), new Location("normal", l.id(), links.url(Locations.COLLECTION, l.id()), l.name(),
          bodyDetailed.get(l.body()), l.id() != 201, country, rng.nextInt(4) == 0 ? null : Words.description(rng),
          rng.nextInt(5) == 0 ? null : pick(rng, p.images),
          "https://media.example.org/map_images/location_" + l.id() + ".jpg", l.longitude(), l.latitude(), l.timezone(),
          launches, landings));
    }

    for (LocationSpec l : LOCATIONS) {
      Location location = locationOf.get(l.id());
      List<PadSerializerNoLocation> inLocation = new ArrayList<>();
      for (PadSpec s : padsOf.get(l.id())) {
        Pad pad = pad(rng, p, agencies, links, s, location);
        pads.add(pad);
        inLocation.add(withoutLocation(pad, s.agencies()));
      }
      locations.add(withPads(location, inLocation));
    }
    locations.sort(Comparator.comparingInt(LocationSerializerWithPads::id));
    pads.sort(Comparator.comparingInt(Pad::id));

    for (BodySpec b : BODIES) {
      List<LocationSerializerNoCelestialBody> on = locations.stream().filter(l -> l.celestialBody().id() == b.id())
          .map(l -> noBody(locationOf.get(l.id()))).toList();
      bodies.add(endpoint(bodyDetailed.get(b.id()), on));
    }
    for (LandingSpec s : LANDINGS) {
      Location at = locationOf.get(s.location());
      int[] counts = landingCounts.get(s.id());
      double lat = Math.round((at.latitude() + (rng.nextDouble() - 0.5) * 2) * 1000) / 1000.0;
      double lon = Math.round((at.longitude() + (rng.nextDouble() - 0.5) * 2) * 1000) / 1000.0;
      landingLocations.add(new LandingLocation(s.id(), s.name(), s.active(), s.abbrev(),
          rng.nextInt(3) == 0 ? null : Words.description(rng), noBody(at), lon, lat,
          rng.nextInt(3) == 0 ? null : pick(rng, p.images), counts[0], counts[1], counts[2],
          normal(at.celestialBody())));
    }
    for (OrbitSpec o : ORBITS) {
      CelestialBodyDetailed b = bodyDetailed.get(o.body());
      orbits.add(new Orbit(o.id(), o.name(), o.abbrev(), new CelestialBodyMini("list", b.id(), b.name())));
    }
  }

  private record PadSpec(int id, String name, int total, int orbital, int failed, boolean active, List<AgencyMini> agencies) {}

  private static Pad pad(SplittableRandom rng, Pools p, Operators agencies, Links links, PadSpec s, Location at) {
    double lat = Math.round((at.latitude() + (rng.nextDouble() - 0.5) / 10) * 1000) / 1000.0;
    double lon = Math.round((at.longitude() + (rng.nextDouble() - 0.5) / 10) * 1000) / 1000.0;
    List<AgencyNormal> operators = s.agencies().stream().map(agencies::normal).toList();
    String turnaround = s.total() < 2 ? null
        : "P" + (rng.nextInt(3) == 0 ? (1 + rng.nextInt(30)) + "D" : "") + "T" + rng.nextInt(24) + "H" + rng.nextInt(60)
            + "M" + rng.nextInt(60) + "S";
    return new Pad(s.id(), links.url(Pads.COLLECTION, s.id()), s.active(), operators, s.name(),
        rng.nextInt(3) == 0 ? null : pick(rng, p.images), rng.nextInt(3) == 0 ? null : Words.description(rng),
        rng.nextInt(2) == 0 ? null : "https://example.org/pads/" + s.id(),
        rng.nextInt(4) == 0 ? null : "https://wiki.example.org/" + Words.slugify(s.name()),
        "https://maps.example.org/?q=" + lat + "," + lon, lat, lon, at.country(),
        "https://media.example.org/map_images/pad_" + s.id() + ".jpg", s.total(), s.orbital(), turnaround, at);
  }

  private static PadSerializerNoLocation withoutLocation(Pad p, List<AgencyMini> agencies) {
    return new PadSerializerNoLocation(p.id(), p.url(), p.active(), agencies, p.name(), p.image(), p.description(),
        p.infoUrl(), p.wikiUrl(), p.mapUrl(), p.latitude(), p.longitude(), p.country(), p.mapImage(),
        p.totalLaunchCount(), p.orbitalLaunchAttemptCount(), p.fastestTurnaround());
  }

  private static LocationSerializerWithPads withPads(Location l, List<PadSerializerNoLocation> pads) {
    return new LocationSerializerWithPads("detailed", l.id(), l.url(), l.name(), l.celestialBody(), l.active(),
        l.country(), l.description(), l.image(), l.mapImage(), l.longitude(), l.latitude(), l.timezoneName(),
        l.totalLaunchCount(), l.totalLandingCount(), pads);
  }

  private static LocationSerializerNoCelestialBody noBody(Location l) {
    return new LocationSerializerNoCelestialBody("normal", l.id(), l.url(), l.name(), l.active(), l.country(),
        l.description(), l.image(), l.mapImage(), l.longitude(), l.latitude(), l.timezoneName(), l.totalLaunchCount(),
        l.totalLandingCount());
  }

  private static CelestialBodyEndpointDetailed endpoint(CelestialBodyDetailed b, List<LocationSerializerNoCelestialBody> on) {
    return new CelestialBodyEndpointDetailed("detailed", b.id(), b.name(), b.type(), b.diameter(), b.mass(), b.gravity(),
        b.lengthOfDay(), b.atmosphere(), b.image(), b.description(), b.wikiUrl(), b.totalAttemptedLaunches(),
        b.successfulLaunches(), b.failedLaunches(), b.totalAttemptedLandings(), b.successfulLandings(),
        b.failedLandings(), on);
  }

  private static CelestialBodyNormal normal(CelestialBodyDetailed b) {
    return new CelestialBodyNormal("normal", b.id(), b.name(), b.type(), b.diameter(), b.mass(), b.gravity(),
        b.lengthOfDay(), b.atmosphere(), b.image(), b.description(), b.wikiUrl());
  }
}
