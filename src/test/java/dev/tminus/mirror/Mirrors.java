package dev.tminus.mirror;

import dev.tminus.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Mirror runs for tests: fast retries, a sleeper that records instead of sleeping, notes kept. */
final class Mirrors {
  static final Mirror.Settings FAST =
      new Mirror.Settings(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ZERO);

  final List<String> notes = new CopyOnWriteArrayList<>();
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final Mirror.Sleeper sleeper = sleeps::add;

  Mirror to(Database database, String base) {
    return to(database, base, null, FAST);
  }

  Mirror to(Database database, String base, String token, Mirror.Settings settings) {
    return to(database, base, token, settings, Mirror.everything());
  }

  /** A run of only {@code resources}, as {@code mirror --resource NAME} makes. */
  Mirror to(Database database, String base, List<dev.tminus.api.Resource<?>> resources) {
    return to(database, base, null, FAST, resources);
  }

  private Mirror to(Database database, String base, String token, Mirror.Settings settings,
      List<dev.tminus.api.Resource<?>> resources) {
    Progress progress = Progress.lines(notes::add, settings.logEvery());
    return new Mirror(database, new Upstream(base, token, settings, sleeper, progress::note), progress, Clock.systemUTC(),
        resources);
  }
}
