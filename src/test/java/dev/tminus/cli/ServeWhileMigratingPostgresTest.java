package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.json.Json;
import dev.tminus.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code serve} whose migration cannot finish (another session holds Flyway's history table
 * locked) listens all the same: alive, not ready, and every API request a 503 that says why; once
 * the lock is gone it migrates and serves without a restart.
 */
class ServeWhileMigratingPostgresTest {
  @TempDir Path dir;

  @Test
  void listensAliveButNotReadyUntilItsDatabaseIsMigrated() throws Exception {
    DatabaseConfig config = TestDatabase.POSTGRES.config();
    Database.open(config).close();
    try (Connection lock = DriverManager.getConnection(config.url(), config.user(), config.password())) {
      lock.setAutoCommit(false);
      try (Statement s = lock.createStatement()) {
        s.execute("LOCK TABLE flyway_schema_history IN ACCESS EXCLUSIVE MODE");
      }
      try (ServeProcess serve = ServeProcess.start(dir, "serve", "--port", "0", "--access-log", "off",
          "--db-url", config.url(), "--db-user", config.user(), "--db-password", config.password())) {
        String origin = serve.await("serve listens", Pattern.compile(
            "(?m)^tminus listening on (http://127\\.0\\.0\\.1:\\d+)/, not ready yet: migrating the database$")).group(1);

        assertThat(ServeProcess.get(origin + "/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = ServeProcess.get(origin + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.headers().firstValue("Retry-After")).contains("5");
        assertThat(Json.MAPPER.readTree(ready.body()).toString())
            .isEqualTo("{\"status\":\"starting\",\"step\":\"migrating the database\"}");
        assertThat(ServeProcess.get(origin + "/health").statusCode()).isEqualTo(503);
        HttpResponse<String> events = ServeProcess.get(origin + "/2.3.0/events/");
        assertThat(events.statusCode()).isEqualTo(503);
        assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(Json.MAPPER.readTree(events.body()).get("detail").asText())
            .isEqualTo("The server is starting (migrating the database); try again shortly.");
        assertThat(serve.log()).doesNotContain("tminus serving");

        lock.commit();
        serve.await("serve is ready once migrated", Pattern.compile("(?m)^tminus serving "));
        assertThat(ServeProcess.get(origin + "/health/ready").statusCode()).isEqualTo(200);
        HttpResponse<String> served = ServeProcess.get(origin + "/2.3.0/events/");
        assertThat(served.statusCode()).isEqualTo(200);
        JsonNode page = Json.MAPPER.readTree(served.body());
        assertThat(page.get("count").asInt()).isZero();
      }
    }
  }
}
