package dev.tminus.generate;

import static dev.tminus.generate.Pools.WEB_ERA;
import static dev.tminus.generate.Pools.between;
import static dev.tminus.generate.Words.pick;

import dev.tminus.api.Links;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.resource.event.EventType;
import dev.tminus.resource.event.Events;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import dev.tminus.resource.update.Update;
import dev.tminus.resource.vidurl.VidURL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Deterministic synthetic LL2 events, for loading test databases and benchmarks.
 *
 * <p>Every object with an id is one shared instance, so equal ids always mean equal objects, and
 * every list is in the order tminus reads it back (related objects by id, launches by the lowercase
 * form of their UUID, info and video urls by distinct priorities, updates newest first). Timestamps
 * are whole seconds; nothing was updated after the {@link Timeline}'s now, and names fit their
 * dates (no crew vehicle, rocket or probe appears before its first flight or long after its last).
 */
public final class Generator {
  /** Event-owned images get ids above the shared pool's. */
  private static final int EVENT_IMAGE_BASE = 100_000;
  private static final int[] COMMON_TYPES = {1, 2, 3, 4, 5, 8, 12, 17, 19};
  private static final String URL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private Generator() {}

  /**
   * Events 1..count (ids ascending), deterministic for (count, seed). Lazily produced so 1,000,000
   * events fit in memory: only the shared pools are kept. Event {@code i} depends only on
   * {@code (seed, i)}, so a smaller count yields a prefix of a larger one.
   *
   * @param links builds every {@code url} field
   */
  public static Iterator<EventEndpointDetailed> events(int count, long seed, Links links) {
    return events(count, seed, links, Timeline.FIXED);
  }

  /** As {@link #events(int, long, Links)}, on {@code timeline} (e.g. a demo seen from today). */
  public static Iterator<EventEndpointDetailed> events(int count, long seed, Links links, Timeline timeline) {
    return events(count, seed, links, timeline, Pools.DEFAULT_LAUNCHES);
  }

  /**
   * As {@link #events(int, long, Links, Timeline)}, for a world of {@code launches} launches: events
   * embed the first 2000 of them (all, when there are fewer), so they are the same for any count of
   * 2000 or more.
   */
  public static Iterator<EventEndpointDetailed> events(int count, long seed, Links links, Timeline timeline, int launches) {
    if (count < 0 || count > Integer.MAX_VALUE / 4) throw new IllegalArgumentException("count out of range: " + count);
    Objects.requireNonNull(links, "links");
    Pools pools = new Pools(seed, links, timeline, launches);
    return new Iterator<>() {
      private int next = 1;

      @Override
      public boolean hasNext() {
        return next <= count;
      }

      @Override
      public EventEndpointDetailed next() {
        if (!hasNext()) throw new NoSuchElementException();
        return event(pools, seed, links, next++);
      }
    };
  }

  private static EventEndpointDetailed event(Pools p, long seed, Links links, int id) {
    // Pools use small positive salts; events use negative ones so their streams never coincide.
    SplittableRandom rng = Pools.stream(seed, -(long) id);
    EventType type = type(rng, p);
    Instant date = date(rng, p);
    Instant now = p.timeline.now();
    String name = name(rng, p, type, Timeline.year(date == null ? now : date));
    String base = Words.slugify(name);
    String slug = (base.isEmpty() ? "event" : base) + "-" + id; // the id suffix makes slugs unique
    Instant lastUpdated = between(rng, date == null || date.isBefore(WEB_ERA) ? WEB_ERA
        : Pools.max(WEB_ERA, (date.isAfter(now) ? now : date).minus(Duration.ofDays(60))), now);
    Image image = switch (rng.nextInt(20)) {
      case 0, 1, 2 -> null;
      case 3, 4, 5, 6, 7, 8, 9 -> pick(rng, p.images);
      default -> p.image(rng, EVENT_IMAGE_BASE + id, name);
    };
    List<ExpeditionNormal> expeditions = rng.nextInt(4) == 0 ? List.of(pick(rng, p.expeditions)) : List.of();
    SpaceStationNormal station = null;
    if (!expeditions.isEmpty() && expeditions.get(0).spacestation() != null && rng.nextInt(10) < 7) {
      station = expeditions.get(0).spacestation();
    } else if (rng.nextInt(5) == 0) {
      station = pick(rng, p.stations);
    }
    List<AstronautNormal> astronauts = rng.nextInt(100) < 45
        ? Pools.sample(rng, p.astronauts, 1 + rng.nextInt(4), Comparator.comparingInt(AstronautNormal::id)) : List.of();
    return new EventEndpointDetailed(id, links.url(Events.COLLECTION, id), name, infoUrls(rng, p, slug),
        vidUrls(rng, p, date), image, date, slug, type, Words.description(rng),
        rng.nextInt(30) == 0, rng.nextInt(5) == 0 ? null : pick(rng, Words.LOCATIONS), precision(rng, p, date),
        "detailed", duration(rng), updates(rng, (id - 1) * 4, lastUpdated), lastUpdated,
        Pools.sortedSample(rng, p.agencies, 3, a -> a.id()),
        Pools.sample(rng, p.launches, Math.min(p.launches.size(), weighted(rng, 40, 45, 15)),
            Comparator.comparing(l -> l.id().toString())),
        expeditions, station == null ? List.of() : List.of(station),
        Pools.sortedSample(rng, p.programs, 2, pr -> pr.id()), astronauts);
  }

