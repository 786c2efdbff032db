package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.access.ApiKeys;
import dev.tminus.access.Policy;
import dev.tminus.cache.RenderCache;
import dev.tminus.db.Database;
import dev.tminus.support.EventFixture;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tminus instances on one PostgreSQL, each with its own connection pool, render cache and
 * throttle, as two processes would have them: what is written through one is served by the other
 * without a restart (at once, through PostgreSQL's notices), and a client's requests count on both.
 */
class SharedInstancesPostgresTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Policy POLICY = Policy.throttling("anon=3/hour,key=2/hour", 0);
  private TestServer a;
  private Database bDatabase;
  private Server b;

  @BeforeEach
  void start() {
    a = TestServer.start(TestDatabase.POSTGRES, c -> c.withAccess(POLICY));
    bDatabase = Database.open(a.config);
    // B polls the data version only hourly: what makes it see A's writes sooner is PostgreSQL's notice.
    Server.Caching hourly = new Server.Caching(new RenderCache.Settings(true, 64, Duration.ofHours(1)), 0);
    b = Server.start(TestServer.config().withClock(a.clock).withAccess(POLICY).withCaching(hourly), bDatabase);
  }

  @AfterEach
  void stop() {
    b.close();
    bDatabase.close();
    a.close();
  }

  private HttpResponse<String> onB(String path, String... headers) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.port() + path));
    if (headers.length > 0) r.headers(headers);
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anImportThroughOneInstanceIsServedByTheOtherAsSoonAsItsNoticeArrives() throws Exception {
    heard(0); // B is listening
    // Three requests in all: the anonymous rate of this server.
    assertThat(onB("/2.3.0/events/").body()).as("now cached on B").contains("\"count\":0");
    long before = bDatabase.commits().committed();
    a.importEvents(List.of(EventFixture.event(1).build(), EventFixture.event(2).build()));
    heard(before);
    assertThat(onB("/2.3.0/events/").body()).contains("\"count\":2");
    assertThat(onB("/2.3.0/events/2/").statusCode()).isEqualTo(200);
  }

  /** Waits until B has heard of a write after {@code count} of them (a guard against hanging, not a measure). */
  private void heard(long count) throws InterruptedException {
    for (int i = 0; i < 600 && bDatabase.commits().committed() <= count; i++) Thread.sleep(50);
    assertThat(bDatabase.commits().committed()).as("B heard of the write").isGreaterThan(count);
  }

  @Test
  void aClientOverItsLimitOnOneInstanceIsThrottledOnTheOther() throws Exception {
    assertThat(a.get("/2.3.0/events/").status()).isEqualTo(200);
    assertThat(onB("/2.3.0/events/").statusCode()).isEqualTo(200);
    assertThat(a.get("/2.3.0/events/").status()).isEqualTo(200);
    HttpResponse<String> refused = onB("/2.3.0/events/");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).contains("3600");
    assertThat(a.get("/2.3.0/events/").status()).isEqualTo(429);
    assertThat(onB("/2.3.0/api-throttle/").body()).contains("\"current_use\":3");
  }

  @Test
  void keysCreatedOrRevokedThroughOneDatabaseAreKnownToBothAtOnce() throws Exception {
    ApiKeys keys = new ApiKeys(a.database.dsl());
    String token = "Token " + keys.create("shared", null, Instant.now()).token();
    assertThat(onB("/2.3.0/events/", "Authorization", token).statusCode()).isEqualTo(200);
    assertThat(a.get("/2.3.0/api-throttle/").json().get("current_use").asInt()).as("anonymous: not the key's").isZero();
    assertThat(a.send(HttpRequest.newBuilder(URI.create(a.origin() + "/2.3.0/events/")).header("Authorization", token)
        .build()).status()).isEqualTo(200);
    assertThat(onB("/2.3.0/events/", "Authorization", token).statusCode()).as("key=2/hour, spent on A and B")
        .isEqualTo(429);
    keys.revoke("shared");
    assertThat(onB("/2.3.0/events/", "Authorization", token).statusCode()).isEqualTo(401);
  }
}
