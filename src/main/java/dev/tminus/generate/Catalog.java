package dev.tminus.generate;

import static dev.tminus.generate.Words.pick;

import dev.tminus.api.Links;
import dev.tminus.resource.agency.AgencyDetailed;
import dev.tminus.resource.agency.AgencyEndpointDetailed;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.launcher.LauncherDetailed;
import dev.tminus.resource.launcher.LauncherShapes;
import dev.tminus.resource.launcherconfig.LauncherConfigDetailed;
import dev.tminus.resource.launcherconfig.LauncherConfigDetailedSerializerNoManufacturer;
import dev.tminus.resource.launcherconfig.LauncherConfigFamilyDetailed;
import dev.tminus.resource.launcherconfig.LauncherConfigFamilyMini;
import dev.tminus.resource.launcherconfig.LauncherConfigFamilyNormal;
import dev.tminus.resource.launcherconfig.LauncherConfigList;
import dev.tminus.resource.launcherconfig.LauncherConfigShapes;
import dev.tminus.resource.program.ProgramNormal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The launcher configurations of the world, their families, the launchers built to them, the
 * spacecraft configurations ({@link SpacecraftCatalog}), and the agencies in their detailed shape,
 * with everything they embed. The configurations are
 * made by a few of the pool's agencies (the same agencies events and pads name, as
 * {@link Operators} gives them); their launch and landing counters are drawn, and the counters of a
 * family and of an agency are computed from its configurations: sums, and the longest streak for the
 * consecutive ones.
 */
final class Catalog {
  final List<LauncherConfigFamilyDetailed> launcherFamilies = new ArrayList<>();
  final List<LauncherConfigDetailed> launcherConfigs = new ArrayList<>();
  final List<LauncherDetailed> launchers = new ArrayList<>();
  final SpacecraftCatalog spacecraft;
  final List<AgencyEndpointDetailed> agencies = new ArrayList<>();

  private final Pools p;
  private final Operators operators;
  private final Links links;
  private final List<Counts> familyCounts = new ArrayList<>();

  private final Tally tally;

  Catalog(Pools p, Operators operators, long seed, Links links) {
    this(p, operators, seed, links, null);
  }

  /** With {@code tally}, the launch counters are those of the world's launches; without, drawn. */
  Catalog(Pools p, Operators operators, long seed, Links links, Tally tally) {
    this.tally = tally;
    this.p = p;
    this.operators = operators;
    this.links = links;
    SplittableRandom rng = Pools.stream(seed, 20);
    List<AgencyMini> makers = Pools.sample(rng, p.agencies, 24, Comparator.comparingInt(AgencyMini::id));
    List<RawFamily> families = families(rng, makers);
    List<RawConfig> configs = configs(rng, makers, families);
    rawConfigs = configs;
    for (RawFamily f : families) familyCounts.add(Counts.of(launcherConfigsOf(f).stream().map(c -> c.counts).toList()));
    spacecraft = new SpacecraftCatalog(p, operators, Pools.stream(seed, 21), makers, links, tally);
    // Every agency's detailed shape first: configurations and families embed their makers' shape.
    for (AgencyMini a : p.agencies) detailedAgencies.put(a.id(), agencyDetailed(a, configs));
    for (AgencyMini a : p.agencies) agencies.add(agency(a, configs, families));
    for (RawConfig c : configs) launcherConfigs.add(detailed(c, families));
    for (RawFamily f : families) launcherFamilies.add(familyDetailed(f, families));
    launchers(Pools.stream(seed, 22), configs, families);
  }

  // --- launcher configurations and their families ---

  private record RawFamily(int id, String name, List<AgencyMini> makers, Integer parent, String description,
      boolean active) {}

  private static final class RawConfig {
    int id;
    String name;
    int from;
    int to;
    String variant;
    AgencyMini maker;
    List<RawFamily> families;
    List<ProgramNormal> programs;
    boolean active;
    boolean placeholder;
    boolean reusable;
    Image image;
    String description;
    LocalDate maiden;
    Long cost;
    Double mass;
    Double leo;
    Double gto;
    Counts counts;
  }

