package dev.tminus.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The connection pool, the schema migrations and the jOOQ context of one database, H2 or
 * PostgreSQL, behind the same code path. Opening it migrates the schema to the latest version.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final DatabaseConfig config;
  private final DSLContext dsl;
  private final DataVersion.Commits commits = new DataVersion.Commits();
  private WriteNotices notices;

  private Database(HikariDataSource dataSource, DatabaseConfig config, SQLDialect dialect) {
    this.dataSource = dataSource;
    this.config = config;
    Configuration configuration = new DefaultConfiguration()
        .set(new PoolConnections(dataSource))
        .set(dialect)
        .set(new org.jooq.conf.Settings().withExecuteLogging(false).withRenderSchema(false))
        .set(commits);
    configuration.data(DataVersion.Commits.KEY, commits);
    this.dsl = DSL.using(configuration);
  }

  /**
   * How the pool behaves under load and failure.
   *
   * @param poolWait         how long a request waits for a connection before it fails (then 503): {@code --pool-wait}
   * @param statementTimeout how long one PostgreSQL statement may run (0: no bound): {@code --statement-timeout};
   *                         migrations are not bounded
   */
  public record Settings(Duration poolWait, Duration statementTimeout) {
    /** What every command but {@code serve} uses: a 10 s wait for a connection, statements unbounded. */
    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(10), Duration.ZERO);

    public Settings {
      if (poolWait.toMillis() < 250) throw new IllegalArgumentException("the pool wait must be at least 250ms");
      if (statementTimeout.isNegative()) throw new IllegalArgumentException("the statement timeout must not be negative");
    }
  }

  /** Connects, migrates, and returns the database; fails with a readable message when it cannot. */
  public static Database open(DatabaseConfig config) {
    return open(config, Settings.DEFAULTS);
  }

  /** {@link #open(DatabaseConfig)} with {@code settings}. */
  public static Database open(DatabaseConfig config, Settings settings) {
    Database db = connect(config, settings);
    try {
      db.migrate();
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /**
   * Connects without migrating (then {@link #migrate}): one connection attempt, so that an
   * unreachable database is reported at once rather than after retries.
   */
  public static Database connect(DatabaseConfig config, Settings settings) {
    if (config.embedded()) createDataDir(config.dataDir());
    String url = config.jdbcUrl();
    SQLDialect dialect = dialectOf(url);
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(url);
    if (config.user() != null) hikari.setUsername(config.user());
    if (config.password() != null) hikari.setPassword(config.password());
    hikari.setPoolName("tminus");
    hikari.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() * 4));
    hikari.setConnectionTimeout(settings.poolWait().toMillis());
    // One attempt at start-up: a refused connection is reported at once, not after 10 s of retries.
    hikari.setInitializationFailTimeout(1);
    if (dialect == SQLDialect.POSTGRES) {
      // An unreachable host fails within 5 s rather than the driver's 10 (a url's own connectTimeout wins).
      hikari.addDataSourceProperty("connectTimeout", "5");
      // Day/month/year filters extract from timestamps in UTC, as LL2 does.
      long timeout = settings.statementTimeout().toMillis();
      hikari.setConnectionInitSql("SET TIME ZONE 'UTC'" + (timeout > 0 ? "; SET statement_timeout = " + timeout : ""));
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new DatabaseUnavailable("cannot open " + config.describe() + ": " + rootMessage(e), e);
    }
    return new Database(dataSource, config, dialect);
  }

  /** Migrates the schema to the latest version (Flyway); statements are not bounded by the statement timeout. */
  public void migrate() {
    SQLDialect dialect = dsl.dialect();
    try {
      Flyway.configure().dataSource(dialect.family() == SQLDialect.POSTGRES ? unbounded() : dataSource)
          .locations(migrationLocations(dialect)).load().migrate();
    } catch (RuntimeException e) {
      throw new DatabaseUnavailable("cannot migrate " + config.describe() + ": " + rootMessage(e), e);
    }
  }

  // PostgreSQL connections of their own for Flyway, in UTC as the pool's, but without the pool's
  // statement timeout: a migration of a large database may take minutes.
  private DataSource unbounded() {
    org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
    pg.setURL(config.jdbcUrl());
    if (config.user() != null) pg.setUser(config.user());
    if (config.password() != null) pg.setPassword(config.password());
    pg.setConnectTimeout(5);
    pg.setOptions("-c statement_timeout=0 -c TimeZone=UTC");
    return pg;
  }

  /** The pool's live numbers (null once closed), for metrics. */
  public com.zaxxer.hikari.HikariPoolMXBean pool() {
    return dataSource.isClosed() ? null : dataSource.getHikariPoolMXBean();
  }

  public int maxPoolSize() {
    return dataSource.getMaximumPoolSize();
  }

  /**
   * The common migrations plus the database's own, e.g. {@code db/vendor/postgresql} for the
   * trigram index (Flyway core has no {@code {vendor}} placeholder; Spring Boot's is not ours).
   */
  static String[] migrationLocations(SQLDialect dialect) {
    return dialect == SQLDialect.POSTGRES
        ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
        : new String[] {"classpath:db/migration"};
  }

  private static void createDataDir(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new DatabaseUnavailable("cannot create data directory " + dir + ": " + e.getMessage(), e);
    }
  }

  static SQLDialect dialectOf(String url) {
    if (url.startsWith("jdbc:h2:")) return SQLDialect.H2;
    if (url.startsWith("jdbc:postgresql:")) return SQLDialect.POSTGRES;
    throw new DatabaseUnavailable("unsupported database url " + url + " (use jdbc:postgresql://… or none for H2)", null);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage();
  }

  public DSLContext dsl() {
    return dsl;
  }

  /** Committed writes of this process, the cheap signal that rendered responses may be stale. */
  public DataVersion.Commits commits() {
    return commits;
  }

  /**
   * On PostgreSQL, from now until {@link #close}, counts other processes' committed writes in
   * {@link #commits} too, as soon as PostgreSQL announces them ({@link WriteNotices}); on H2 nothing
   * changes (the data version's poll covers other processes there). Idempotent.
   */
  public synchronized void listenForWrites() {
    if (notices == null && dsl.dialect().family() == SQLDialect.POSTGRES) {
      notices = new WriteNotices(config, commits::noticed);
    }
  }

  /**
   * Refreshes the query planner's statistics, as after any bulk load: until then a freshly filled
   * PostgreSQL plans from empty-table estimates (sequential scans of the url and update tables)
   * until autovacuum comes by minutes later. Best effort: a role without the right is told and
   * nothing else changes.
   */
  public void analyze() {
    try {
      dsl().query("ANALYZE").execute();
    } catch (DataAccessException e) {
      org.slf4j.LoggerFactory.getLogger(Database.class).warn("statistics not refreshed: {}", rootMessage(e));
    }
  }

  /**
   * True when the database answers a trivial query within two seconds. A pooled connection that does
   * not answer is evicted and one fresh connection is tried: the pool does not re-check a connection
   * it lent out in the last half second, so after an outage one left from before it could otherwise
   * keep the answer "down" while the database is back.
   */
  public boolean isUp() {
    for (int attempt = 0; attempt < 2; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        if (c.isValid(2)) return true;
        dataSource.evictConnection(c);
      } catch (SQLException | RuntimeException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when {@code e} says the database could not be reached, rather than that a query failed,
   * decided from the exception chain alone: JDBC's connection exceptions (SQLState class {@code 08},
   * {@link SQLTransientConnectionException} as Hikari's pool times out with,
   * {@link SQLNonTransientConnectionException} as H2 reports a closed or broken connection with) and
   * {@link ConnectException}. A connection the pool cannot give is marked so by {@link PoolConnections}.
   */
  public static boolean isConnectionFailure(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 64; t = t.getCause()) { // the bound stops a cyclic chain
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException) return true;
      if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) return true;
    }
    return false;
  }

  /** Whether {@code e} is a statement PostgreSQL cancelled at the statement timeout (SQLState {@code 57014}). */
  public static boolean isStatementTimeout(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 64; t = t.getCause()) {
      if (t instanceof SQLException s && "57014".equals(s.getSQLState())) return true;
    }
    return false;
  }

  /**
   * Connections for jOOQ from the pool, as jOOQ's own {@code DataSourceConnectionProvider} gives them,
   * except that a connection the pool cannot give (closed pool, unreachable database) fails as a
   * connection exception (SQLState {@code 08003}, "connection does not exist") when it does not say
   * so itself: Hikari reports a closed pool with a plain {@link SQLException}.
   */
  private record PoolConnections(DataSource pool) implements ConnectionProvider {
    @Override
    public Connection acquire() {
      try {
        return pool.getConnection();
      } catch (SQLException e) {
        SQLException failure = isConnectionFailure(e) ? e
            : new SQLNonTransientConnectionException("no connection from the pool: " + e.getMessage(), "08003", e);
        throw new DataAccessException("Error getting connection from data source " + pool, failure);
      }
    }

    @Override
    public void release(Connection connection) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new DataAccessException("Error closing connection " + connection, e);
      }
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      if (notices != null) notices.close();
    }
    dataSource.close();
  }

  /** The database cannot be reached or prepared; the message says which and why. */
  public static final class DatabaseUnavailable extends RuntimeException {
    public DatabaseUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
