package dev.tminus.cli;

import dev.tminus.db.DatabaseConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The database options every command that touches the database shares; flags override TMINUS_* variables. */
final class DatabaseOptions {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:TMINUS_DATA_DIR:-tminus-data}",
      description = "Directory of the embedded H2 database (env TMINUS_DATA_DIR, default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--db-url", paramLabel = "URL", defaultValue = "${env:TMINUS_DB_URL}",
      description = "PostgreSQL JDBC url, e.g. jdbc:postgresql://localhost:5432/tminus (env TMINUS_DB_URL); "
          + "without it the embedded H2 database is used.")
  String url;

  @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:TMINUS_DB_USER}",
      description = "Database user (env TMINUS_DB_USER).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:TMINUS_DB_PASSWORD}",
      description = "Database password (env TMINUS_DB_PASSWORD).")
  String password;

  DatabaseConfig config() {
    return new DatabaseConfig(url, user, password, dataDir);
  }
}
