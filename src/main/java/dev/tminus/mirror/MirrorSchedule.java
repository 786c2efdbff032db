package dev.tminus.mirror;

import dev.tminus.db.Database;
import java.time.Clock;
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

  public static MirrorSchedule start(Database database, String from, String token, Duration every, Mirror.Settings settings) {
    Progress progress = Progress.lines(LOG::info, settings.logEvery());
    Mirror mirror = new Mirror(database, new Upstream(from, token, settings, Mirror.Sleeper.REAL, progress::note),
        progress, Clock.systemUTC());
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tminus-mirror");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(() -> runOnce(mirror), 0, every.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("mirroring {} every {}", Upstream.normalize(from), every);
    return new MirrorSchedule(executor);
  }

  private static void runOnce(Mirror mirror) {
    try {
      LOG.info("{}", mirror.run(false));
    } catch (MirrorException e) {
      LOG.warn("mirror run failed: {}", e.getMessage());
    } catch (RuntimeException e) {
      // A thrown exception would silently end the schedule: log it and keep going.
      LOG.error("mirror run failed unexpectedly", e);
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
