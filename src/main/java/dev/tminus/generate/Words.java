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

  static final List<String> VEHICLES = List.of(
      "Soyuz MS", "Progress MS", "Crew Dragon", "Cargo Dragon", "Starliner", "Cygnus NG", "HTV-X",
      "Shenzhou", "Tianzhou", "Orion", "Dream Chaser", "Gaganyaan");

  static final List<String> ROCKETS = List.of(
      "Falcon 9 Block 5", "Soyuz 2.1a", "Long March 2F", "Atlas V 551", "Ariane 6", "Electron", "H3",
      "Vulcan VC2S", "PSLV-XL", "New Glenn", "Proton-M", "Vega-C", "Kuaizhou-1A", "Angara A5");

  static final List<String> PROBES = List.of(
      "Juno", "JUICE", "Europa Clipper", "BepiColombo", "Parker Solar Probe", "Lucy", "Psyche",
      "New Horizons", "Cassini", "Voyager 2", "Galileo", "Hera", "Akatsuki", "Tianwen-2");

  static final List<String> BODIES = List.of(
      "Venus", "Mars", "Jupiter", "Europa", "Ganymede", "Saturn", "Titan", "Enceladus", "Io", "the Moon",
      "Earth", "Mercury", "Callisto", "Ceres", "Vesta", "Didymos", "Phobos");

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
