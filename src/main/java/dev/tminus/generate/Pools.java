package dev.tminus.generate;

import static dev.tminus.generate.Words.pick;

import dev.tminus.api.Links;
import dev.tminus.resource.agency.Agencies;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyType;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.astronaut.AstronautStatus;
import dev.tminus.resource.astronaut.Astronauts;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.event.EventType;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.expedition.Expeditions;
import dev.tminus.resource.expedition.SpacewalkList;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageLicense;
import dev.tminus.resource.image.ImageVariant;
import dev.tminus.resource.image.ImageVariantType;
import dev.tminus.resource.infourl.InfoURLType;
import dev.tminus.resource.language.Language;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.launch.LaunchStatus;
import dev.tminus.resource.launch.Launches;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.program.ProgramType;
import dev.tminus.resource.program.Programs;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import dev.tminus.resource.spacestation.SpaceStationStatus;
import dev.tminus.resource.spacestation.SpaceStationType;
import dev.tminus.resource.spacestation.SpaceStations;
import dev.tminus.resource.vidurl.VidURLType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * The shared objects events point at, built once per seed. Sizes are fixed (they do not depend on the
 * number of events), so the first N events are the same whatever the count. Each pool draws from its
 * own random stream, so resizing one pool leaves the others unchanged.
 */
final class Pools {
  static final Instant WEB_ERA = Timeline.WEB_ERA;
  static final int IMAGES = 2500;
  static final int LAUNCHES = 2000;

  final List<ImageLicense> licenses = List.of(
      new ImageLicense(1, "Unknown", 9, null),
      new ImageLicense(2, "CC BY 2.0", 3, "https://creativecommons.org/licenses/by/2.0/"),
      new ImageLicense(3, "CC BY-SA 4.0", 2, "https://creativecommons.org/licenses/by-sa/4.0/"),
      new ImageLicense(4, "Public Domain", 0, null),
      new ImageLicense(5, "Agency Use Policy", 5, "https://example.org/media-policy"),
      new ImageLicense(6, "All Rights Reserved", 8, null));
  final List<ImageVariantType> variantTypes = List.of(new ImageVariantType(1, "Thumbnail"),
      new ImageVariantType(2, "Small"), new ImageVariantType(3, "Medium"), new ImageVariantType(4, "Social"));
  final List<AgencyType> agencyTypes = List.of(new AgencyType(1, "Government"), new AgencyType(2, "Multinational"),
      new AgencyType(3, "Commercial"), new AgencyType(4, "Educational"), new AgencyType(5, "Private"),
      new AgencyType(6, "Unknown"), new AgencyType(7, "Non-profit"));
  final List<NetPrecision> precisions = precisions();
  final List<LaunchStatus> launchStatuses = List.of(
      new LaunchStatus(1, "Go for Launch", "Go", "The time is set and the team is ready."),
      new LaunchStatus(2, "To Be Determined", "TBD", "The date is only a rough guess."),
      new LaunchStatus(3, "Launch Successful", "Success", "The vehicle reached its planned orbit."),
      new LaunchStatus(4, "Launch Failure", "Failure", "The vehicle or its payload was lost."),
      new LaunchStatus(5, "On Hold", "Hold", "The countdown is paused until a new time is chosen."),
      new LaunchStatus(6, "Launch in Flight", "In Flight", "The vehicle is on its way."),
      new LaunchStatus(7, "Launch was a Partial Failure", "Partial Failure", "The payload ended up in a lower orbit."),
      new LaunchStatus(8, "To Be Confirmed", "TBC", "The date is known but not yet officially confirmed."));
  final List<SpaceStationStatus> stationStatuses = List.of(new SpaceStationStatus(1, "Active"),
      new SpaceStationStatus(2, "De-Orbited"), new SpaceStationStatus(3, "Under Construction"));
  final List<SpaceStationType> stationTypes = List.of(new SpaceStationType(1, "Government"),
      new SpaceStationType(2, "Commercial"), new SpaceStationType(3, "Multinational"));
  final List<ProgramType> programTypes = List.of(new ProgramType(1, "Human Spaceflight"),
      new ProgramType(2, "Robotic Exploration"), new ProgramType(3, "Commercial Crew"), new ProgramType(4, "Constellation"),
      new ProgramType(5, "Technology Demonstration"), new ProgramType(6, "Unknown"));
  final List<AstronautStatus> astronautStatuses = List.of(new AstronautStatus(1, "Active"),
      new AstronautStatus(2, "Retired"), new AstronautStatus(3, "In Training"), new AstronautStatus(4, "Deceased"),
      new AstronautStatus(5, "Lost In Flight"));
  final List<Language> languages = List.of(new Language(1, "English", "en"), new Language(2, "Russian", "ru"),
      new Language(3, "Chinese", "zh"), new Language(4, "Japanese", "ja"), new Language(5, "French", "fr"),
      new Language(6, "German", "de"), new Language(7, "Spanish", "es"));
  final List<InfoURLType> infoUrlTypes = List.of(new InfoURLType(1, "Official Page"),
      new InfoURLType(2, "Press Release"), new InfoURLType(3, "Wiki"), new InfoURLType(4, "News Article"));
  final List<VidURLType> vidUrlTypes = List.of(new VidURLType(1, "Official Webcast"),
      new VidURLType(2, "Unofficial Webcast"), new VidURLType(3, "Recording"), new VidURLType(4, "Animation"),
      new VidURLType(5, "Press Briefing"));
  final List<EventType> eventTypes = new ArrayList<>();
  final List<Image> images = new ArrayList<>();
  final List<AgencyMini> agencies = new ArrayList<>();
  final List<LaunchBasic> launches = new ArrayList<>();
  final List<SpaceStationNormal> stations = new ArrayList<>();
  final List<MissionPatch> patches = new ArrayList<>();
  final List<ExpeditionNormal> expeditions = new ArrayList<>();
  final List<ProgramNormal> programs = new ArrayList<>();
  final List<AstronautNormal> astronauts = new ArrayList<>();
  /** Instants several events share, so that ordering by date has ties to break. */
  final List<Instant> popularDates = new ArrayList<>();

