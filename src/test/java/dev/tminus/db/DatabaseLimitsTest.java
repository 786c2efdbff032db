package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.web.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ConnectionProvider;
import org.junit.jupiter.api.Test;

/** The statement timeout and the pool's wait: a database that is too slow or too busy is a quick 503, never a hang. */
class DatabaseLimitsTest {
  @Test
  void postgresCancelsAStatementAtTheTimeoutButNotMigrations() {
    try (Database db = Database.open(TestDatabase.POSTGRES.config(),
        new Database.Settings(Duration.ofSeconds(3), Duration.ofMillis(300)))) {
      Throwable e = catchThrowable(() -> db.dsl().fetchValue("select pg_sleep(2)"));
      assertThat(Database.isStatementTimeout(e)).as("%s", e).isTrue();
      assertThat(Database.isConnectionFailure(e)).isFalse();
      assertThat(db.dsl().fetchValue("show statement_timeout")).isEqualTo("300ms");
      assertThat(db.dsl().fetchValue("show timezone")).isEqualTo("UTC");
    }
  }

  @Test
  void aSaturatedPoolAnswers503Json() throws Exception {
    try (Database db = Database.open(TestDatabase.H2.config(),
        new Database.Settings(Duration.ofMillis(250), Duration.ZERO))) {
      ConnectionProvider pool = db.dsl().configuration().connectionProvider();
      List<Connection> held = new ArrayList<>();
      try (Server server = Server.start(TestServer.config(), db)) {
        for (int i = 0; i < db.maxPoolSize(); i++) held.add(pool.acquire());
        HttpResponse<String> r = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/2.3.0/config/orbits/")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).isEqualTo("{\"detail\":\"The database is unavailable.\"}");
      } finally {
        held.forEach(pool::release);
      }
    }
  }
}
