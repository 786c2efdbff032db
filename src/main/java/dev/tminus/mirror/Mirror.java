package dev.tminus.mirror;

import dev.tminus.api.Resource;
import dev.tminus.db.Database;
import dev.tminus.ingest.Importer;
import dev.tminus.resource.Resources;
import dev.tminus.resource.event.Events;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * One mirror run: copies every served resource (or those named) of an upstream LL2 API into the
 * database, one {@link Listing} per resource, events first, a page at a time.
 *
 * <p>Events are copied incrementally: {@code BASE/events/?mode=detailed&limit=100&ordering=last_updated&last_updated__gte=MARK}
 * where MARK is the stored high-water mark of that upstream and collection (none on the first run or
 * with {@code --full}). Each page is one transaction that also moves the mark to the page's largest
 * {@code last_updated}, so a crash at any moment loses nothing and the next run resumes there. While
 * the upstream has more, the next request is the same query from the new mark (keyset paging)
 * rather than upstream's offset {@code next} link, because offsets shift when an event is updated
 * during the run and would skip one; {@code next} is followed only through a page whose events all
 * share one {@code last_updated}. Resources without a {@code last_updated__gte} filter are small and
 * are listed whole every run. A resource the upstream does not serve (404) is skipped with a note,
 * unless it is the first one asked for, which tells a wrong {@code --from}.
 *
 * <p>With {@code full}, every listing starts from nothing and, once the whole run has succeeded,
 * local objects the upstream no longer lists are deleted, per resource ({@link Deletions}).
 */
public final class Mirror {
  static final int PAGE_SIZE = 100; // LL2's maximum limit

  /** Retry and timing limits; tests shrink them. */
  public record Settings(int retries, Duration baseDelay, Duration maxDelay, Duration timeout, Duration logEvery) {
    public static final Settings DEFAULTS =
        new Settings(6, Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofSeconds(60), Duration.ofSeconds(5));
  }

  /** How the run waits (for a throttle or a retry); tests record instead of sleeping. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());
  }

  private final Database database;
  private final Upstream upstream;
  private final Progress progress;
  private final Clock clock;
  private final List<Resource<?>> resources;

  Mirror(Database database, Upstream upstream, Progress progress, Clock clock) {
    this(database, upstream, progress, clock, everything());
  }

  Mirror(Database database, Upstream upstream, Progress progress, Clock clock, List<Resource<?>> resources) {
    if (resources.isEmpty()) throw new IllegalArgumentException("nothing to mirror");
    this.database = database;
    this.upstream = upstream;
    this.progress = progress;
    this.clock = clock;
    this.resources = List.copyOf(resources);
  }

  /** A run of {@code resources} from {@code from} (with {@code token}, may be null) that shows a bar on a terminal, else lines on {@code out}. */
  public static Mirror create(Database database, String from, String token, Settings settings, PrintStream out,
      List<Resource<?>> resources) {
    Progress progress = System.console() != null ? Progress.bar(out) : Progress.lines(out::println, settings.logEvery());
    return new Mirror(database, new Upstream(from, token, settings, Sleeper.REAL, progress::note), progress,
        Clock.systemUTC(), resources);
  }

  /** Every served resource, events first (the one copied incrementally, and most worth the calls), then by path. */
  public static List<Resource<?>> everything() {
    List<Resource<?>> out = new ArrayList<>();
    out.add(Resources.byCollection(Events.COLLECTION));
    for (Resource<?> r : Resources.ALL) if (!out.contains(r)) out.add(r);
    return out;
  }

  /** The resources of {@code collections} (e.g. {@code events}, {@code config/orbits}), in the order of {@link #everything()}. */
  public static List<Resource<?>> only(Collection<String> collections) {
    for (String c : collections) {
      if (Resources.byCollection(c) == null) {
        throw new IllegalArgumentException(c + " is not a served resource; one of " + String.join(", ", Resources.collections()));
      }
    }
    return everything().stream().filter(r -> collections.contains(r.collection())).toList();
  }

  /** Runs once; the outcome (success time or error) is recorded in {@code mirror_state} either way. */
  public Summary run(boolean full) throws MirrorException {
    String base = upstream.base();
    try {
      Summary summary = list(full);
      MirrorState.succeeded(database.dsl(), base, clock.instant());
      return summary;
    } catch (MirrorException e) {
      MirrorState.failed(database.dsl(), base, e.getMessage(), clock.instant());
      throw e;
    } catch (RuntimeException e) {
      try {
        MirrorState.failed(database.dsl(), base, "unexpected: " + e, clock.instant());
      } catch (RuntimeException alsoFailed) {
        e.addSuppressed(alsoFailed); // the database itself is the problem
      }
      throw e;
    }
  }

