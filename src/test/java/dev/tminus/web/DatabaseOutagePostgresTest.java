package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.support.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped under a running server: health and API requests answer 503 JSON (never a 500,
 * never a hang), and once PostgreSQL is back the same server serves again, without a restart. The one
 * test with a PostgreSQL of its own: the shared one cannot be stopped.
 */
class DatabaseOutagePostgresTest {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void anOutageIs503AndTheServerRecoversWithoutARestart() throws Exception {
    Path dir = Files.createTempDirectory("tminus-outage-pg");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EmbeddedPostgres pg = start(dir, port);
    DatabaseConfig config = new DatabaseConfig(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", null);
    try (Database db = Database.open(config, new Database.Settings(Duration.ofSeconds(2), Duration.ofSeconds(30)));
        Server server = Server.start(TestServer.config(), db)) {
      String origin = "http://127.0.0.1:" + server.port();
      assertThat(get(origin + "/health/ready").statusCode()).isEqualTo(200);
      assertThat(get(origin + "/2.3.0/config/orbits/").statusCode()).isEqualTo(200);

      pg.close();
      HttpResponse<String> ready = get(origin + "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).isEqualTo("{\"status\":\"unavailable\",\"database\":\"down\"}");
      assertThat(get(origin + "/health/live").statusCode()).isEqualTo(200);
      // A search never asked before: neither its page nor its count can come from the render cache.
      HttpResponse<String> api = get(origin + "/2.3.0/events/?search=outage");
      assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
      assertThat(api.body()).isEqualTo("{\"detail\":\"The database is unavailable.\"}");
      pg = start(dir, port);
      // The pool replaces its broken connections as they are asked for; a probe polls, so does this,
      // each time with a new search, which only the database can answer.
      HttpResponse<String> again = get(origin + "/2.3.0/events/?search=back0");
      HttpResponse<String> readyAgain = get(origin + "/health/ready");
      for (int i = 1; i <= 40 && (again.statusCode() != 200 || readyAgain.statusCode() != 200); i++) {
        Thread.sleep(250);
        again = get(origin + "/2.3.0/events/?search=back" + i);
        readyAgain = get(origin + "/health/ready");
      }
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      assertThat(again.body()).startsWith("{\"count\":0,");
      assertThat(readyAgain.statusCode()).isEqualTo(200);
    } finally {
      pg.close();
    }
  }

  private static EmbeddedPostgres start(Path dir, int port) throws java.io.IOException {
    return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
