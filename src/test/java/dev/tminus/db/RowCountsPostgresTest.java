package dev.tminus.db;

import static dev.tminus.db.schema.Tables.EVENT;
import static dev.tminus.support.EventFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.resource.event.EventWriter;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.cache.RenderCache;
import dev.tminus.web.Server;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The kept row count PostgreSQL answers unfiltered list counts from: it must equal {@code count(*)}
 * after every kind of write, and only rows really inserted (not upserted over) may add to it.
 */
class RowCountsPostgresTest {

  @Test
  void theKeptCountFollowsInsertsUpsertsDeletesAndTruncation() {
    try (Database db = TestDatabase.POSTGRES.open()) {
      DSLContext dsl = db.dsl();
      assertCounts(dsl, 0);

      write(db, 1, 2, 3);
      assertCounts(dsl, 3);

      write(db, 2, 3, 4, 5); // 2 and 3 are updated in place, 4 and 5 are new
      assertCounts(dsl, 5);

      dsl.deleteFrom(EVENT).where(EVENT.ID.in(1, 4)).execute();
      assertCounts(dsl, 3);

      try {
        dsl.transaction(tx -> {
          tx.dsl().deleteFrom(EVENT).where(EVENT.ID.eq(2)).execute();
          throw new IllegalStateException("roll the delete back");
        });
      } catch (IllegalStateException expected) {
        // rolled back
      }
      assertCounts(dsl, 3);

      dsl.truncate(EVENT).cascade().execute();
      assertCounts(dsl, 0);
    }
  }

  @Test
  void aRolledBackImportLeavesTheCountAsItWas() {
    try (Database db = TestDatabase.POSTGRES.open()) {
      write(db, 1, 2);
      try {
        db.dsl().transaction(tx -> {
          EventWriter writer = new EventWriter(tx.dsl());
          for (int id : List.of(3, 4, 5)) writer.add(event(id).build());
          writer.flush();
          throw new IllegalStateException("abandon the import");
        });
      } catch (IllegalStateException expected) {
        // rolled back
      }
      assertCounts(db.dsl(), 2);
    }
  }

  @Test
  void theWholeListReadsTheKeptCountAndAFilteredListCounts() throws Exception {
    try (TestServer server = TestServer.start(TestDatabase.POSTGRES,
        c -> c.withCaching(new Server.Caching(RenderCache.Settings.DISABLED, 0)))) {
      server.importEvents(List.of(event(1).type(2).build(), event(2).type(3).build(), event(3).type(3).build()));
      assertThat(server.get("/2.3.0/events/").json().get("count").asLong()).isEqualTo(3);
      // Only the kept number can make the two disagree: proof that the whole list does not count.
      server.database.dsl().execute("update row_count set row_total = 42 where table_name = 'event'");
      assertThat(server.get("/2.3.0/events/?mode=list").json().get("count").asLong()).isEqualTo(42);
      assertThat(server.get("/2.3.0/events/?type=3").json().get("count").asLong()).isEqualTo(2);
    }
  }

  private static void write(Database db, int... ids) {
    db.dsl().transaction(tx -> {
      EventWriter writer = new EventWriter(tx.dsl());
      for (int id : ids) writer.add(event(id).build());
      writer.flush();
    });
  }

  private static void assertCounts(DSLContext dsl, long expected) {
    assertThat(dsl.fetchCount(EVENT)).as("count(*)").isEqualTo(expected);
    assertThat(RowCounts.of(dsl, EVENT)).as("kept count").isEqualTo(expected);
    assertThat(dsl.fetchValue("select row_total from row_count where table_name = 'event'", Long.class))
        .as("the row the triggers keep").isEqualTo(expected);
  }
}
