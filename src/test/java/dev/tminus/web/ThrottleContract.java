package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.access.ApiKeys;
import dev.tminus.access.Policy;
import dev.tminus.access.Rate;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code serve --throttle anon=3/hour,key=2/minute --trust-proxy} through real HTTP: DRF's sliding
 * window, its 429 and wait, keys by {@code Authorization: Token}, DRF's 401s, and
 * {@code /api-throttle/} telling the truth without counting. Each test is its own client (its own
 * {@code X-Forwarded-For} address, or key), so they share one server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ThrottleContract {
  static final Policy POLICY = Policy.throttling("anon=3/hour,key=2/minute", 1);
  private static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");
  private static final String THROTTLE = "/2.3.0/api-throttle/";
  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() {
    server = TestServer.start(database(), c -> c.withAccess(POLICY));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private TestServer.Response send(String method, String path, String from, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.origin() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).header("X-Forwarded-For", from);
    if (headers.length > 0) b.headers(headers);
    return server.send(b.build());
  }

  private TestServer.Response get(String path, String from, String... headers) {
    return send("GET", path, from, headers);
  }

  private void at(long secondsAfterT0) {
    server.clock.set(T0.plusSeconds(secondsAfterT0));
  }

  @Test
  void behindATrustedProxyUrlsTakeTheSchemeOfXForwardedProto() {
    String me = "203.0.113.77";
    String https = server.origin().replaceFirst("^http:", "https:");
    TestServer.Response root = get("/2.3.0/", me, "X-Forwarded-Proto", "https");
    assertThat(root.status()).isEqualTo(200);
    assertThat(root.json().get("events").asText()).isEqualTo(https + "/2.3.0/events/");
    // The first value counts (the proxy nearest the client); anything but http or https is ignored.
    assertThat(get("/2.3.0/", me, "X-Forwarded-Proto", "HTTPS, http").json().get("events").asText())
        .isEqualTo(https + "/2.3.0/events/");
    assertThat(get("/2.3.0/", me, "X-Forwarded-Proto", "gopher").json().get("events").asText())
        .isEqualTo(server.origin() + "/2.3.0/events/");
  }

  @Test
  void anAnonymousClientOverItsRateGetsDrfs429WithTheWaitOfItsOldestRequest() {
    String me = "203.0.113.1";
    for (int s : new int[] {0, 10, 20}) {
      at(s);
      assertThat(get("/2.3.0/events/", me).status()).isEqualTo(200);
    }
    at(30);
    TestServer.Response refused = get("/2.3.0/events/", me);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body()).isEqualTo("{\"detail\":\"Request was throttled. Expected available in 3570 seconds.\"}");
    assertThat(refused.headers().firstValue("Retry-After")).contains("3570");
    assertThat(get(THROTTLE, me).body()).isEqualTo("{\"your_request_limit\":3,\"limit_frequency_secs\":3600,"
        + "\"current_use\":3,\"next_use_secs\":3570,\"ident\":\"" + me + "\"}");
    // A refused request is not recorded: once the first ages out (exactly an hour later), one more fits.
    at(3600);
    assertThat(get("/2.3.0/events/", me).status()).isEqualTo(200);
    TestServer.Response again = get("/2.3.0/config/orbits/", me);
    assertThat(again.status()).isEqualTo(429);
    assertThat(again.body()).contains("Expected available in 10 seconds.");
  }

  @Test
  void everyMethodAndFormatOfAnApiViewCountsButApiThrottleNever() {
    String me = "203.0.113.2";
    at(0);
    for (int i = 0; i < 5; i++) assertThat(get(THROTTLE, me).json().get("current_use").asInt()).isZero();
    assertThat(get("/2.3.0/events/?format=api", me).status()).as("browsable page").isEqualTo(200);
    assertThat(send("OPTIONS", "/2.3.0/pads/", me).status()).isEqualTo(200);
    assertThat(send("POST", "/2.3.0/", me).status()).as("DRF throttles before dispatching").isEqualTo(405);
    assertThat(get(THROTTLE, me).json().get("current_use").asInt()).isEqualTo(3);
    assertThat(send("HEAD", "/2.3.0/events/", me).status()).isEqualTo(429);
    TestServer.Response page = get("/2.3.0/events/?format=api", me);
    assertThat(page.status()).isEqualTo(429);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("Request was throttled. Expected available in 3600 seconds.");
    assertThat(dev.tminus.support.BrowsableText.of(page.body()).meta()).startsWith("HTTP 429 Too Many Requests");
    // What is not an API view is neither counted nor refused.
    assertThat(get("/2.3.0/nowhere/", me).status()).isEqualTo(404);
    assertThat(get("/2.3.0/events", me).status()).isEqualTo(301);
    assertThat(get("/health", me).status()).isEqualTo(200);
    assertThat(get("/2.3.0/schema/", me).status()).isEqualTo(200);
  }

  @Test
  void aKeySelectsItsRateAndIsCountedByKeyWhereverItComesFrom() {
    ApiKeys keys = new ApiKeys(server.database.dsl());
    String ci = "Token " + keys.create("ci", null, T0).token();
    String big = "Token " + keys.create("big", Rate.parse("5/hour"), T0).token();
    at(0);
    assertThat(get("/2.3.0/events/", "203.0.113.3", "Authorization", ci).status()).isEqualTo(200);
    at(1);
    assertThat(get("/2.3.0/events/", "203.0.113.4", "Authorization", ci).status()).isEqualTo(200);
    at(2);
    TestServer.Response refused = get("/2.3.0/events/", "203.0.113.5", "Authorization", ci);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).contains("58");
    assertThat(get(THROTTLE, "203.0.113.5", "Authorization", ci).body()).isEqualTo("{\"your_request_limit\":2,"
        + "\"limit_frequency_secs\":60,\"current_use\":2,\"next_use_secs\":58,\"ident\":\"ci\"}");
    assertThat(get("/2.3.0/events/", "203.0.113.5").status()).as("the address without the key").isEqualTo(200);
    assertThat(get(THROTTLE, "203.0.113.5", "Authorization", big).body()).isEqualTo("{\"your_request_limit\":5,"
        + "\"limit_frequency_secs\":3600,\"current_use\":0,\"next_use_secs\":0,\"ident\":\"big\"}");
  }

  @Test
  void anUnknownOrRevokedTokenIsDrfs401() {
    String me = "203.0.113.6";
    ApiKeys keys = new ApiKeys(server.database.dsl());
    String gone = "Token " + keys.create("gone", null, T0).token();
    assertThat(get("/2.3.0/events/", me, "Authorization", gone).status()).isEqualTo(200);
    assertThat(keys.revoke("gone")).isPresent();
    for (String auth : List.of(gone, "Token 0123456789abcdef0123456789abcdef01234567")) {
      for (String path : List.of("/2.3.0/events/", THROTTLE)) {
        TestServer.Response r = get(path, me, "Authorization", auth);
        assertThat(r.status()).as(path).isEqualTo(401);
        assertThat(r.body()).isEqualTo("{\"detail\":\"Invalid token.\"}");
        assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Token");
      }
    }
    assertThat(get("/2.3.0/events/", me, "Authorization", "Token").body())
        .isEqualTo("{\"detail\":\"Invalid token header. No credentials provided.\"}");
    assertThat(get(THROTTLE, me, "Authorization", "Bearer abc").json().get("ident").asText())
        .as("another scheme is left to other authenticators: anonymous").isEqualTo(me);
  }

  @Test
  void theClientIsTheAddressTheTrustedProxySaw() {
    TestServer.Response r = get(THROTTLE, "198.51.100.1, 203.0.113.7");
    assertThat(r.json().get("ident").asText()).isEqualTo("203.0.113.7");
  }

  @Test
  void concurrentRequestsOfOneClientNeverShareItsLastFreeRequest() throws Exception {
    String me = "203.0.113.8";
    at(0);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 16; i++) statuses.add(pool.submit(() -> get("/2.3.0/config/orbits/", me).status()));
      List<Integer> got = new ArrayList<>();
      for (Future<Integer> s : statuses) got.add(s.get());
      assertThat(got).filteredOn(s -> s == 200).hasSize(3);
      assertThat(got).filteredOn(s -> s == 429).hasSize(13);
    } finally {
      pool.shutdown();
    }
  }
}