  private static EventType type(SplittableRandom rng, Pools p) {
    int roll = rng.nextInt(100);
    // Flyby is bumped so that a search for it finds a few percent of the events.
    if (roll < 2) return p.eventTypes.get(22);
    if (roll < 30) return p.eventTypes.get(COMMON_TYPES[rng.nextInt(COMMON_TYPES.length)] - 1);
    return pick(rng, p.eventTypes);
  }

  private static String name(SplittableRandom rng, Pools p, EventType type, int year) {
    int n = 1 + rng.nextInt(80);
    String vehicle = Words.of(rng, Words.VEHICLES, year).name() + "-" + n;
    return switch (type.id()) {
      case 2, 4, 8, 9 -> vehicle + " " + type.name() + (rng.nextInt(3) == 0 ? " with " + pick(rng, p.stations).name() : "");
      case 3 -> rng.nextBoolean() ? pick(rng, p.stations).name() + " EVA " + n : Words.phrase(rng, 6) + " Spacewalk " + n;
      case 17 -> "Farewell Ceremony for the " + vehicle + " Crew";
      case 23 -> {
        Words.Probe probe = Words.probe(rng, year);
        yield probe.name() + " " + Words.FLYBY + " of " + pick(rng, probe.bodies());
      }
      default -> switch (rng.nextInt(4)) {
        case 0 -> Words.phrase(rng, 6) + " " + type.name();
        case 1 -> type.name() + ": " + Words.phrase(rng, 6);
        case 2 -> Words.of(rng, Words.ROCKETS, year).name() + " " + type.name();
        default -> Words.person(rng) + " " + type.name() + (rng.nextInt(4) == 0 ? " " + n : "");
      };
    };
  }

  /** About 1% null, the timeline's share after its now, and a few instants shared by several events. */
  private static Instant date(SplittableRandom rng, Pools p) {
    Timeline t = p.timeline;
    int roll = rng.nextInt(1000);
    if (roll < 10) return null;
    if (roll < 15) return pick(rng, p.popularDates);
    if (roll < 15 + t.upcomingPermille() * 985 / 1000) return between(rng, t.now().plusSeconds(1), t.last());
    return between(rng, t.first(), t.now());
  }

  private static NetPrecision precision(SplittableRandom rng, Pools p, Instant date) {
    if (date == null || rng.nextInt(12) == 0) return null;
    int roll = rng.nextInt(10);
    return p.precisions.get(roll < 5 ? 0 : roll < 7 ? 1 : roll < 8 ? 2 : rng.nextInt(p.precisions.size()));
  }

  private static String duration(SplittableRandom rng) {
    if (rng.nextInt(5) < 3) return null;
    return Duration.ofMinutes(rng.nextInt(4) == 0 ? 15L * rng.nextInt(9) : 30 + rng.nextInt(60 * 12)).toString();
  }

