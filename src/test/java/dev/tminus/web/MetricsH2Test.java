package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tminus.ops.AccessLog;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code /metrics}, the access log and the health probes on a real server. */
class MetricsH2Test {
  @Test
  void metricsCountRequestsByRouteTemplateAndShowThePool() {
    try (TestServer server = TestServer.start(TestDatabase.H2)) {
      server.get("/2.3.0/events/987654/");
      server.get("/2.3.0/events/987655/");
      server.get("/2.3.0/config/orbits/?limit=1");
      server.get("/no/such/path/");
      TestServer.Response m = server.get("/metrics");
      assertThat(m.status()).isEqualTo(200);
      assertThat(m.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
      assertThat(m.body()).contains("# TYPE hikaricp_connections_active gauge", "hikaricp_connections_max{pool=\"tminus\"}",
          "jvm_memory_used_bytes",
          "http_server_requests_seconds_count{method=\"GET\",route=\"/2.3.0/events/{id}/\",status=\"404\"} 2",
          "http_server_requests_seconds_count{method=\"GET\",route=\"/2.3.0/config/orbits/\",status=\"200\"} 1",
          "http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"} 1",
          "http_server_requests_seconds_bucket{method=\"GET\",route=\"/2.3.0/config/orbits/\",status=\"200\",le=\"30.0\"} 1");
      // A path as sent (987654) is never a label: series stay bounded.
      assertThat(m.body()).doesNotContain("987654");
    }
  }

  @Test
  void metricsShowTheRenderCachesHitsAndMisses() {
    try (TestServer server = TestServer.start(TestDatabase.H2)) {
      server.get("/2.3.0/config/orbits/?limit=2");
      String before = server.get("/metrics").body();
      server.get("/2.3.0/config/orbits/?limit=2"); // the same response again: served from the cache
      String after = server.get("/metrics").body();
      assertThat(count(after, "hit")).isGreaterThan(count(before, "hit"));
      assertThat(count(before, "miss")).isGreaterThan(0);
      assertThat(after).contains("cache_size{cache=\"render\"}", "cache_evictions_total{cache=\"render\"}");
    }
  }

  private static double count(String metrics, String result) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^cache_gets_total\\{cache=\"render\",result=\"" + result + "\"\\} (\\S+)$").matcher(metrics);
    assertThat(m.find()).as("cache_gets_total of %s in %s", result, metrics).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void probesTellLivenessFromReadiness() {
    try (TestServer server = TestServer.start(TestDatabase.H2)) {
      assertThat(server.get("/health/live").body()).isEqualTo("{\"status\":\"ok\"}");
      TestServer.Response ready = server.get("/health/ready");
      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\"}");
    }
  }

  @Test
  void accessLogWritesOneLinePerRequestWithoutCredentials() {
    Logger logger = (Logger) LoggerFactory.getLogger("tminus.access");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    try (TestServer server = TestServer.start(TestDatabase.H2, c -> c.withAccessLog(AccessLog.Format.JSON))) {
      server.get("/2.3.0/config/orbits/?limit=1&token=s3cret&api_key=k3y");
      server.get("/2.3.0/events/987654/");
    } finally {
      logger.detachAppender(lines);
    }
    List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(logged).hasSize(2);
    assertThat(logged.get(0)).startsWith("{\"time\":\"")
        .contains("\"client\":\"127.0.0.1\",\"method\":\"GET\","
            + "\"path\":\"/2.3.0/config/orbits/?limit=1&token=REDACTED&api_key=REDACTED\",\"protocol\":\"HTTP/1.1\","
            + "\"status\":200,\"bytes\":")
        .doesNotContain("\"bytes\":0,")
        .doesNotContain("s3cret", "k3y");
    assertThat(logged.get(1)).contains("\"path\":\"/2.3.0/events/987654/\"", "\"status\":404");
  }

  @Test
  void commonFormatIsTheCommonLogFormatWithTheDuration() {
    AccessLog log = new AccessLog(AccessLog.Format.COMMON);
    String line = log.line(new AccessLog.Entry(java.time.Instant.parse("2026-12-03T08:00:00Z"), "10.0.0.7", "GET",
        "/2.3.0/events/?search=\"x\"&password=p", "HTTP/1.1", 200, 5120, 1500));
    assertThat(line).isEqualTo("10.0.0.7 - - [03/Dec/2026:08:00:00 +0000] \"GET /2.3.0/events/?search=\\x22x\\x22"
        + "&password=REDACTED HTTP/1.1\" 200 5120 1.500");
    assertThat(AccessLog.Format.parse("off")).isEqualTo(AccessLog.Format.OFF);
  }
}
