package dev.tminus.support;

import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every HTTP test runs on: a fresh embedded H2 file database, or a fresh database
 * in one embedded PostgreSQL server started once per test run (no installed server needed).
 */
public enum TestDatabase {
  H2, POSTGRES;

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  /** A new, empty, migrated database. */
  public Database open() {
    return Database.open(config());
  }

  /** The configuration of a new, empty database. */
  public DatabaseConfig config() {
    try {
      if (this == H2) {
        Path dir = Files.createTempDirectory("tminus-test-h2");
        return new DatabaseConfig(null, null, null, dir);
      }
      String name = "tminus_test_" + COUNTER.incrementAndGet();
      EmbeddedPostgres pg = postgres();
      try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return new DatabaseConfig(pg.getJdbcUrl("postgres", name), "postgres", "postgres", null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized EmbeddedPostgres postgres() throws IOException {
    if (postgres == null) {
      postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return postgres;
  }
}