  final Timeline timeline;

  Pools(long seed, Links links, Timeline timeline) {
    this(seed, links, timeline, DEFAULT_LAUNCHES);
  }

  /** The pools of a world of {@code launchCount} launches: events embed the first {@link #LAUNCHES} of them (or all, when fewer). */
  Pools(long seed, Links links, Timeline timeline, int launchCount) {
    this.timeline = timeline;
    this.seed = seed;
    years();
    for (int i = 0; i < Words.EVENT_TYPES.size(); i++) eventTypes.add(new EventType(i + 1, Words.EVENT_TYPES.get(i)));
    SplittableRandom rng = stream(seed, 1);
    for (int id = 1; id <= IMAGES; id++) images.add(image(rng, id, Words.phrase(rng, 40)));
    agencies(stream(seed, 2), links);
    launches(launchCount, links);
    stations(stream(seed, 4), links);
    patches(stream(seed, 5));
    expeditions(stream(seed, 6), links);
    programs(stream(seed, 7), links);
    astronauts(stream(seed, 8), links);
    rng = stream(seed, 9);
    for (int i = 0; i < 40; i++) popularDates.add(between(rng, timeline.first(), timeline.now()));
  }

  /** An image; about 5% have one or two variants, whose ids derive from the (unique) image id. */
  Image image(SplittableRandom rng, int id, String name) {
    String file = "https://media.example.org/images/" + Words.slugify(name) + "_" + id;
    List<ImageVariant> variants = List.of();
    if (rng.nextInt(20) == 0) {
      int n = 1 + rng.nextInt(2);
      variants = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        ImageVariantType type = variantTypes.get(k == 0 ? 0 : 1 + rng.nextInt(3));
        variants.add(new ImageVariant(id * 2 + k, type, file + "_v" + k + ".webp"));
      }
      variants = List.copyOf(variants);
    }
    return new Image(id, name, file + ".jpeg", file + "_thumb.jpeg", rng.nextInt(4) == 0 ? null : Words.person(rng),
        pick(rng, licenses), rng.nextInt(8) == 0, variants);
  }

  private void agencies(SplittableRandom rng, Links links) {
    int id = 0;
    for (int i = 0; i < 100; i++) {
      id += 1 + rng.nextInt(3); // gaps, as upstream ids have
      String name = (rng.nextBoolean() ? Words.phrase(rng, 12) : pick(rng, Words.LAST_NAMES))
          + " " + pick(rng, Words.ORG_WORDS);
      agencies.add(new AgencyMini(AgencyMini.MODE, id, links.url(Agencies.COLLECTION, id), name,
          Words.abbrev(name), pick(rng, agencyTypes)));
    }
  }

  /** The launches a world has unless told otherwise: about as many as upstream lists. */
  static final int DEFAULT_LAUNCHES = 7000;
  /** The rockets launch names and configuration names come from (no name whose order a collation changes). */
  static final List<Words.Dated> LAUNCH_ROCKETS = Words.ROCKETS.stream().filter(d -> !d.name().startsWith("PSLV")).toList();

  private void launches(int count, Links links) {
    this.links = links;
    for (int i = 0; i < Math.min(count, LAUNCHES); i++) launches.add(basic(i));
  }

  private Links links;
  private long seed;
  private long[] yearStarts;
  private long[] cumulative;

  /** Launches per year: a few in 1957, growing to about 250 a year from the 2020s on. */
  static int yearWeight(int year) {
    if (year < 1965) return 5 + (year - 1957) * 8;
    if (year < 2015) return 100;
    return Math.min(250, 100 + (year - 2014) * 20);
  }

  private void years() {
    int from = Timeline.year(timeline.first());
    int to = Timeline.year(timeline.now());
    yearStarts = new long[to - from + 1];
    cumulative = new long[to - from + 1];
    long sum = 0;
    for (int y = from; y <= to; y++) {
      sum += yearWeight(y);
      cumulative[y - from] = sum;
      yearStarts[y - from] = y;
    }
  }

  /** A past launch's net: a year drawn by {@link #yearWeight}, then a second of it (up to now). */
  private Instant pastNet(SplittableRandom rng) {
    long roll = rng.nextLong(cumulative[cumulative.length - 1]);
    int k = 0;
    while (cumulative[k] <= roll) k++;
    int year = (int) yearStarts[k];
    Instant from = max(timeline.first(), LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    return between(rng, from, to.isAfter(timeline.now()) ? timeline.now() : to);
  }

  /** Launch {@code i}'s own stream: launch {@code i} depends only on (seed, i), whatever the count. */
  SplittableRandom launchStream(int i, int purpose) {
    return stream(seed, (1L << 40) * purpose + i);
  }

  /**
   * Launch {@code i} in its list shape ({@link LaunchBasic}), named after a rocket of its year;
   * the timeline's share of them after its now (only Go, TBD, Hold or TBC), the others mostly
   * successes.
   */
  LaunchBasic basic(int i) {
    SplittableRandom rng = launchStream(i, 1);
    UUID id = uuid(rng);
    Instant net = rng.nextInt(1000) < timeline.upcomingPermille()
        ? between(rng, timeline.now().plusSeconds(1), timeline.last()) : pastNet(rng);
    String name = Words.of(rng, LAUNCH_ROCKETS, Timeline.year(net)).name() + " | " + (rng.nextInt(3) == 0
        ? Words.phrase(rng, 15) : pick(rng, Words.NOUNS) + "-" + (1 + rng.nextInt(40)));
    boolean past = !net.isAfter(timeline.now());
    String designator = past && rng.nextInt(5) > 0
        ? String.format("%d-%03d%c", net.atZone(ZoneOffset.UTC).getYear(), 1 + rng.nextInt(150), 'A' + rng.nextInt(3))
        : null;
    Instant windowEnd = rng.nextInt(4) == 0 ? net.plusSeconds(60L * rng.nextInt(240)) : net;
    Instant updated = between(rng, past ? max(net, WEB_ERA) : timeline.now().minus(Duration.ofDays(400)), timeline.now());
    LaunchStatus status = past ? pastStatus(rng) : upcomingStatus(rng);
    NetPrecision precision = rng.nextInt(8) == 0 ? null : precisions.get(rng.nextInt(6));
    Image image = rng.nextInt(6) == 0 ? null : pick(rng, images);
    String infographic = rng.nextInt(10) == 0 ? "https://media.example.org/infographics/" + i + ".png" : null;
    return new LaunchBasic(id, links.url(Launches.COLLECTION, id), name, LaunchBasic.MODE,
        Words.slugify(name) + "-" + i, designator, status, updated, net, precision, windowEnd, net, image, infographic);
  }

  // What a launch still to come can be: Go, TBD, On Hold or TBC (never a success or a failure).
  private static final int[] UPCOMING_STATUSES = {0, 1, 4, 7};

  private LaunchStatus upcomingStatus(SplittableRandom rng) {
    return launchStatuses.get(UPCOMING_STATUSES[rng.nextInt(UPCOMING_STATUSES.length)]);
  }

  private LaunchStatus pastStatus(SplittableRandom rng) {
    int roll = rng.nextInt(100);
    return launchStatuses.get(roll < 90 ? 2 : roll < 97 ? 3 : 6);
  }

  private void stations(SplittableRandom rng, Links links) {
    String[] names = {"International Space Station", "Mir", "Salyut 7", "Skylab", "Tiangong — Shenzhou Station",
        "Gateway \"Lunar\" Station"};
    int[] ids = {4, 1, 2, 3, 18, 21};
    // When each was launched and came down, as the real ones were (the last is still planned).
    String[] founded = {"1998-11-20", "1986-02-19", "1982-04-19", "1973-05-14", "2021-04-29", "2028-06-01"};
    String[] deorbited = {null, "2001-03-23", "1991-02-07", "1979-07-11", null, null};
    for (int i = 0; i < names.length; i++) {
      boolean gone = deorbited[i] != null;
      stations.add(new SpaceStationNormal(ids[i], links.url(SpaceStations.COLLECTION, ids[i]), names[i], pick(rng, images),
          gone ? stationStatuses.get(1) : stationStatuses.get(i == 5 ? 2 : 0), LocalDate.parse(founded[i]),
          gone ? LocalDate.parse(deorbited[i]) : null, Words.description(rng),
          i == 5 ? "Near-Rectilinear Halo Orbit" : "Low Earth Orbit", pick(rng, stationTypes)));
    }
  }

  private void patches(SplittableRandom rng) {
    for (int id = 1; id <= 150; id++) {
      String name = rng.nextBoolean() ? Words.phrase(rng, 15) : pick(rng, Words.VEHICLES).name() + "-" + (1 + rng.nextInt(30));
      patches.add(new MissionPatch(id, name, rng.nextInt(5) * 10, "https://media.example.org/patches/" + id + ".png",
          rng.nextInt(5) == 0 ? null : pick(rng, agencies), MissionPatch.MODE));
    }
  }

  private void expeditions(SplittableRandom rng, Links links) {
    int walkId = 0;
    for (int i = 0; i < 40; i++) {
      int id = 10 + i * 4 + rng.nextInt(4);
      SpaceStationNormal station = pick(rng, stations);
      String name = station.id() == 18 ? "Tiangong — Shenzhou " + (1 + i) : "Expedition " + id;
      Instant start = between(rng, Instant.parse("1971-06-01T00:00:00Z"), timeline.now().minus(Duration.ofDays(30)));
      Instant end = rng.nextInt(8) == 0 ? null : start.plus(Duration.ofDays(20 + rng.nextInt(200)));
      // Each expedition takes the next run of spacewalk ids, so no spacewalk belongs to two expeditions.
      List<SpacewalkList> walks = new ArrayList<>();
      int n = rng.nextInt(5) == 0 ? 0 : rng.nextInt(6);
      for (int k = 0; k < n; k++) {
        walkId += 1 + rng.nextInt(2);
        Instant walkStart = between(rng, start, end == null ? start.plus(Duration.ofDays(30)) : end);
        Duration d = Duration.ofMinutes(60 + rng.nextInt(480));
        SpacewalkList walk = new SpacewalkList(SpacewalkList.MODE, walkId, links.url(Expeditions.SPACEWALKS, walkId),
            (rng.nextBoolean() ? "US Spacewalk " : "EVA-") + walkId, walkStart, walkStart.plus(d),
            rng.nextInt(10) == 0 ? null : d.toString(), station.name());
        walks.add(walk);
      }
      expeditions.add(new ExpeditionNormal(id, links.url(Expeditions.COLLECTION, id), name, start, end,
          ExpeditionNormal.MODE, station, sortedSample(rng, patches, 3, MissionPatch::id),
          List.copyOf(walks)));
    }
  }

  private void programs(SplittableRandom rng, Links links) {
    for (int i = 0; i < 50; i++) {
      int id = 1 + i * 2 + rng.nextInt(2);
      String name = switch (rng.nextInt(12)) {
        case 0 -> "Outer Planets " + Words.FLYBY + " Program";
        case 1, 2 -> pick(rng, Words.ADJECTIVES) + " Station Program";
        default -> Words.phrase(rng, 10) + " Program";
      };
      Instant start = between(rng, timeline.first(), timeline.now());
      programs.add(new ProgramNormal(ProgramNormal.MODE, id, links.url(Programs.COLLECTION, id), name,
          rng.nextInt(8) == 0 ? null : pick(rng, images), rng.nextInt(3) == 0 ? null : "https://example.org/programs/" + id,
          rng.nextInt(3) == 0 ? null : "https://wiki.example.org/" + Words.slugify(name), Words.description(rng),
          sortedSample(rng, agencies, 4, AgencyMini::id), start,
          rng.nextInt(3) == 0 ? null : start.plus(Duration.ofDays(365L + rng.nextInt(5000))),
          sortedSample(rng, patches, 3, MissionPatch::id), pick(rng, programTypes)));
    }
  }

  private void astronauts(SplittableRandom rng, Links links) {
    for (int i = 0; i < 200; i++) {
      int id = 1 + i * 3 + rng.nextInt(3);
      astronauts.add(new AstronautNormal(id, links.url(Astronauts.COLLECTION, id), Words.person(rng),
          pick(rng, astronautStatuses), rng.nextInt(8) == 0 ? null : pick(rng, agencies),
          rng.nextInt(5) == 0 ? null : pick(rng, images)));
    }
  }

  private static List<NetPrecision> precisions() {
    String[][] rows = {{"Second", "SEC"}, {"Minute", "MIN"}, {"Hour", "HR"}, {"Morning", "AM"}, {"Afternoon", "PM"},
        {"Day", "DAY"}, {"Week", "WK"}, {"Month", "MO"}, {"Quarter 1", "Q1"}, {"Quarter 2", "Q2"}, {"Quarter 3", "Q3"},
        {"Quarter 4", "Q4"}, {"Half 1", "H1"}, {"Half 2", "H2"}, {"Year", "YR"}, {"Fiscal Year", "FY"}, {"Decade", "DEC"}};
    List<NetPrecision> out = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      out.add(new NetPrecision(i, rows[i][0], rows[i][1], rows[i][0] + " precision."));
    }
    return List.copyOf(out);
  }

  /** Up to {@code max} distinct elements of {@code pool}, by ascending key. */
  static <T> List<T> sortedSample(SplittableRandom rng, List<T> pool, int max, ToIntFunction<T> key) {
    return sample(rng, pool, rng.nextInt(max + 1), Comparator.comparingInt(key));
  }

  /** {@code n} distinct elements of {@code pool} in {@code order}. */
  static <T> List<T> sample(SplittableRandom rng, List<T> pool, int n, Comparator<? super T> order) {
    TreeSet<Integer> picked = new TreeSet<>();
    while (picked.size() < n) picked.add(rng.nextInt(pool.size()));
    List<T> out = new ArrayList<>(n);
    for (int i : picked) out.add(pool.get(i));
    out.sort(order);
    return List.copyOf(out);
  }

  /** A uniformly drawn whole second in {@code [from, to]}. */
  static Instant between(SplittableRandom rng, Instant from, Instant to) {
    long a = from.getEpochSecond();
    long b = to.getEpochSecond();
    return Instant.ofEpochSecond(b <= a ? a : a + rng.nextLong(b - a + 1));
  }

  static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** A random (version 4, IETF variant) UUID from the seeded stream, unlike {@link UUID#randomUUID()}. */
  static UUID uuid(SplittableRandom rng) {
    long hi = (rng.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo);
  }

  /** An independent, well-mixed stream for one (seed, purpose) pair. */
  static SplittableRandom stream(long seed, long salt) {
    return new SplittableRandom(mix(seed ^ mix(salt + 0x632BE59BD9B4E019L)));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
