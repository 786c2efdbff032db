package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.support.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tminus import --db-url …} into PostgreSQL, as a user runs it. */
class ImportCommandPostgresTest {
  @TempDir Path dir;

  @Test
  void anImportThatAddsEventsRefreshesThePlannersStatistics() {
    DatabaseConfig pg = TestDatabase.POSTGRES.config();
    Path data = dir.resolve("events.json");
    assertThat(run("generate", "--events", "30", "--out", data.toString())).isZero();
    try (Database db = Database.open(pg)) {
      assertThat(lastAnalyzed(db)).as("before the import").isNull();
    }
    assertThat(run("import", "--db-url", pg.url(), "--db-user", pg.user(), "--db-password", pg.password(),
        data.toString())).isZero();
    try (Database db = Database.open(pg)) {
      assertThat(lastAnalyzed(db)).as("after the import").isNotNull();
      assertThat(db.dsl().fetchValue("select reltuples from pg_class where relname = 'event'", Float.class))
          .as("the planner's row estimate for event").isEqualTo(30f);
    }
  }

  private static Object lastAnalyzed(Database db) {
    return db.dsl().fetchValue("select last_analyze from pg_stat_user_tables where relname = 'event'");
  }

  private static int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    assertThat(err.toString()).as(String.join(" ", args)).doesNotContain("tminus import:");
    return exit;
  }
}
