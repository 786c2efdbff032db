package dev.tminus.db;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The data version as a server sees it, cheaply: {@link DataVersion#current} (a one-row primary-key
 * read) at most once per {@code poll}, and at once after a writing transaction of this process
 * commits ({@link DataVersion.Commits}). Writes by other processes (an import next to a running
 * serve, over H2's AUTO_SERVER or PostgreSQL) are therefore seen within {@code poll}; a poll of
 * zero reads the version on every call. On PostgreSQL, once {@link Database#listenForWrites} runs,
 * another process's write counts as a commit of this one as soon as its notice arrives, so it is
 * seen at once; the poll remains the bound when notices are lost.
 *
 * <p>The poll is lazy: the first call after the interval reads the version, so an idle server
 * makes no queries and a test needs no sleeps to control it.
 */
public final class VersionWatch {
  private final Database database;
  private final long pollNanos;
  private final LongSupplier nanoTime;
  private volatile Seen seen;

  private record Seen(long version, long atNanos, long commits) {}

  public VersionWatch(Database database, Duration poll) {
    this(database, poll, System::nanoTime);
  }

  VersionWatch(Database database, Duration poll, LongSupplier nanoTime) {
    this.database = database;
    this.pollNanos = poll.toNanos();
    this.nanoTime = nanoTime;
  }

  /** The data version, at most {@code poll} old for other processes' writes, exact for this process's. */
  public long current() {
    // Read the commit count before the version: a commit that lands in between makes this reading stale at once.
    long commits = database.commits().committed();
    long now = nanoTime.getAsLong();
    Seen last = seen;
    if (last != null && last.commits == commits && now - last.atNanos < pollNanos) return last.version;
    long version = DataVersion.current(database.dsl());
    seen = new Seen(version, now, commits);
    return version;
  }
}
