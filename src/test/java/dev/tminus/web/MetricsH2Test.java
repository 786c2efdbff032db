package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import org.junit.jupiter.api.Test;

/** {@code /metrics} and the health probes on a real server. */
class MetricsH2Test {
  @Test
  void metricsShowThePoolInPrometheusFormatAndProbesAnswer() {
    try (TestServer server = TestServer.start(TestDatabase.H2)) {
      TestServer.Response m = server.get("/metrics");
      assertThat(m.status()).isEqualTo(200);
      assertThat(m.body()).contains("# TYPE hikaricp_connections_active gauge", "hikaricp_connections_max{pool=\"tminus\"}",
          "jvm_memory_used_bytes");
      assertThat(server.get("/health/live").body()).isEqualTo("{\"status\":\"ok\"}");
      TestServer.Response ready = server.get("/health/ready");
      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\"}");
    }
  }
}
