package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tminus.support.TestDatabase;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Whether a failure means "the database cannot be reached" (503) is read from the exception chain, never its wording. */
class ConnectionFailureTest {

  @Test
  void aClosedPoolIsAConnectionFailure() {
    Database db = TestDatabase.H2.open();
    db.close();
    Throwable e = catchThrowable(() -> db.dsl().fetchValue("select 1"));
    assertThat(e).isNotNull();
    assertThat(Database.isConnectionFailure(e)).as("%s", e).isTrue();
  }

  @Test
  void aQueryTheDatabaseRefusesIsNot() {
    try (Database db = TestDatabase.H2.open()) {
      Throwable e = catchThrowable(() -> db.dsl().fetch("select * from no_such_table"));
      assertThat(e).isInstanceOf(DataAccessException.class);
      assertThat(Database.isConnectionFailure(e)).as("%s", e).isFalse();
    }
  }

  @Test
  void connectionExceptionsAnywhereInTheChainAre() {
    // PostgreSQL's driver: SQLState class 08 (08001 cannot connect, 08006 connection failure).
    assertThat(Database.isConnectionFailure(new DataAccessException("query failed",
        new SQLException("Connection refused", "08001")))).isTrue();
    assertThat(Database.isConnectionFailure(new SQLException("I/O error", "08006"))).isTrue();
    // Hikari, when no connection comes within its timeout.
    assertThat(Database.isConnectionFailure(new DataAccessException("x",
        new SQLTransientConnectionException("tminus - Connection is not available, request timed out after 10000ms.")))).isTrue();
    // H2, whose own codes are not SQL's, reports broken connections with this JDBC type.
    assertThat(Database.isConnectionFailure(new SQLNonTransientConnectionException("Connection is broken", "90067"))).isTrue();
    // A socket that could not connect, however deep.
    assertThat(Database.isConnectionFailure(new RuntimeException(new IllegalStateException(
        new ConnectException("Connection refused"))))).isTrue();
  }

  @Test
  void otherFailuresAreNotWhateverTheirMessageSays() {
    assertThat(Database.isConnectionFailure(new DataAccessException("Error getting connection from data source",
        new SQLException("syntax error", "42601")))).isFalse();
    assertThat(Database.isConnectionFailure(new DataAccessException("Error getting connection from data source"))).isFalse();
    assertThat(Database.isConnectionFailure(new SQLException("unique violation", "23505"))).isFalse();
    assertThat(Database.isConnectionFailure(new IllegalStateException("connection"))).isFalse();
    assertThat(Database.isConnectionFailure(null)).isFalse();
  }
}
