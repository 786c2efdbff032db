package dev.tminus.generate;

import static dev.tminus.generate.Words.pick;

import dev.tminus.api.Links;
import dev.tminus.resource.agency.AgencyDetailed;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.astronaut.AstronautDetailed;
import dev.tminus.resource.astronaut.AstronautFlight;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.config.DockingLocation;
import dev.tminus.resource.config.LandingLocation;
import dev.tminus.resource.config.Orbit;
import dev.tminus.resource.landing.Landing;
import dev.tminus.resource.landing.LandingShapes;
import dev.tminus.resource.launch.FirstStageNormal;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.launch.LaunchDetailed;
import dev.tminus.resource.launch.LaunchMini;
import dev.tminus.resource.launch.LaunchNormal;
import dev.tminus.resource.launch.LaunchShapes;
import dev.tminus.resource.launch.Mission;
import dev.tminus.resource.launch.PayloadFlightSerializerNoLaunch;
import dev.tminus.resource.launch.RocketDetailed;
import dev.tminus.resource.launch.RocketNormal;
import dev.tminus.resource.launcher.LauncherDetailed;
import dev.tminus.resource.launcher.LauncherNormal;
import dev.tminus.resource.launcherconfig.LauncherConfigDetailed;
import dev.tminus.resource.launcherconfig.LauncherConfigList;
import dev.tminus.resource.pad.Pad;
import dev.tminus.resource.payload.PayloadDetailed;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacecraft.DockingEventForChaserNormal;
import dev.tminus.resource.spacecraft.SpacecraftDetailed;
import dev.tminus.resource.spacecraft.SpacecraftFlightDetailedSerializerNoLaunch;
import dev.tminus.resource.spacecraft.SpacecraftFlightNormal;
import dev.tminus.resource.spacecraft.SpacecraftNormal;
import dev.tminus.resource.spacecraft.SpacecraftShapes;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigDetailed;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The launches of a world, as LL2 {@code LaunchDetailed}s. Only cheap facts are kept per launch (net,
 * pad, configuration, provider, status, orbit, first stage, landing and its location, crewed
 * spacecraft) and the counters computed from them in {@code net} order; each detailed launch is built
 * afresh when written, so 100,000 of them fit in memory. Launch {@code i}'s facts depend only on
 * (seed, i) ({@link Pools#basic}), so events, which embed the first {@link Pools#LAUNCHES}, do not
 * change with the count.
 */
final class LaunchPlan {
  private static final int SUB_ORBITAL = 0;
  private static final int[] EARTH_ORBITS = {1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 11};
  private static final int[] DEEP_ORBITS = {8, 9, 10};
  private static final int SUCCESS = 3;
  private static final int FAILURE = 4;
  private static final int PARTIAL_FAILURE = 7;
  /** Launch {@code i}'s updates have ids from this + 4i + 1, clear of the events' (4 per event). */
  private static final int LAUNCH_UPDATES = 1_000_000_000;
  /** Launches are webcast (have {@code vid_urls}) from this year on. */
  private static final int WEBCASTS = 2006;

  final int count;
  final Tally tally = new Tally();
  private final Pools p;
  private final Links links;
  private final long[] net;
  private final int[] pad;
  private final int[] config;
  private final int[] provider;
  private final byte[] status;
  private final byte[] orbit;
  private final int[] launcher;
  /** 0: no landing; 1: landed; 2: lost; 3: to come. */
  private final byte[] landing;
  /** The landing location's id, when there is a landing. */
  private final int[] landingAt;
  /** The crewed spacecraft flight's configuration id, or 0 for none, and the spacecraft's serial. */
  private final int[] crewed;
  private final byte[] serial;
  private final int[] flightNumber;
  private final int[] previousFlight;
  private final long[] padTurnaround;
  private final int[] counters;
  private final int[] order;
  /** Launch {@code i}'s position in {@link #order}. */
  private final int[] rank;

  LaunchPlan(Pools p, Links links, int count, List<Pad> pads, List<LandingLocation> landingLocations,
      List<LauncherConfigDetailed> configs, List<LauncherDetailed> launchers, List<SpacecraftConfigDetailed> spacecraft) {
    this.p = p;
    this.links = links;
    this.count = count;
    net = new long[count];
    pad = new int[count];
    config = new int[count];
    provider = new int[count];
    status = new byte[count];
    orbit = new byte[count];
    launcher = new int[count];
    landing = new byte[count];
    landingAt = new int[count];
    crewed = new int[count];
    serial = new byte[count];
    flightNumber = new int[count];
    previousFlight = new int[count];
    padTurnaround = new long[count];
    counters = new int[count * 8];
    Map<String, List<Integer>> configsByName = new HashMap<>();
    for (int k = 0; k < configs.size(); k++) configsByName.computeIfAbsent(configs.get(k).name(), n -> new ArrayList<>()).add(k);
    Map<Integer, List<Integer>> launchersByConfig = new HashMap<>();
    for (int k = 0; k < launchers.size(); k++) {
      launchersByConfig.computeIfAbsent(launchers.get(k).launcherConfig().id(), n -> new ArrayList<>()).add(k);
    }
    List<Integer> earthPads = new ArrayList<>();
    List<Integer> otherPads = new ArrayList<>();
    for (int k = 0; k < pads.size(); k++) {
      (pads.get(k).location().celestialBody().id() == 1 ? earthPads : otherPads).add(k);
    }
    List<Integer> earthLandings = landingLocations.stream().filter(s -> s.celestialBody().id() == 1)
        .map(LandingLocation::id).toList();
    for (int i = 0; i < count; i++) {
      LaunchBasic b = p.basic(i);
      SplittableRandom rng = p.launchStream(i, 2);
      int year = Timeline.year(b.net());
      net[i] = b.net().getEpochSecond();
      status[i] = (byte) b.status().id();
      List<Integer> named = configsByName.get(rocket(b));
      config[i] = named.get(rng.nextInt(named.size()));
      LauncherConfigDetailed c = configs.get(config[i]);
      pad[i] = year >= 2024 && !otherPads.isEmpty() && rng.nextInt(300) == 0 ? pick(rng, otherPads) : pick(rng, earthPads);
      provider[i] = c.manufacturer() != null && rng.nextInt(5) > 0 ? c.manufacturer().id() : pick(rng, p.agencies).id();
      int roll = rng.nextInt(100);
      orbit[i] = (byte) (roll < 5 ? SUB_ORBITAL : roll < 97 ? EARTH_ORBITS[rng.nextInt(EARTH_ORBITS.length)]
          : DEEP_ORBITS[rng.nextInt(DEEP_ORBITS.length)]);
      List<Integer> flown = launchersByConfig.getOrDefault(c.id(), List.of());
      launcher[i] = !flown.isEmpty() && (c.reusable() || rng.nextInt(3) == 0) ? pick(rng, flown) : -1;
      boolean past = !b.net().isAfter(p.timeline.now());
      landing[i] = (byte) (launcher[i] < 0 || !c.reusable() ? 0 : !past ? 3
          : status[i] == FAILURE || rng.nextInt(12) == 0 ? 2 : 1);
      if (landing[i] != 0) landingAt[i] = pick(rng, earthLandings);
      if (year >= 1961 && orbit[i] != SUB_ORBITAL && rng.nextInt(100) < 6) {
        List<Integer> rated = spacecraft.stream()
            .filter(s -> s.humanRated() && s.maidenFlight() != null && s.maidenFlight().getYear() <= year)
            .map(SpacecraftConfigDetailed::id).toList();
        if (!rated.isEmpty()) {
          crewed[i] = pick(rng, rated);
          serial[i] = (byte) (1 + rng.nextInt(5));
        }
      }
    }
    order = IntStream.range(0, count).boxed()
        .sorted(Comparator.<Integer>comparingLong(i -> net[i]).thenComparing(i -> p.basic(i).id().toString()))
        .mapToInt(Integer::intValue).toArray();
    rank = new int[count];
    for (int r = 0; r < count; r++) rank[order[r]] = r;
    count(pads, configs, launchers);
  }

  private static String rocket(LaunchBasic b) {
    return b.name().substring(0, b.name().indexOf(" | "));
  }

  private static String mission(LaunchBasic b) {
    return b.name().substring(b.name().indexOf(" | ") + 3);
  }

  /** A streak-keeping tally of launches and landings, as {@link Catalog.Counts} holds them. */
  private static final class Acc {
    int total, run, bestRun, successful, failed, pending, attempted, landed, lost, landRun, bestLandRun;

    void add(int status, int landing) {
      total++;
      if (status == SUCCESS) {
        successful++;
        bestRun = Math.max(bestRun, ++run);
      } else if (status == FAILURE || status == PARTIAL_FAILURE) {
        failed++;
        run = 0;
      } else {
        pending++;
      }
      if (landing == 1 || landing == 2) {
        attempted++;
        if (landing == 1) {
          landed++;
          bestLandRun = Math.max(bestLandRun, ++landRun);
        } else {
          lost++;
          landRun = 0;
        }
      }
    }

    Catalog.Counts counts() {
      return new Catalog.Counts(total, bestRun, successful, failed, pending, attempted, landed, lost, bestLandRun);
    }
  }

  private void count(List<Pad> pads, List<LauncherConfigDetailed> configs, List<LauncherDetailed> launchers) {
    int orbital = 0;
    Map<Long, Integer> seen = new HashMap<>();
    Map<Integer, Acc> byConfig = new HashMap<>();
    Map<Integer, Acc> byAgency = new HashMap<>();
    Map<Integer, Integer> lastFlight = new HashMap<>();
    Map<Integer, Long> lastAtPad = new HashMap<>();
    Map<Integer, int[]> flown = new HashMap<>();
    Map<Integer, int[]> crafted = new HashMap<>();
    Map<Integer, Set<Integer>> craftsFlown = new HashMap<>();
    for (int i : order) {
      int year = Timeline.year(Instant.ofEpochSecond(net[i]));
      Pad at = pads.get(pad[i]);
      boolean isOrbital = orbit[i] != SUB_ORBITAL;
      if (isOrbital) orbital++;
      counters[i * 8] = isOrbital ? orbital : -1;
      counters[i * 8 + 1] = bump(seen, 1, at.location().id(), 0);
      counters[i * 8 + 2] = bump(seen, 2, at.id(), 0);
      counters[i * 8 + 3] = bump(seen, 3, provider[i], 0);
      counters[i * 8 + 4] = isOrbital ? bump(seen, 4, 0, year) : -1;
      counters[i * 8 + 5] = bump(seen, 5, at.location().id(), year);
      counters[i * 8 + 6] = bump(seen, 6, at.id(), year);
      counters[i * 8 + 7] = bump(seen, 7, provider[i], year);
      int[] t = tally.pads.computeIfAbsent(at.id(), k -> new int[4]);
      t[0]++;
      if (isOrbital) t[1]++;
      if (status[i] == SUCCESS) t[2]++;
      if (status[i] == FAILURE || status[i] == PARTIAL_FAILURE) t[3]++;
      Long before = lastAtPad.put(at.id(), net[i]);
      padTurnaround[i] = before == null ? -1 : net[i] - before;
      byConfig.computeIfAbsent(configs.get(config[i]).id(), k -> new Acc()).add(status[i], landing[i]);
      byAgency.computeIfAbsent(provider[i], k -> new Acc()).add(status[i], landing[i]);
      if (launcher[i] >= 0) {
        int id = launchers.get(launcher[i]).id();
        Integer previous = lastFlight.put(id, i);
        previousFlight[i] = previous == null ? -1 : previous;
        int[] f = flown.computeIfAbsent(id, k -> new int[3]);
        flightNumber[i] = ++f[0];
        if (landing[i] == 1 || landing[i] == 2) f[1]++;
        if (landing[i] == 1) f[2]++;
      } else {
        previousFlight[i] = -1;
      }
      if (landing[i] == 1 || landing[i] == 2) {
        int[] l = tally.landingLocations.computeIfAbsent(landingAt[i], k -> new int[3]);
        l[1]++;
        l[landing[i] == 1 ? 0 : 2]++;
      }
      if (crewed[i] != 0) {
        int[] c = crafted.computeIfAbsent(crewed[i], k -> new int[3]);
        c[0]++;
        if (status[i] == SUCCESS) c[1]++;
        if (status[i] == FAILURE || status[i] == PARTIAL_FAILURE) c[2]++;
        Set<Integer> serials = craftsFlown.computeIfAbsent(crewed[i], k -> new HashSet<>());
        if (!Instant.ofEpochSecond(net[i]).isAfter(p.timeline.now())) serials.add((int) serial[i]);
      }
    }
    crafted.forEach((id, c) -> tally.spacecraft.put(id, new Tally.Crafted(craftsFlown.get(id).size(), c[0], c[1], c[2])));
    byConfig.forEach((id, a) -> tally.configs.put(id, a.counts()));
    byAgency.forEach((id, a) -> tally.agencies.put(id, a.counts()));
    Map<Integer, Long> first = new HashMap<>();
    for (int i : order) if (launcher[i] >= 0) first.putIfAbsent(launchers.get(launcher[i]).id(), net[i]);
    flown.forEach((id, f) -> tally.launchers.put(id, new Tally.Flown(f[0], f[1], f[2],
        Instant.ofEpochSecond(first.get(id)), Instant.ofEpochSecond(net[lastFlight.get(id)]))));
  }

  private static int bump(Map<Long, Integer> seen, int kind, int id, int year) {
    return seen.merge(((long) kind << 56) | ((long) year << 32) | (id & 0xFFFFFFFFL), 1, Integer::sum);
  }

  /** What a detailed launch embeds: the world's own objects, counted by this plan's tally. */
  record Parts(List<Pad> pads, List<LauncherConfigDetailed> configs, List<LauncherDetailed> launchers, List<Orbit> orbits,
      List<LandingLocation> landingLocations, List<PayloadDetailed> payloads, List<SpacecraftConfigDetailed> spacecraft,
      List<DockingLocation> dockingLocations, Catalog catalog) {}

  /** The parts by id, for building launches. */
  private record Context(Parts x, Map<Integer, AgencyMini> agencies, Map<Integer, LandingLocation> landingLocations,
      Map<Integer, SpacecraftConfigDetailed> spacecraft, Map<Integer, SpacecraftConfigNormal> spacecraftNormal) {}

  /** The launches in {@code net} order (then id), each built afresh. */
  Iterator<LaunchDetailed> launches(Parts parts) {
    Map<Integer, AgencyMini> agencies = new HashMap<>();
    for (AgencyMini a : p.agencies) agencies.put(a.id(), a);
    Map<Integer, LandingLocation> landingLocations = new HashMap<>();
    for (LandingLocation l : parts.landingLocations()) landingLocations.put(l.id(), l);
    Map<Integer, SpacecraftConfigDetailed> spacecraft = new HashMap<>();
    for (SpacecraftConfigDetailed c : parts.spacecraft()) spacecraft.put(c.id(), c);
    Map<Integer, SpacecraftConfigNormal> normals = new HashMap<>();
    for (SpacecraftConfigNormal c : parts.catalog().spacecraft.normals()) normals.put(c.id(), c);
    Context context = new Context(parts, agencies, landingLocations, spacecraft, normals);
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public LaunchDetailed next() {
        if (!hasNext()) throw new NoSuchElementException();
        return detailed(order[next++], context, true);
      }
    };
  }

  /** Launch {@code i}; with {@code rendezvous}, a crewed flight with no station to go to may dock with an earlier one. */
  private LaunchDetailed detailed(int i, Context context, boolean rendezvous) {
    Parts x = context.x();
    Map<Integer, AgencyMini> agencies = context.agencies();
    LaunchBasic b = p.basic(i);
    SplittableRandom rng = p.launchStream(i, 3);
    int year = Timeline.year(b.net());
    boolean past = !b.net().isAfter(p.timeline.now());
    Catalog catalog = x.catalog();
    Orbit o = x.orbits().get(orbit[i]);
    List<AgencyDetailed> missionAgencies = Pools.sortedSample(rng, p.agencies, 2, AgencyMini::id).stream()
        .map(catalog::detailedAgency).toList();
    Mission mission = new Mission(i + 1, mission(b), pick(rng, Vocabularies.MISSION_TYPES).name(), Words.description(rng),
        null, o, missionAgencies, List.of(), List.of());
    List<FirstStageNormal> stages = launcher[i] < 0 ? List.of() : List.of(stage(i, rng, x, context.landingLocations()));
    List<SpacecraftFlightDetailedSerializerNoLaunch> flights = new ArrayList<>();
    if (crewed[i] != 0) {
      flights.add(flight(i, rng, context.spacecraft().get(crewed[i]), past, b.net(), x.dockingLocations(),
          rendezvous ? context : null));
    }
    List<PayloadFlightSerializerNoLaunch> payloads = new ArrayList<>();
    int carried = rng.nextInt(10) < 6 ? 1 : rng.nextInt(4) == 0 ? 2 : 0;
    List<PayloadDetailed> picked = Pools.sample(rng, x.payloads(), carried, Comparator.comparingInt(PayloadDetailed::id));
    for (int k = 0; k < picked.size(); k++) {
      int id = i * 3 + k + 1;
      payloads.add(new PayloadFlightSerializerNoLaunch("detailed", id, links.url(LaunchShapes.PAYLOAD_FLIGHTS, id),
          o.name(), 1 + (rng.nextInt(5) == 0 ? rng.nextInt(40) : 0), picked.get(k), null, List.of()));
    }
    RocketDetailed rocket = new RocketDetailed(i + 1, x.configs().get(config[i]), stages, List.copyOf(flights),
        List.copyOf(payloads));
    int failed = status[i] == FAILURE || status[i] == PARTIAL_FAILURE ? 1 : 0;
    return new LaunchDetailed(b.id(), b.url(), b.name(), "detailed", b.slug(), b.launchDesignator(), b.status(),
        b.lastUpdated(), b.net(), b.netPrecision(), b.windowEnd(), b.windowStart(), b.image(), b.infographic(),
        past || rng.nextInt(3) == 0 ? null : 40 + rng.nextInt(61), past || rng.nextInt(2) == 0 ? null : pick(rng, Words.SENTENCES),
        failed == 1 ? pick(rng, Words.SENTENCES) : null, rng.nextInt(5) == 0 ? "#" + Words.slugify(mission(b)).replace("-", "") : null,
        catalog.detailedAgency(agencies.get(provider[i])), rocket, mission, x.pads().get(pad[i]), false,
        Pools.sortedSample(rng, p.programs, 1, ProgramNormal::id), counter(i, 0), counter(i, 1), counter(i, 2),
        counter(i, 3), counter(i, 4), counter(i, 5), counter(i, 6), counter(i, 7), null,
        Generator.updates(rng, LAUNCH_UPDATES + 4 * i, b.lastUpdated()), Generator.infoUrls(rng, p, b.slug()),
        year >= WEBCASTS ? Generator.vidUrls(rng, p, b.net()) : List.of(), List.of(),
        padTurnaround[i] < 0 ? "" : duration(padTurnaround[i]),
        Pools.sortedSample(rng, p.patches, 2, MissionPatch::id));
  }

  private Integer counter(int i, int k) {
    int v = counters[i * 8 + k];
    return v < 0 ? null : v;
  }

  /** ISO-8601 as upstream writes durations: {@code P47DT13H21M10S}. */
  static String duration(long seconds) {
    long days = seconds / 86_400;
    long rest = seconds % 86_400;
    return "P" + (days > 0 ? days + "D" : "") + "T" + rest / 3600 + "H" + rest / 60 % 60 + "M" + rest % 60 + "S";
  }

  private FirstStageNormal stage(int i, SplittableRandom rng, Parts x, Map<Integer, LandingLocation> landingLocations) {
    LauncherDetailed d = x.launchers().get(launcher[i]);
    LauncherNormal launcherNormal = new LauncherNormal("normal", d.id(), d.url(), d.flightProven(), d.serialNumber(),
        d.isPlaceholder(), d.status(), d.image(), d.details(), d.successfulLandings(), d.attemptedLandings(), d.flights(),
        d.lastLaunchDate(), d.firstLaunchDate(), d.fastestTurnaround());
    int previous = previousFlight[i];
    LaunchMini mini = null;
    if (previous >= 0) {
      LaunchBasic pb = p.basic(previous);
      mini = new LaunchMini(pb.id(), pb.url(), pb.name());
    }
    Landing l = null;
    if (landing[i] != 0) {
      int id = 2 * i + 1;
      LandingLocation where = landingLocations.get(landingAt[i]);
      l = new Landing(id, links.url(LandingShapes.COLLECTION, id), true, landing[i] == 3 ? null : landing[i] == 1,
          "The first stage " + (landing[i] == 3 ? "will try to land" : landing[i] == 1 ? "landed" : "was lost")
              + " at " + where.name() + ".",
          Math.round(rng.nextDouble() * 6000) / 10.0, where, pick(rng, Vocabularies.LANDING_TYPES));
    }
    return new FirstStageNormal(i + 1, Vocabularies.FIRST_STAGE_TYPES.get(0).name(), previous >= 0, flightNumber[i],
        launcherNormal, previous < 0 ? null : Instant.ofEpochSecond(net[previous]),
        previous < 0 ? null : duration(net[i] - net[previous]), l, mini);
  }

  private SpacecraftFlightDetailedSerializerNoLaunch flight(int i, SplittableRandom rng, SpacecraftConfigDetailed config,
      boolean past, Instant at, List<DockingLocation> ports, Context rendezvous) {
    int serial = this.serial[i];
    int craftId = config.id() * 10 + serial;
    SpacecraftDetailed craft = new SpacecraftDetailed(SpacecraftDetailed.MODE, craftId,
        links.url(SpacecraftShapes.COLLECTION, craftId), config.name() + " " + serial, "SC-" + craftId, false, config.image(),
        false, null, null, null, null, Vocabularies.SPACECRAFT_STATUSES.get(0),
        "Spacecraft " + serial + " built to the " + config.name() + " configuration.", config, null);
    List<AstronautNormal> crew = Pools.sample(rng, p.astronauts, 1 + rng.nextInt(4),
        Comparator.comparingInt(AstronautNormal::id));
    List<AstronautFlight> launchCrew = new ArrayList<>();
    for (int k = 0; k < crew.size(); k++) {
      launchCrew.add(new AstronautFlight(i * 8 + k + 1,
          Vocabularies.ASTRONAUT_ROLES.get(Math.min(k, Vocabularies.ASTRONAUT_ROLES.size() - 1)), astronaut(crew.get(k))));
    }
    int days = 2 + rng.nextInt(180);
    Instant end = at.plusSeconds(86_400L * days);
    boolean ended = past && !end.isAfter(p.timeline.now());
    int id = i + 1;
    return new SpacecraftFlightDetailedSerializerNoLaunch(id, links.url(SpacecraftShapes.FLIGHTS, id),
        "Low Earth Orbit", ended ? end : null, craft, null, ended ? "P" + days + "D" : "", "",
        SpacecraftFlightDetailedSerializerNoLaunch.MODE, List.copyOf(launchCrew), List.of(), List.of(),
        docking(i, rng, at, end, ended, ports, rendezvous));
  }

  /**
   * A crewed flight docks at a port of a station in low Earth orbit that was in orbit when it
   * launched, 3 to 26 hours after launch, once that time has come; it departs six hours before its
   * mission ends (two days or more after launch), once the mission has ended. With no port of such
   * a station to go to (the world's ports are the ISS's and Tianhe's), it docks with the crewed
   * flight launched before it, if that one is still flying ({@link #rendezvous}). One docking event
   * per flight, with the flight's id.
   */
  private List<DockingEventForChaserNormal> docking(int i, SplittableRandom rng, Instant at, Instant end, boolean ended,
      List<DockingLocation> ports, Context rendezvous) {
    LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
    List<SpaceStationNormal> open = p.stations.stream().filter(s -> "Low Earth Orbit".equals(s.orbit())
        && !s.founded().isAfter(day) && (s.deorbited() == null || s.deorbited().isAfter(day))).toList();
    List<DockingLocation> usable = ports.stream()
        .filter(d -> open.stream().anyMatch(s -> s.id() == d.spacestation().id())).toList();
    if (usable.isEmpty()) return rendezvous == null ? List.of() : rendezvous(i, at, ended ? end : null, rendezvous);
    DockingLocation port = pick(rng, usable);
    Instant docked = at.plusSeconds(3600L * (3 + rng.nextInt(24)));
    if (docked.isAfter(p.timeline.now())) return List.of();
    SpaceStationNormal station = open.stream().filter(s -> s.id() == port.spacestation().id()).findFirst().orElseThrow();
    int id = i + 1;
    return List.of(new DockingEventForChaserNormal(id, links.url(SpacecraftShapes.DOCKING_EVENTS, id), docked,
        ended ? end.minusSeconds(6 * 3600) : null, port, station, null, null));
  }

  /**
   * Flight {@code i} meets the flight of the crewed launch before it in {@code net} order, as Soyuz 4
   * met Soyuz 5, 3 to 26 hours after launch (its own stream of the launch's randomness, so nothing
   * else of the launch changes), when that flight will still be flying twelve hours later; they part
   * six hours before the first of them ends its mission, once one has. No docking location: the
   * ports of the world are the stations'.
   */
  private List<DockingEventForChaserNormal> rendezvous(int i, Instant at, Instant end, Context context) {
    int j = -1;
    for (int r = rank[i] - 1; r >= 0 && j < 0; r--) if (crewed[order[r]] != 0) j = order[r];
    if (j < 0) return List.of();
    Instant docked = at.plusSeconds(3600L * (3 + p.launchStream(i, 5).nextInt(24)));
    if (docked.isAfter(p.timeline.now())) return List.of();
    LaunchDetailed target = detailed(j, context, false);
    SpacecraftFlightDetailedSerializerNoLaunch flight = target.rocket().spacecraftStage().get(0);
    Instant targetEnd = flight.missionEnd();
    if (targetEnd != null && !targetEnd.isAfter(docked.plusSeconds(12 * 3600))) return List.of();
    Instant parted = end == null ? targetEnd : targetEnd == null || end.isBefore(targetEnd) ? end : targetEnd;
    SpacecraftDetailed craft = flight.spacecraft();
    SpacecraftNormal spacecraft = new SpacecraftNormal("normal", craft.id(), craft.url(), craft.name(),
        craft.serialNumber(), craft.isPlaceholder(), craft.image(), craft.inSpace(), craft.timeInSpace(),
        craft.timeDocked(), craft.flightsCount(), craft.missionEndsCount(), craft.status(), craft.description(),
        context.spacecraftNormal().get(craft.spacecraftConfig().id()), craft.fastestTurnaround());
    SpacecraftFlightNormal met = new SpacecraftFlightNormal(flight.id(), flight.url(), flight.destination(), targetEnd,
        spacecraft, normal(target, context), flight.landing(), flight.duration(), flight.turnAroundTime(), "normal");
    int id = i + 1;
    return List.of(new DockingEventForChaserNormal(id, links.url(SpacecraftShapes.DOCKING_EVENTS, id), docked,
        parted == null ? null : parted.minusSeconds(6 * 3600), null, null, met, null));
  }

  /** {@code d} in normal mode: its provider as {@code AgencyMini}, its configuration in list mode. */
  private static LaunchNormal normal(LaunchDetailed d, Context context) {
    LauncherConfigList configuration = context.x().catalog().listConfig(d.rocket().configuration().id());
    return new LaunchNormal(d.id(), d.url(), d.name(), "normal", d.slug(), d.launchDesignator(), d.status(),
        d.lastUpdated(), d.net(), d.netPrecision(), d.windowEnd(), d.windowStart(), d.image(), d.infographic(),
        d.probability(), d.weatherConcerns(), d.failreason(), d.hashtag(),
        context.agencies().get(d.launchServiceProvider().id()), new RocketNormal(d.rocket().id(), configuration),
        d.mission(), d.pad(), d.webcastLive(), d.program(), d.orbitalLaunchAttemptCount(),
        d.locationLaunchAttemptCount(), d.padLaunchAttemptCount(), d.agencyLaunchAttemptCount(),
        d.orbitalLaunchAttemptCountYear(), d.locationLaunchAttemptCountYear(), d.padLaunchAttemptCountYear(),
        d.agencyLaunchAttemptCountYear());
  }

  /** The astronaut events embed ({@link AstronautNormal}) in its detailed shape; the extra fields depend only on its id. */
  private AstronautDetailed astronaut(AstronautNormal a) {
    SplittableRandom rng = Pools.stream(a.id(), 77);
    LocalDate born = LocalDate.of(1925 + rng.nextInt(70), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
    return new AstronautDetailed(a.id(), a.url(), a.name(), a.status(), a.agency(), a.image(), AstronautDetailed.MODE,
        Vocabularies.ASTRONAUT_TYPES.get(rng.nextInt(Vocabularies.ASTRONAUT_TYPES.size())), false, null, "PT0S", null,
        born, null, List.of(pick(rng, Vocabularies.COUNTRIES)), Words.description(rng), null, null, null, List.of());
  }
}
