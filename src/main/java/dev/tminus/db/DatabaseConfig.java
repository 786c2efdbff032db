package dev.tminus.db;

import java.nio.file.Path;

/**
 * Where the data lives: an embedded H2 file database under {@code dataDir} (the default), or the
 * PostgreSQL server named by a {@code jdbc:postgresql://} url.
 */
public record DatabaseConfig(String url, String user, String password, Path dataDir) {
  public boolean embedded() {
    return url == null || url.isBlank();
  }

  /** The JDBC url to connect to: the H2 file in {@code dataDir} when no url was given. */
  public String jdbcUrl() {
    if (!embedded()) return url;
    Path file = dataDir.toAbsolutePath().normalize().resolve("tminus");
    // AUTO_SERVER lets a second process (an import while serve runs) share the file through the first.
    return "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
        + ";DEFAULT_NULL_ORDERING=HIGH;TIME ZONE=UTC"
        // A writer waits for another process's import to finish rather than failing after H2's default second.
        + ";LOCK_TIMEOUT=600000";
  }

  /** What to print: the url without credentials. */
  public String describe() {
    return embedded() ? "H2 file database in " + dataDir.toAbsolutePath().normalize() : url.replaceAll("password=[^&;]*", "password=***");
  }
}