  private Summary list(boolean full) throws MirrorException {
    long startedNanos = System.nanoTime();
    String base = upstream.base();
    progress.note("mirror " + base + ": " + (resources.size() == 1 ? resources.get(0).collection()
        : resources.size() + " resources") + (full ? ", full listing" : ""));
    OptionalInt budget = budget();
    Importer importer = new Importer(database);
    List<Listing> listings = new ArrayList<>();
    boolean[] warned = {false};
    for (int i = 0; i < resources.size(); i++) {
      Listing listing = new Listing(resources.get(i), database, upstream, progress, importer);
      listings.add(listing);
      int after = resources.size() - i - 1;
      try {
        listing.run(full, count -> {
          // This listing's remaining pages, and at least one call for each resource after it.
          long calls = upstream.calls() + (count + PAGE_SIZE - 1) / PAGE_SIZE - 1 + after;
          if (!warned[0] && budget.isPresent() && calls > budget.getAsInt()) {
            warned[0] = true;
            progress.note("about " + calls + " calls are needed, more than the " + budget.getAsInt()
                + " left: the run will wait for the upstream's throttle as it goes");
          }
        }, () -> callsLeft(budget));
      } catch (MirrorException.Refused e) {
        // Only a collection that is not there at all; a 404 mid-listing is the upstream failing.
        if (e.status() != 404 || i == 0 || listing.pages > 0) throw e;
        listing.served = false;
        progress.note(listing.collection() + ": the upstream does not serve it (HTTP 404); skipped");
      }
    }
    if (full) Deletions.run(database, progress, listings);
    MirrorState state = MirrorState.load(database.dsl(), base);
    List<Copied> copied = listings.stream().map(l -> l.copied(state.mark(l.collection()))).toList();
    return new Summary(base, copied, upstream.calls(), upstream.retries(), upstream.throttledSeconds(),
        Duration.ofNanos(System.nanoTime() - startedNanos));
  }

  private OptionalInt budget() {
    var throttle = upstream.throttle();
    if (throttle.isEmpty()) {
      progress.note("the upstream offers no /api-throttle/; calls are not budgeted");
      return OptionalInt.empty();
    }
    Upstream.Throttle t = throttle.get();
    progress.note("the upstream allows " + t.limit() + " calls per " + t.frequencySecs() + " s"
        + (t.ident() == null ? "" : " for " + t.ident()) + "; " + t.currentUse() + " used, so this run may spend "
        + t.left() + (t.left() == 0 ? " (next call possible in " + t.nextUseSecs() + " s)" : ""));
    return OptionalInt.of(t.left());
  }

  private OptionalInt callsLeft(OptionalInt budget) {
    return budget.isPresent() ? OptionalInt.of(Math.max(0, budget.getAsInt() - upstream.calls())) : OptionalInt.empty();
  }

  /** What a run did with one resource; {@code served} is false when the upstream answered 404 for it. */
  public record Copied(String collection, boolean served, int objects, int created, int updated, int deleted, int kept,
      int pages, Instant highWaterMark) {}

  /** What a run did, per resource and in all. */
  public record Summary(String upstream, List<Copied> resources, int calls, int retries, long throttledSeconds,
      Duration took) {
    /** The part of the run that copied {@code collection}; fails when the run did not list it. */
    public Copied of(String collection) {
      return resources.stream().filter(c -> c.collection().equals(collection)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the run did not list " + collection));
    }

    public int objects() {
      return resources.stream().mapToInt(Copied::objects).sum();
    }

    public int created() {
      return resources.stream().mapToInt(Copied::created).sum();
    }

    public int updated() {
      return resources.stream().mapToInt(Copied::updated).sum();
    }

    public int deleted() {
      return resources.stream().mapToInt(Copied::deleted).sum();
    }

    public int pages() {
      return resources.stream().mapToInt(Copied::pages).sum();
    }

    @Override
    public String toString() {
      long served = resources.stream().filter(Copied::served).count();
      long skipped = resources.size() - served;
      int objects = objects();
      StringBuilder marks = new StringBuilder();
      for (Copied c : resources) {
        if (c.highWaterMark() != null) marks.append(marks.isEmpty() ? "" : ", ").append(c.collection()).append(' ').append(c.highWaterMark());
      }
      return "mirrored " + upstream + ": " + objects + " object" + (objects == 1 ? "" : "s") + " of " + served
          + " resource" + (served == 1 ? "" : "s") + " (" + created() + " created, " + updated() + " updated), "
          + deleted() + " deleted" + (skipped == 0 ? "" : "; " + skipped + " not served there") + "; " + pages()
          + " page" + (pages() == 1 ? "" : "s") + ", " + calls + " upstream call" + (calls == 1 ? "" : "s") + " ("
          + retries + " retried, " + throttledSeconds + " s waiting for the throttle), "
          + String.format("%.1f", took.toMillis() / 1000.0) + " s; high-water mark " + (marks.isEmpty() ? "none" : marks);
    }
  }
}
