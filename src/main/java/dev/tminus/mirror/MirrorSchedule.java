package dev.tminus.mirror;

import dev.tminus.db.Database;
import dev.tminus.ops.Metrics;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --mirror-from BASE --mirror-every 15m}: a mirror run of every served resource (events
 * incrementally, the others whole) now and then {@code every} after the previous one ends, on one
 * background thread, while the server serves.
 * A failed run is logged and recorded (see {@code /health}); the next one tries again.
 */
public final class MirrorSchedule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MirrorSchedule.class);

  private final ScheduledExecutorService executor;

  private MirrorSchedule(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Starts the schedule; each run's result and rows are counted in {@code metrics}, which also shows the last success. */
  public static MirrorSchedule start(Database database, String from, String token, Duration every, Mirror.Settings settings,
      Metrics metrics) {
    String upstream = Upstream.normalize(from);
    metrics.bindMirror(() -> lastSuccess(database, upstream), Clock.systemUTC());
    Progress progress = Progress.lines(LOG::info, settings.logEvery());
    Mirror mirror = new Mirror(database, new Upstream(from, token, settings, Mirror.Sleeper.REAL, progress::note),
        progress, Clock.systemUTC());
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tminus-mirror");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(() -> runOnce(mirror, metrics), 0, every.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("mirroring {} every {}", Upstream.normalize(from), every);
    return new MirrorSchedule(executor);
  }

  private static void runOnce(Mirror mirror, Metrics metrics) {
    try {
      Mirror.Summary summary = mirror.run(false);
      LOG.info("{}", summary);
      metrics.mirrorRun("success");
      for (Mirror.Copied c : summary.resources()) {
        metrics.importedRows(c.collection(), "created", c.created());
        metrics.importedRows(c.collection(), "updated", c.updated());
        metrics.importedRows(c.collection(), "deleted", c.deleted());
      }
    } catch (MirrorException e) {
      metrics.mirrorRun("failure");
      LOG.warn("mirror run failed: {}", e.getMessage());
    } catch (RuntimeException e) {
      // A thrown exception would silently end the schedule: log it and keep going.
      metrics.mirrorRun("failure");
      LOG.error("mirror run failed unexpectedly", e);
    }
  }

  /** The last success recorded in the database (by any instance), or null when there is none or no answer. */
  private static Instant lastSuccess(Database database, String upstream) {
    try {
      return MirrorState.load(database.dsl(), upstream).lastSuccess();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
