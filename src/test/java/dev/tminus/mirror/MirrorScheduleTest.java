package dev.tminus.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.db.Database;
import dev.tminus.json.Json;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.web.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** {@code serve --mirror-from … --mirror-every …}: the copy keeps up, and /health tells how the syncs go. */
class MirrorScheduleTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void keepsTheCopyFreshAndReportsLastSyncAndLastErrorInHealth() throws Exception {
    Mirror.Settings settings = new Mirror.Settings(0, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(5),
        Duration.ofSeconds(5));
    try (ScriptedUpstream upstream = new ScriptedUpstream(MirrorFixture.events(5));
        Database db = TestDatabase.H2.open()) {
      // Wired as ServeCommand wires it.
      Server server = Server.start(TestServer.config()
          .withHealthDetails(() -> Map.of("mirror", MirrorState.health(db, upstream.base()))), db);
      try (MirrorSchedule schedule = MirrorSchedule.start(db, upstream.base(), null, Duration.ofMillis(200), settings,
          server.metrics())) {
        String origin = "http://127.0.0.1:" + server.port();
        JsonNode health = await(origin + "/health", h -> !h.at("/mirror/last_success").isNull());
        assertThat(health.at("/mirror/upstream").asText()).isEqualTo(Upstream.normalize(upstream.base()));
        assertThat(health.at("/mirror/last_error").isNull()).isTrue();
        // One mark per collection copied incrementally; the scripted upstream's events are all it has.
        String mark = MirrorFixture.events(5).get(4).lastUpdated().toString();
        assertThat(health.at("/mirror/high_water_marks").toString()).isEqualTo("{\"events\":\"" + mark + "\"}");
        assertThat(health.at("/mirror/high_water_mark").asText()).isEqualTo(mark);
        // A run is counted just after its success is recorded: wait for it rather than race it.
        String metrics = awaitMetric(origin, "tminus_mirror_runs_total{result=\"success\"}");
        assertThat(metrics).contains("tminus_imported_rows_total{change=\"created\",collection=\"events\"} 5.0")
            .containsPattern("(?m)^tminus_mirror_last_success_seconds [0-9.E]+$")
            .containsPattern("(?m)^tminus_mirror_lag_seconds [0-9.E]+$");

        upstream.put(List.of(MirrorFixture.event(6, MirrorFixture.BASE.plusSeconds(86_400), "New")));
        await(origin + "/2.3.0/events/?id=6", page -> page.get("count").asInt() == 1);

        for (int i = 0; i < 3; i++) upstream.fault(page -> new MockResponse().setResponseCode(503));
        health = await(origin + "/health", h -> h.at("/mirror/last_error").asText().contains("HTTP 503"));
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.at("/mirror/last_error_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        awaitMetric(origin, "tminus_mirror_runs_total{result=\"failure\"}");
      } finally {
        server.close();
      }
    }
  }

  private static String awaitMetric(String origin, String line) throws Exception {
    return awaitBody(origin + "/metrics", metrics -> metrics.contains(line));
  }

  private static JsonNode await(String url, Predicate<JsonNode> ready) throws Exception {
    return json(awaitBody(url, body -> ready.test(json(body))));
  }

  private static String awaitBody(String url, Predicate<String> ready) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String body = null;
    while (System.nanoTime() < deadline) {
      body = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
      if (ready.test(body)) return body;
      Thread.sleep(50);
    }
    throw new AssertionError("not ready in 30 s: " + url + " -> " + body);
  }

  private static JsonNode json(String body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
