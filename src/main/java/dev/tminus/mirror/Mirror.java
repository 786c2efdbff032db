package dev.tminus.mirror;

import static dev.tminus.db.schema.Tables.EVENT;

import dev.tminus.db.DataVersion;
import dev.tminus.db.Database;
import dev.tminus.ingest.Importer;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One mirror run: copies the events of an upstream LL2 API into the database, a page at a time.
 *
 * <p>It asks {@code BASE/events/?mode=detailed&limit=100&ordering=last_updated&last_updated__gte=MARK}
 * where MARK is the stored high-water mark (none on the first run or with {@code --full}). Each page
 * is one transaction that also moves the mark to the page's largest {@code last_updated}, so a crash
 * at any moment loses nothing and the next run resumes there. While the upstream has more, the
 * next request is the same query from the new mark (keyset paging) rather than upstream's offset
 * {@code next} link, because offsets shift when an event is updated during the run and would skip
 * one; {@code next} is followed only through a page whose events all share one {@code last_updated}.
 * With {@code full}, the listing starts from nothing and, once complete, deletes local events the
 * upstream no longer lists.
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

  Mirror(Database database, Upstream upstream, Progress progress, Clock clock) {
    this.database = database;
    this.upstream = upstream;
    this.progress = progress;
    this.clock = clock;
  }

  /** A run from {@code from} (with {@code token}, may be null) that shows a bar on a terminal, else lines on {@code out}. */
  public static Mirror create(Database database, String from, String token, Settings settings, PrintStream out) {
    Progress progress = System.console() != null ? Progress.bar(out) : Progress.lines(out::println, settings.logEvery());
    return new Mirror(database, new Upstream(from, token, settings, Sleeper.REAL, progress::note), progress, Clock.systemUTC());
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
    progress.start();
    String base = upstream.base();
    Instant mark = full ? null : MirrorState.load(database.dsl(), base).highWaterMark();
    progress.note("mirror " + base + (full ? ": full listing" : mark == null ? ": first run, everything"
        : ": events changed since " + mark));
    OptionalInt budget = budget();
    Importer importer = new Importer(database);
    Set<Integer> seen = new HashSet<>();
    long total = -1;
    int created = 0;
    int updated = 0;
    int pages = 0;
    Instant gte = mark;
    URI uri = pageUri(gte);
    while (uri != null) {
      byte[] body = upstream.get(uri);
      MirrorPage page = MirrorPage.write(importer, base, uri, body);
      pages++;
      created += page.created();
      updated += page.updated();
      seen.addAll(page.ids());
      if (total < 0) {
        total = page.count();
        long calls = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        if (budget.isPresent() && calls > budget.getAsInt()) {
          progress.note("about " + calls + " calls are needed, more than the " + budget.getAsInt()
              + " left: the run will wait for the upstream's throttle as it goes");
        }
      }
      progress.update(seen.size(), total, callsLeft(budget));
      uri = next(uri, page, gte);
      if (page.maxLastUpdated() != null && (gte == null || page.maxLastUpdated().isAfter(gte))) gte = page.maxLastUpdated();
    }
    int deleted = full ? deleteUnseen(seen) : 0;
    progress.finish(seen.size(), Math.max(total, 0), callsLeft(budget));
    Instant newMark = MirrorState.load(database.dsl(), base).highWaterMark();
    return new Summary(base, seen.size(), created, updated, deleted, pages, upstream.calls(), upstream.retries(),
        upstream.throttledSeconds(), Duration.ofNanos(System.nanoTime() - startedNanos), newMark);
  }

  private URI next(URI current, MirrorPage page, Instant gte) throws MirrorException {
    if (page.next() == null) return null;
    Instant max = page.maxLastUpdated();
    if (max != null && (gte == null || max.isAfter(gte))) return pageUri(max);
    // Every event of the page has last_updated == gte: only upstream's offset can get past them.
    URI next = URI.create(page.next());
    if (next.equals(current)) throw new MirrorException.BadPage("the upstream's next link points to the same page: " + next, null);
    return next;
  }

  private URI pageUri(Instant gte) {
    return URI.create(upstream.base() + "/events/?mode=detailed&limit=" + PAGE_SIZE + "&ordering=last_updated"
        + (gte == null ? "" : "&last_updated__gte=" + gte));
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

  // Only after a complete listing: every event the upstream has was seen (keyset paging guarantees it).
  private int deleteUnseen(Set<Integer> seen) {
    return database.dsl().transactionResult(tx -> {
      DataVersion.bump(tx.dsl());
      List<Integer> gone = new ArrayList<>();
      for (Integer id : tx.dsl().select(EVENT.ID).from(EVENT).fetch(EVENT.ID)) {
        if (!seen.contains(id)) gone.add(id);
      }
      int deleted = 0;
      for (int i = 0; i < gone.size(); i += 1000) {
        deleted += tx.dsl().deleteFrom(EVENT).where(EVENT.ID.in(gone.subList(i, Math.min(gone.size(), i + 1000))))
            .execute();
      }
      if (deleted > 0) progress.note("deleted " + deleted + " local event" + (deleted == 1 ? "" : "s") + " the upstream no longer lists");
      return deleted;
    });
  }

  /** What a run did. */
  public record Summary(String upstream, int events, int created, int updated, int deleted, int pages, int calls,
      int retries, long throttledSeconds, Duration took, Instant highWaterMark) {
    @Override
    public String toString() {
      return "mirrored " + upstream + ": " + events + " event" + (events == 1 ? "" : "s") + " (" + created + " created, "
          + updated + " updated), " + deleted + " deleted; " + pages + " page" + (pages == 1 ? "" : "s") + ", "
          + calls + " upstream call" + (calls == 1 ? "" : "s") + " (" + retries + " retried, " + throttledSeconds
          + " s waiting for the throttle), " + String.format("%.1f", took.toMillis() / 1000.0) + " s; high-water mark "
          + (highWaterMark == null ? "none" : highWaterMark);
    }
  }
}
