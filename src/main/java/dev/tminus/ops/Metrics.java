package dev.tminus.ops;

import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The numbers {@code /metrics} shows, in Prometheus' text format, through Micrometer. Labels are
 * route templates ({@code /2.3.0/events/{id}/}), methods, statuses and fixed words: never a path as
 * sent, a query, a client or a key, so that the number of series stays bounded.
 *
 * <ul>
 *   <li>{@code http_server_requests_seconds} (histogram): every request by {@code method}, {@code route}
 *       ({@code unmatched} for unknown paths, {@code rejected} for those refused before routing) and
 *       {@code status};
 *   <li>{@code tminus_throttled_requests_total{scope}}: requests refused with 429;
 *   <li>{@code hikaricp_connections…}: the pool's active, idle, pending, total and max connections;
 *   <li>{@code cache_gets_total{cache="render",result="hit"|"miss"}}, {@code cache_evictions_total},
 *       {@code cache_size} and {@code cache_weight…}: the render cache (Micrometer's Caffeine metrics);
 *   <li>with {@code serve --mirror-from}: {@code tminus_mirror_runs_total{result}},
 *       {@code tminus_mirror_last_success_seconds} (Unix time of the last successful run, as recorded
 *       in the database, so any instance on it shows it), {@code tminus_mirror_lag_seconds} (how long
 *       ago that was) and {@code tminus_imported_rows_total{collection,change}} (rows the mirror
 *       created, updated and deleted);
 *   <li>the JVM's memory, GC, threads, CPU and uptime.
 * </ul>
 */
public final class Metrics {
  private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
      Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
      Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
      Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public Metrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** Everything, in Prometheus' text exposition format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  /** One request, answered with {@code status} after {@code nanos}; {@code route} is its template. */
  public void request(String method, String route, int status, long nanos) {
    Timer.builder("http.server.requests").description("HTTP requests by route template, method and status")
        .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
        .serviceLevelObjectives(BUCKETS)
        .register(registry).record(Duration.ofNanos(nanos));
  }

  /** A request refused with 429, by its client's scope ({@code anon} or {@code key}). */
  public void throttled(String scope) {
    Counter.builder("tminus.throttled.requests").description("Requests refused with 429 by the throttle")
        .tag("scope", scope).register(registry).increment();
  }

  /**
   * The mirror's gauges: {@code lastSuccess} is read at each scrape (null before the first success, or
   * when the database cannot say: then the gauges show NaN).
   */
  public void bindMirror(Supplier<Instant> lastSuccess, Clock clock) {
    Gauge.builder("tminus.mirror.last.success", () -> {
      Instant t = lastSuccess.get();
      return t == null ? Double.NaN : t.toEpochMilli() / 1000.0;
    }).baseUnit("seconds").description("Unix time of the mirror's last successful run").register(registry);
    Gauge.builder("tminus.mirror.lag", () -> {
      Instant t = lastSuccess.get();
      return t == null ? Double.NaN : Duration.between(t, clock.instant()).toMillis() / 1000.0;
    }).baseUnit("seconds").description("Seconds since the mirror's last successful run").register(registry);
  }

  /** One mirror run, {@code success} or {@code failure}. */
  public void mirrorRun(String result) {
    Counter.builder("tminus.mirror.runs").description("Mirror runs by result").tag("result", result)
        .register(registry).increment();
  }

  /** Rows a write (a mirror run) made in {@code collection}: {@code change} is created, updated or deleted. */
  public void importedRows(String collection, String change, long rows) {
    Counter.builder("tminus.imported.rows").description("Rows written by imports in this process, by collection and change")
        .tag("collection", collection).tag("change", change).register(registry).increment(rows);
  }

  /** The connection pool's gauges, under the names of HikariCP's own Micrometer tracker. */
  public void bindPool(String pool, Supplier<HikariPoolMXBean> bean, int max) {
    gauge("hikaricp.connections.active", pool, bean, HikariPoolMXBean::getActiveConnections, "Connections in use");
    gauge("hikaricp.connections.idle", pool, bean, HikariPoolMXBean::getIdleConnections, "Idle connections");
    gauge("hikaricp.connections.pending", pool, bean, HikariPoolMXBean::getThreadsAwaitingConnection,
        "Threads waiting for a connection");
    gauge("hikaricp.connections", pool, bean, HikariPoolMXBean::getTotalConnections, "Open connections");
    Gauge.builder("hikaricp.connections.max", () -> max).tag("pool", pool).description("Most connections the pool opens")
        .register(registry);
  }

  private void gauge(String name, String pool, Supplier<HikariPoolMXBean> bean,
      java.util.function.ToIntFunction<HikariPoolMXBean> value, String description) {
    Gauge.builder(name, () -> {
      HikariPoolMXBean b = bean.get();
      return b == null ? Double.NaN : value.applyAsInt(b);
    }).tag("pool", pool).description(description).register(registry);
  }
}