  /** Up to three info urls of a page named {@code slug} (an event's, a launch's). */
  static List<InfoURL> infoUrls(SplittableRandom rng, Pools p, String slug) {
    List<InfoURL> out = new ArrayList<>();
    for (int priority : priorities(rng, weighted(rng, 60, 30, 10), 20)) {
      out.add(new InfoURL(priority, rng.nextBoolean() ? "example.org" : "news.example.net", Words.phrase(rng, 8),
          rng.nextInt(3) == 0 ? null : Words.description(rng),
          rng.nextInt(2) == 0 ? null : "https://media.example.org/features/" + slug + "-" + priority + ".jpg",
          "https://news.example.net/" + slug + "/" + priority, rng.nextInt(6) == 0 ? null : pick(rng, p.infoUrlTypes),
          rng.nextInt(6) == 0 ? null : pick(rng, p.languages)));
    }
    return List.copyOf(out);
  }

  /** Up to five videos of what happens at {@code date}, starting up to 90 minutes before it. */
  static List<VidURL> vidUrls(SplittableRandom rng, Pools p, Instant date) {
    List<VidURL> out = new ArrayList<>();
    for (int priority : priorities(rng, weighted(rng, 35, 30, 20, 10, 5), 30)) {
      // A few shared channel urls, so the video_url filter matches several events.
      String url = rng.nextInt(10) == 0 ? "https://video.example.tv/live/channel-" + (1 + rng.nextInt(20))
          : "https://www.youtube.com/watch?v=" + token(rng, 11);
      Instant start = date == null || rng.nextInt(4) == 0 ? null : date.minus(Duration.ofMinutes(rng.nextInt(90)));
      Instant end = start == null ? null : start.plus(Duration.ofMinutes(30 + rng.nextInt(240)));
      out.add(new VidURL(priority, rng.nextBoolean() ? "youtube.com" : "video.example.tv",
          rng.nextInt(5) == 0 ? null : pick(rng, Words.PUBLISHERS), Words.phrase(rng, 8),
          rng.nextInt(3) == 0 ? null : Words.description(rng),
          rng.nextInt(3) == 0 ? null : "https://media.example.org/thumbs/" + token(rng, 8) + ".jpg", url,
          rng.nextInt(8) == 0 ? null : pick(rng, p.vidUrlTypes), rng.nextInt(8) == 0 ? null : pick(rng, p.languages),
          start, end, rng.nextInt(25) == 0));
    }
    return List.copyOf(out);
  }

  /**
   * Up to four updates, newest first, at distinct instants up to {@code lastUpdated}; their ids are
   * {@code base} + 1 … 4 and grow with time, as upstream's do (an event's base is (id - 1) × 4, so
   * events' never collide).
   */
  static List<Update> updates(SplittableRandom rng, int base, Instant lastUpdated) {
    int n = weighted(rng, 50, 25, 15, 10);
    TreeSet<Instant> times = new TreeSet<>(Comparator.reverseOrder());
    Instant from = lastUpdated.minus(Duration.ofDays(400));
    while (times.size() < n) times.add(between(rng, from, lastUpdated));
    List<Update> out = new ArrayList<>(n);
    int k = n;
    for (Instant created : times) {
      String profile = rng.nextInt(3) == 0 ? null : "https://media.example.org/profiles/" + token(rng, 6) + ".png";
      String info = rng.nextInt(2) == 0 ? null : "https://news.example.net/updates/" + token(rng, 10);
      out.add(new Update(base + k--, profile, pick(rng, Words.SENTENCES), info, Words.person(rng), created));
    }
    return List.copyOf(out);
  }

  /** {@code n} distinct priorities below {@code bound}, ascending. */
  private static TreeSet<Integer> priorities(SplittableRandom rng, int n, int bound) {
    TreeSet<Integer> out = new TreeSet<>();
    while (out.size() < n) out.add(rng.nextInt(bound));
    return out;
  }

  /** An index drawn with the given percentage weights (which sum to 100). */
  private static int weighted(SplittableRandom rng, int... percents) {
    int roll = rng.nextInt(100);
    for (int i = 0; i < percents.length; i++) {
      roll -= percents[i];
      if (roll < 0) return i;
    }
    return percents.length - 1;
  }

  private static String token(SplittableRandom rng, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) sb.append(URL_CHARS.charAt(rng.nextInt(URL_CHARS.length())));
    return sb.toString();
  }
}
