package dev.tminus.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on PostgreSQL's {@code tminus_data_version} channel (V32's trigger notifies it when a
 * write commits, from any process) and runs {@code onWrite} for each notice, so a serving instance
 * learns of another's write at once rather than at its next poll of the data version.
 *
 * <p>One daemon thread with its own connection, outside the pool. When the connection fails it
 * reconnects with back-off (1 s doubling to 30 s) and runs {@code onWrite} once after each
 * (re)connection, as notices sent while it was away are lost; meanwhile the poll still bounds how
 * stale a reader can be, so a lost listener costs freshness, never correctness.
 */
final class WriteNotices implements AutoCloseable {
  static final String CHANNEL = "tminus_data_version";
  private static final Logger LOG = LoggerFactory.getLogger(WriteNotices.class);
  private static final int WAIT_MILLIS = 10_000;

  private final DatabaseConfig config;
  private final Runnable onWrite;
  private final Thread thread;
  private volatile boolean closed;
  private volatile Connection connection;

  WriteNotices(DatabaseConfig config, Runnable onWrite) {
    this.config = config;
    this.onWrite = onWrite;
    this.thread = new Thread(this::listen, "tminus-write-notices");
    thread.setDaemon(true);
    thread.start();
  }

  private void listen() {
    long backoff = 1000;
    while (!closed) {
      try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())) {
        connection = c;
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        onWrite.run();
        backoff = 1000;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
          PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
          if (notices != null && notices.length > 0) onWrite.run();
        }
      } catch (SQLException e) {
        if (closed) return;
        LOG.warn("not listening for other instances' writes (retrying in {} ms; the poll still applies): {}",
            backoff, e.getMessage());
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
          return;
        }
        backoff = Math.min(backoff * 2, 30_000);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    Connection c = connection;
    try {
      if (c != null) c.close(); // ends a blocked getNotifications
    } catch (SQLException ignored) {
      // closing anyway
    }
  }
}
