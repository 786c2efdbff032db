package dev.tminus.db;

import static dev.tminus.db.schema.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.jooq.Record1;
import org.jooq.Select;
import org.junit.jupiter.api.Test;

/** The PostgreSQL-only trigram index behind search=, and its migration without the privilege to create it. */
class SearchIndexPostgresTest {

  @Test
  void searchCanUseTheTrigramIndex() {
    try (Database db = TestDatabase.POSTGRES.open()) {
      assertThat(db.dsl().fetchExists(db.dsl().selectOne().from("pg_indexes")
          .where("indexname = 'event_name_trgm'"))).as("trigram index created").isTrue();
      // The condition Search builds for ?search=flyby.
      Select<Record1<Integer>> search = db.dsl().select(EVENT.ID).from(EVENT)
          .where(EVENT.NAME.containsIgnoreCase("flyby"));
      String plan = db.dsl().transactionResult(tx -> {
        tx.dsl().execute("set local enable_seqscan = off");
        return String.join("\n", tx.dsl().fetch("explain " + tx.dsl().renderInlined(search)).getValues(0, String.class));
      });
      assertThat(plan).contains("event_name_trgm");
    }
  }

  @Test
  void migratingWithoutThePrivilegeToCreateTheExtensionStillSucceeds() throws Exception {
    DatabaseConfig admin = TestDatabase.POSTGRES.config(); // a fresh database owned by the superuser
    String role = "tminus_app_" + System.nanoTime();
    try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
        Statement s = c.createStatement()) {
      s.execute("create role " + role + " login password 'app'");
      // Enough to create tables, not extensions (a trusted extension needs CREATE on the database).
      s.execute("grant all on schema public to " + role);
    }
    // The embedded server's url names its superuser; the application's role connects without it.
    String url = admin.url().replaceFirst("\\?.*$", "");
    try (Database db = Database.open(new DatabaseConfig(url, role, "app", null))) {
      assertThat(db.dsl().fetchValue("select current_user")).isEqualTo(role);
      assertThat(db.isUp()).isTrue();
      assertThat(db.dsl().fetchExists(db.dsl().selectOne().from("pg_extension").where("extname = 'pg_trgm'")))
          .isFalse();
      assertThat(db.dsl().fetchExists(db.dsl().selectOne().from("flyway_schema_history")
          .where("version = '3.1' and success"))).isTrue();
    }
  }
}
