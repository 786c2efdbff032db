package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.support.TestDatabase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** How soon a server sees a write: at once for its own process, within the poll for another's. No sleeps. */
class VersionWatchTest {

  @Test
  void ownCommitsAreSeenAtOnceOthersAfterThePollAndRollbacksNever() {
    DatabaseConfig config = TestDatabase.H2.config();
    try (Database db = Database.open(config); Database otherProcess = Database.open(config)) {
      AtomicLong nanos = new AtomicLong();
      VersionWatch watch = new VersionWatch(db, Duration.ofSeconds(1), nanos::get);
      long start = watch.current();

      otherProcess.dsl().transaction(tx -> DataVersion.bump(tx.dsl()));
      assertThat(watch.current()).as("within the poll interval").isEqualTo(start);
      nanos.addAndGet(Duration.ofSeconds(1).toNanos());
      assertThat(watch.current()).as("after the poll interval").isEqualTo(start + 1);

      db.dsl().transaction(tx -> DataVersion.bump(tx.dsl()));
      assertThat(watch.current()).as("this process's commit, no time passed").isEqualTo(start + 2);
      assertThat(db.commits().committed()).isEqualTo(1);

      assertThatThrownBy(() -> db.dsl().transaction(tx -> {
        DataVersion.bump(tx.dsl());
        throw new IllegalStateException("rolled back");
      })).hasMessageContaining("rolled back");
      db.dsl().transaction(tx -> tx.dsl().selectOne().fetch()); // a reading transaction signals nothing
      assertThat(db.commits().committed()).isEqualTo(1);
      assertThat(watch.current()).isEqualTo(start + 2);
    }
  }

  @Test
  void aPollOfZeroReadsTheVersionEveryTime() {
    DatabaseConfig config = TestDatabase.H2.config();
    try (Database db = Database.open(config); Database otherProcess = Database.open(config)) {
      VersionWatch watch = new VersionWatch(db, Duration.ZERO);
      long start = watch.current();
      otherProcess.dsl().transaction(tx -> DataVersion.bump(tx.dsl()));
      assertThat(watch.current()).isEqualTo(start + 1);
    }
  }
}
