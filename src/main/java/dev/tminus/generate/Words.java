package dev.tminus.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Word lists and name templates of the synthetic data. Every list is invented for tminus; none of
 * it spells the substring {@code zzz}, and only {@link #FLYBY} (and the flyby template) spells
 * {@code Flyby}, so tests can search for both with a known result.
 */
final class Words {
  private Words() {}

  static final String FLYBY = "Flyby";

  /** Event types by id (id = index + 1); 2, 3, 17 and 23 keep the ids LL2 gives them. */
  static final List<String> EVENT_TYPES = List.of(
      "Landing", "Docking", "EVA", "Undocking", "Press Conference", "Static Fire", "Test Flight",
      "Berthing", "Unberthing", "Relocation", "Hatch Opening", "Hatch Closing", "Spacecraft Release",
      "Celebration", "Orbital Insertion", "Engine Test", "Farewell Ceremony", "Change of Command",
      "Splashdown", "Rollout", "Wet Dress Rehearsal", "Abort Test", FLYBY, "Lunar Landing",
      "Sample Return", "Conference", "Webcast", "Orbit Raising", "Deorbit Burn", "Module Installation",
      "Robotics Operation", "Anniversary", "Hop Test", "Tank Test", "Payload Deployment", "Moon Walk",
      "Atmospheric Entry", "Course Correction", "Gravity Assist", "Ground Test");

  static final List<String> ADJECTIVES = List.of(
      "Silver", "Northern", "Southern", "Crimson", "Quiet", "Bright", "Distant", "Polar", "Deep",
      "Swift", "Golden", "Lunar", "Solar", "Amber", "Frozen", "Hidden", "Orbital", "Radiant", "Iron",
      "Azure", "Ancient", "Second", "Final", "First", "Blue", "Open", "High", "Great", "Wandering");

  static final List<String> NOUNS = List.of(
      "Horizon", "Pioneer", "Falcon", "Harbor", "Beacon", "Voyager", "Lantern", "Comet", "Meridian",
      "Sentinel", "Aurora", "Compass", "Zenith", "Summit", "Ember", "Raven", "Tide", "Arrow", "Nomad",
      "Pathfinder", "Orchid", "Anchor", "Spark", "Gateway", "Ridge", "Cascade", "Atlas", "Vector");

  /** Words that exercise quoting, LIKE escaping and Unicode folding in search. */
  static final List<String> QUIRKY = List.of(
      "O'Neill", "\"Red Dawn\"", "100% Reusable", "Low_Orbit", "Back\\Slash", "Tiangong — Shenzhou",
      "Ünity", "Союз", "Kibō", "Ça Ira", "L'Aube", "天宫", "Ñandú", "50%_Margin", "Ørsted", "Ἀστήρ");

  static final List<String> FIRST_NAMES = List.of(
      "Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "José", "Kaito",
      "Lena", "Maya", "Nikolai", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tomás", "Ulla", "Vera",
      "Wen", "Ximena", "Yusuf", "Zhiwei", "Сергей", "Ольга", "Søren", "Aoife", "Björn", "Chloé");

  static final List<String> LAST_NAMES = List.of(
      "O'Neill", "Müller", "Nakamura", "Ivanova", "Okafor", "Lindqvist", "D'Souza", "García", "Kowalski",
      "Haddad", "Tanaka", "Novak", "Petrov", "Brennan", "Ferreira", "Yilmaz", "Zhang", "Kerr", "Dubois",
      "Волков", "Ünal", "Šimek", "Andersen", "MacLeod", "Rossi", "Kim", "Santos", "Whitfield", "Abara");

  /** A name in use from one year to another (inclusive; {@code to} 9999 while still in use). */
  record Dated(String name, int from, int to) {
    boolean in(int year) {
      return from <= year && year <= to;
    }
  }

  /** A probe, the years it flew, and the bodies it passed by. */
  record Probe(String name, int from, int to, List<String> bodies) {}

  /** Crewed and cargo vehicles, as a numbered flight's name begins ("Soyuz MS-12"). */
  static final List<Dated> VEHICLES = List.of(
      new Dated("Vostok", 1961, 1963), new Dated("Voskhod", 1964, 1965), new Dated("Mercury", 1961, 1963),
      new Dated("Gemini", 1965, 1966), new Dated("Apollo", 1967, 1975), new Dated("Soyuz", 1967, 2002),
      new Dated("Progress", 1978, 2015), new Dated("Soyuz TMA", 2002, 2016), new Dated("Shenzhou", 1999, 9999),
      new Dated("Soyuz MS", 2016, 9999), new Dated("Progress MS", 2015, 9999), new Dated("Cygnus NG", 2013, 9999),
      new Dated("Cargo Dragon", 2012, 9999), new Dated("Crew Dragon", 2019, 9999), new Dated("Starliner", 2019, 9999),
      new Dated("Tianzhou", 2017, 9999), new Dated("Orion", 2014, 9999), new Dated("HTV-X", 2025, 9999),
      new Dated("Dream Chaser", 2026, 9999), new Dated("Gaganyaan", 2026, 9999));

  static final List<Dated> ROCKETS = List.of(
      new Dated("R-7 Semyorka", 1957, 1960), new Dated("Vanguard", 1957, 1959), new Dated("Juno I", 1958, 1958),
      new Dated("Atlas LV-3B", 1960, 1963), new Dated("Titan II GLV", 1964, 1966), new Dated("Saturn IB", 1966, 1975),
      new Dated("Saturn V", 1967, 1973), new Dated("Proton-K", 1965, 2012), new Dated("Space Shuttle", 1981, 2011),
      new Dated("Ariane 4", 1988, 2003), new Dated("Soyuz-U", 1973, 2017), new Dated("Delta II", 1989, 2018),
      new Dated("Ariane 5", 1996, 2023), new Dated("Atlas V 551", 2006, 9999), new Dated("Long March 2F", 1999, 9999),
      new Dated("PSLV-XL", 2008, 9999), new Dated("Proton-M", 2001, 2025), new Dated("Falcon 9 Block 5", 2018, 9999),
      new Dated("Soyuz 2.1a", 2004, 9999), new Dated("Electron", 2017, 9999), new Dated("Kuaizhou-1A", 2017, 9999),
      new Dated("Angara A5", 2014, 9999), new Dated("H3", 2023, 9999), new Dated("Vega-C", 2022, 9999),
      new Dated("Ariane 6", 2024, 9999), new Dated("Vulcan VC2S", 2024, 9999), new Dated("New Glenn", 2025, 9999));

  static final List<Probe> PROBES = List.of(
      new Probe("Luna", 1959, 1976, List.of("the Moon")),
      new Probe("Mariner 2", 1962, 1962, List.of("Venus")),
      new Probe("Venera 7", 1970, 1970, List.of("Venus")),
      new Probe("Pioneer 10", 1972, 1973, List.of("Jupiter")),
      new Probe("Voyager 2", 1977, 1989, List.of("Jupiter", "Saturn", "Io", "Titan")),
      new Probe("Galileo", 1989, 2003, List.of("Venus", "Earth", "Io", "Europa", "Ganymede", "Callisto")),
      new Probe("Cassini", 1997, 2017, List.of("Venus", "Earth", "Jupiter", "Titan", "Enceladus")),
      new Probe("New Horizons", 2006, 9999, List.of("Jupiter")),
      new Probe("Akatsuki", 2010, 2024, List.of("Venus")),
      new Probe("Juno", 2011, 9999, List.of("Earth", "Jupiter", "Ganymede", "Europa", "Io")),
      new Probe("BepiColombo", 2018, 9999, List.of("Earth", "Venus", "Mercury")),
      new Probe("Parker Solar Probe", 2018, 9999, List.of("Venus")),
      new Probe("Lucy", 2021, 9999, List.of("Earth")),
      new Probe("JUICE", 2023, 9999, List.of("the Moon", "Earth", "Venus", "Ganymede", "Callisto", "Europa")),
      new Probe("Psyche", 2023, 9999, List.of("Mars")),
      new Probe("Europa Clipper", 2024, 9999, List.of("Mars", "Earth", "Europa")),
      new Probe("Hera", 2024, 9999, List.of("Mars", "Didymos")),
      new Probe("Tianwen-2", 2025, 9999, List.of("Earth")));

  /** One of {@code names} in use in {@code year}; if none is, the one whose years are nearest. */
  static Dated of(SplittableRandom rng, List<Dated> names, int year) {
    List<Dated> now = names.stream().filter(d -> d.in(year)).toList();
    if (!now.isEmpty()) return now.get(rng.nextInt(now.size()));
    Dated nearest = names.get(0);
    for (Dated d : names) {
      if (distance(d.from(), d.to(), year) < distance(nearest.from(), nearest.to(), year)) nearest = d;
    }
    return nearest;
  }

  /** A probe flying in {@code year}; if none was, the one whose years are nearest. */
  static Probe probe(SplittableRandom rng, int year) {
    List<Probe> flying = PROBES.stream().filter(p -> p.from() <= year && year <= p.to()).toList();
    if (!flying.isEmpty()) return flying.get(rng.nextInt(flying.size()));
    Probe nearest = PROBES.get(0);
    for (Probe p : PROBES) {
      if (distance(p.from(), p.to(), year) < distance(nearest.from(), nearest.to(), year)) nearest = p;
    }
    return nearest;
  }

  private static int distance(int from, int to, int year) {
    return year < from ? from - year : year > to ? year - to : 0;
  }

  static final List<String> LOCATIONS = List.of(
      "Kennedy Space Center, FL, USA", "Baikonur Cosmodrome, Kazakhstan", "Jiuquan, China",
      "Guiana Space Centre, French Guiana", "Tanegashima, Japan", "Sriharikota, India",
      "Mahia Peninsula, New Zealand", "Low Earth Orbit", "Houston, TX, USA", "Vandenberg SFB, CA, USA",
      "Online", "Plesetsk Cosmodrome, Russia", "Wenchang, China", "Deep Space", "Köln, Germany");

  static final List<String> ORG_WORDS = List.of(
      "Aerospace", "Space Agency", "Rocket Works", "Orbital Systems", "Launch Services", "Space Institute",
      "Dynamics", "Astronautics", "Propulsion Lab", "Space Corporation", "Research Center");

  static final List<String> PUBLISHERS = List.of(
      "Orbital Outpost TV", "Countdown Club", "Pad 39 Live", "Launch Lounge", "Kosmos Kanal",
      "Deep Field Media", "Max-Q Radio");

  static final List<String> SENTENCES = List.of(
      "Teams confirmed the timeline after the final readiness review.",
      "Coverage begins an hour before the scheduled time.",
      "The crew will work through a packed checklist.",
      "Weather remains the main concern for the attempt.",
      "Engineers are still reviewing data from the previous attempt.",
      "This is the first time the hardware flies in this configuration.",
      "Mission control will host a short briefing afterwards.",
      "Say \"hello\" to the 100% new procedure — it's O'Neill's favourite.");

  static <T> T pick(SplittableRandom rng, List<T> list) {
    return list.get(rng.nextInt(list.size()));
  }

  static String adjNoun(SplittableRandom rng) {
    return pick(rng, ADJECTIVES) + " " + pick(rng, NOUNS);
  }

  /** A multi-word name, with one quirky word about one time in {@code 1 / quirkyOdds}. */
  static String phrase(SplittableRandom rng, int quirkyOdds) {
    String base = adjNoun(rng);
    return rng.nextInt(quirkyOdds) == 0 ? pick(rng, QUIRKY) + " " + base : base;
  }

  static String person(SplittableRandom rng) {
    return pick(rng, FIRST_NAMES) + " " + pick(rng, LAST_NAMES);
  }

  static String description(SplittableRandom rng) {
    int n = 1 + rng.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(pick(rng, SENTENCES));
    return sb.toString();
  }

  /** Initials of the ASCII-letter words, or null when there are fewer than two. */
  static String abbrev(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split(" ")) {
      if (!w.isEmpty() && w.charAt(0) < 128 && Character.isLetter(w.charAt(0))) sb.append(w.charAt(0));
    }
    // Upstream abbreviations are never null; a one-word name is abbreviated by its first letters.
    if (sb.length() < 2) return name.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT).substring(0, Math.min(3, name.replaceAll("[^A-Za-z]", "").length()));
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  /** Django's {@code slugify}: ASCII-folded, lowercase, hyphen-separated; may be empty. */
  static String slugify(String s) {
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