  /** Launch and landing counters, kept consistent: successes and failures add up to the attempts. */
  record Counts(int total, int consecutive, int successful, int failed, int pending, int attemptedLandings,
      int successfulLandings, int failedLandings, int consecutiveLandings) {
    static Counts draw(SplittableRandom rng) {
      int total = rng.nextInt(120);
      int failed = rng.nextInt(total / 8 + 1);
      int attempted = rng.nextInt(total + 1);
      int landed = attempted - rng.nextInt(attempted / 6 + 1);
      return new Counts(total, rng.nextInt(total - failed + 1), total - failed, failed, rng.nextInt(6), attempted,
          landed, attempted - landed, rng.nextInt(landed + 1));
    }

    static Counts of(List<Counts> all) {
      Counts sum = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);
      for (Counts c : all) {
        sum = new Counts(sum.total + c.total, Math.max(sum.consecutive, c.consecutive), sum.successful + c.successful,
            sum.failed + c.failed, sum.pending + c.pending, sum.attemptedLandings + c.attemptedLandings,
            sum.successfulLandings + c.successfulLandings, sum.failedLandings + c.failedLandings,
            Math.max(sum.consecutiveLandings, c.consecutiveLandings));
      }
      return sum;
    }
  }

  /** The rockets whose first word names a family. */
  private static final List<String> FAMILY_ROCKETS = List.of("Falcon 9 Block 5", "Soyuz 2.1a", "Long March 2F",
      "Atlas V 551", "Ariane 6", "Electron", "H3", "Vulcan VC2S", "PSLV-XL", "New Glenn", "Proton-M", "Vega-C",
      "Kuaizhou-1A", "Angara A5");

  private List<RawFamily> families(SplittableRandom rng, List<AgencyMini> makers) {
    List<RawFamily> out = new ArrayList<>();
    for (int id = 1; id <= 16; id++) {
      String name = FAMILY_ROCKETS.get((id - 1) % FAMILY_ROCKETS.size()).split(" ")[0] + (id > 14 ? " " + id : "");
      Integer parent = id > 10 ? 1 + rng.nextInt(10) : null;
      out.add(new RawFamily(id, name, Pools.sample(rng, makers, 1 + rng.nextInt(2), Comparator.comparingInt(AgencyMini::id)),
          parent, Words.description(rng), rng.nextInt(4) > 0));
    }
    return out;
  }

  private List<RawConfig> configs(SplittableRandom rng, List<AgencyMini> makers, List<RawFamily> families) {
    List<RawConfig> out = new ArrayList<>();
    int id = 0;
    for (int i = 0; i < 60; i++) {
      RawConfig c = new RawConfig();
      c.id = id += 1 + rng.nextInt(3);
      // Every rocket launches are named after has a configuration; the others repeat some of them.
      Words.Dated rocket = i < Pools.LAUNCH_ROCKETS.size() ? Pools.LAUNCH_ROCKETS.get(i) : pick(rng, Pools.LAUNCH_ROCKETS);
      c.name = rocket.name();
      c.from = rocket.from();
      c.to = rocket.to();
      c.variant = rng.nextInt(3) == 0 ? "" : "Block " + (1 + rng.nextInt(5));
      c.maker = rng.nextInt(12) == 0 ? null : pick(rng, makers);
      c.families = Pools.sample(rng, families, rng.nextInt(3), Comparator.comparingInt(RawFamily::id));
      c.programs = Pools.sortedSample(rng, p.programs, 2, ProgramNormal::id);
      c.active = rng.nextBoolean();
      c.placeholder = rng.nextInt(10) == 0;
      c.reusable = rng.nextInt(4) == 0;
      c.image = rng.nextInt(3) == 0 ? null : pick(rng, p.images);
      c.description = Words.description(rng);
      c.maiden = rng.nextInt(8) == 0 ? null : LocalDate.of(rocket.from(), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
      // Upstream's launch_cost is an integer of at most 2^31 - 1.
      c.cost = rng.nextInt(4) == 0 ? null : 1_000_000L * (5 + rng.nextInt(2_000));
      c.mass = rng.nextInt(6) == 0 ? null : 10 + rng.nextInt(30_000) / 10.0;
      c.leo = rng.nextInt(5) == 0 ? null : (double) (100 * rng.nextInt(1_500));
      c.gto = rng.nextInt(3) == 0 ? null : (double) (50 * rng.nextInt(400));
      Counts drawn = Counts.draw(rng);
      c.counts = tally == null ? drawn : tally.config(c.id);
      out.add(c);
    }
    return out;
  }

  private AgencyDetailed agencyDetailed(AgencyMini a, Counts launches, int[] spacecraftLandings) {
    AgencyNormal n = operators.normal(a);
    return new AgencyDetailed("normal", n.id(), n.url(), n.name(), n.abbrev(), n.type(), n.featured(), n.country(),
        n.description(), n.administrator(), n.foundingYear(), n.launchers(), n.spacecraft(), n.parent(), n.image(),
        n.logo(), n.socialLogo(), launches.total, launches.consecutive, launches.successful, launches.failed,
        launches.pending, launches.consecutiveLandings, launches.successfulLandings, launches.failedLandings,
        launches.attemptedLandings, spacecraftLandings[0], spacecraftLandings[1], spacecraftLandings[0] + spacecraftLandings[1],
        0, 0, 0, "https://example.org/agencies/" + a.id(), null, List.of());
  }

  private final java.util.Map<Integer, AgencyDetailed> detailedAgencies = new java.util.HashMap<>();

  private AgencyDetailed agencyDetailed(AgencyMini a) {
    return detailedAgencies.get(a.id());
  }

  /** {@code a} as its own page describes it, in the shape a payload embeds it. */
  AgencyDetailed detailedAgency(AgencyMini a) {
    return agencyDetailed(a);
  }

  private static List<RawConfig> madeBy(AgencyMini a, List<RawConfig> configs) {
    return configs.stream().filter(c -> c.maker != null && c.maker.id() == a.id())
        .sorted(Comparator.comparing((RawConfig c) -> c.name).thenComparingInt(c -> c.id)).toList();
  }

  private AgencyDetailed agencyDetailed(AgencyMini a, List<RawConfig> configs) {
    Counts launches = tally == null ? Counts.of(madeBy(a, configs).stream().map(c -> c.counts).toList())
        : tally.agency(a.id());
    return agencyDetailed(a, launches, spacecraft.landings(a));
  }

  private AgencyEndpointDetailed agency(AgencyMini a, List<RawConfig> configs, List<RawFamily> families) {
    List<RawConfig> made = madeBy(a, configs);
    AgencyDetailed d = agencyDetailed(a);
    return new AgencyEndpointDetailed("detailed", d.id(), d.url(), d.name(), d.abbrev(), d.type(), d.featured(),
        d.country(), d.description(), d.administrator(), d.foundingYear(), d.launchers(), d.spacecraft(), d.parent(),
        d.image(), d.logo(), d.socialLogo(), d.totalLaunchCount(), d.consecutiveSuccessfulLaunches(),
        d.successfulLaunches(), d.failedLaunches(), d.pendingLaunches(), d.consecutiveSuccessfulLandings(),
        d.successfulLandings(), d.failedLandings(), d.attemptedLandings(), d.successfulLandingsSpacecraft(),
        d.failedLandingsSpacecraft(), d.attemptedLandingsSpacecraft(), d.successfulLandingsPayload(),
        d.failedLandingsPayload(), d.attemptedLandingsPayload(), d.infoUrl(), d.wikiUrl(), d.socialMediaLinks(),
        made.stream().map(c -> noManufacturer(c, families)).toList(),
        spacecraft.builtBy(a));
  }

  private LauncherConfigFamilyMini familyMini(RawFamily f) {
    return new LauncherConfigFamilyMini("list", f.id, f.name);
  }

  private LauncherConfigFamilyNormal familyNormal(RawFamily f, List<RawFamily> families) {
    return new LauncherConfigFamilyNormal("normal", f.id, f.name, f.makers.stream().map(operators::normal).toList(),
        f.parent == null ? null : familyMini(families.get(f.parent - 1)));
  }

  private LauncherConfigFamilyDetailed familyDetailed(RawFamily f, List<RawFamily> families) {
    Counts c = familyCounts.get(f.id - 1);
    LocalDate maiden = launcherConfigsOf(f).stream().map(x -> x.maiden).filter(java.util.Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    return new LauncherConfigFamilyDetailed("detailed", f.id, f.name, f.makers.stream().map(this::agencyDetailed).toList(),
        f.parent == null ? null : familyNormal(families.get(f.parent - 1), families), f.description, f.active, maiden,
        c.total, c.consecutive, c.successful, c.failed, c.pending, c.attemptedLandings, c.successfulLandings,
        c.failedLandings, c.consecutiveLandings);
  }

  private List<RawConfig> rawConfigs = List.of();

  private List<RawConfig> launcherConfigsOf(RawFamily f) {
    return rawConfigs.stream().filter(c -> c.families.contains(f)).toList();
  }

  private String url(String collection, int id) {
    return links.url(collection, id);
  }

  /** Launcher configuration {@code id} in list mode, as a normal launch's rocket nests it. */
  LauncherConfigList listConfig(int id) {
    return list(rawConfigs.stream().filter(c -> c.id == id).findFirst().orElseThrow());
  }

  private LauncherConfigList list(RawConfig c) {
    return new LauncherConfigList("list", c.id, url(LauncherConfigShapes.COLLECTION, c.id), c.name,
        c.families.stream().map(this::familyMini).toList(), c.name + (c.variant.isEmpty() ? "" : " " + c.variant), c.variant);
  }

  private LauncherConfigDetailed detailed(RawConfig c, List<RawFamily> families) {
    Counts n = c.counts;
    return new LauncherConfigDetailed("detailed", c.id, url(LauncherConfigShapes.COLLECTION, c.id), c.name,
        c.families.stream().map(f -> familyDetailed(f, families)).toList(), list(c).fullName(), c.variant, c.active,
        c.placeholder, c.maker == null ? null : agencyDetailed(c.maker), c.programs, c.reusable, c.image, null,
        "https://en.wikipedia.org/wiki/" + Words.slugify(c.name), c.description, "", 1, 2 + c.id % 2,
        40.0 + c.id % 30, 3.7, c.maiden, c.cost, c.mass, c.leo, c.gto, null, null, 1000.0 + 10 * c.id, null,
        n.total, n.consecutive, n.successful, n.failed, n.pending, n.attemptedLandings, n.successfulLandings,
        n.failedLandings, n.consecutiveLandings, n.total > 1 ? "P" + (10 + c.id) + "D" : null);
  }

  private LauncherConfigDetailedSerializerNoManufacturer noManufacturer(RawConfig c, List<RawFamily> families) {
    LauncherConfigDetailed d = detailed(c, families);
    return new LauncherConfigDetailedSerializerNoManufacturer(d.responseMode(), d.id(), d.url(), d.name(), d.families(),
        d.fullName(), d.variant(), d.active(), d.isPlaceholder(), d.program(), d.reusable(), d.image(), d.infoUrl(),
        d.wikiUrl(), d.description(), d.alias(), d.minStage(), d.maxStage(), d.length(), d.diameter(), d.maidenFlight(),
        d.launchCost(), d.launchMass(), d.leoCapacity(), d.gtoCapacity(), d.geoCapacity(), d.ssoCapacity(), d.toThrust(),
        d.apogee(), d.totalLaunchCount(), d.consecutiveSuccessfulLaunches(), d.successfulLaunches(), d.failedLaunches(),
        d.pendingLaunches(), d.attemptedLandings(), d.successfulLandings(), d.failedLandings(),
        d.consecutiveSuccessfulLandings(), d.fastestTurnaround());
  }

  // --- launchers ---

  private void launchers(SplittableRandom rng, List<RawConfig> configs, List<RawFamily> families) {
    int id = 0;
    for (int i = 0; i < 80; i++) {
      id += 1 + rng.nextInt(4);
      RawConfig c = pick(rng, configs);
      int flights = rng.nextInt(25);
      int attempted = rng.nextInt(flights + 1);
      Instant first = flights == 0 ? null : Pools.between(rng, p.timeline.first(), p.timeline.now());
      Instant last = first == null ? null : Pools.between(rng, first, p.timeline.now());
      int landed = attempted - rng.nextInt(attempted / 5 + 1);
      // Drawn whatever the counts, so that the launchers after this one are the same with a tally.
      String turnaround = "P" + (20 + rng.nextInt(300)) + "D";
      if (tally != null) {
        Tally.Flown f = tally.launcher(id);
        flights = f.flights();
        attempted = f.attemptedLandings();
        landed = f.successfulLandings();
        first = f.first();
        last = f.last();
      }
      launchers.add(new LauncherDetailed("detailed", id, url(LauncherShapes.COLLECTION, id), flights > 1,
          "B" + (1000 + id), rng.nextInt(12) == 0, pick(rng, Vocabularies.LAUNCHER_STATUSES),
          rng.nextInt(3) == 0 ? null : pick(rng, p.images), Words.description(rng), landed,
          attempted, flights, last, first, flights > 1 ? turnaround : null, list(c)));
    }
  }
}
