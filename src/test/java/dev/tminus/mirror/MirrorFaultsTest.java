package dev.tminus.mirror;

import static dev.tminus.db.schema.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.db.Database;
import dev.tminus.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scripted upstream that misbehaves the ways real ones do; the mirror copes, or stops saying why. */
class MirrorFaultsTest {
  private ScriptedUpstream upstream;
  private Database database;
  private final Mirrors mirrors = new Mirrors();

  @BeforeEach
  void start() throws Exception {
    upstream = new ScriptedUpstream(MirrorFixture.events(150));
    database = TestDatabase.H2.open();
  }

  @AfterEach
  void stop() throws Exception {
    upstream.close();
    database.close();
  }

  @Test
  void throttledRequestWaitsForRetryAfterAndContinues() throws Exception {
    upstream.fault(page -> drfThrottled(7).setHeader("Retry-After", "7"));
    Mirror.Summary summary = mirror().run(false);
    assertThat(mirrors.sleeps).containsExactly(Duration.ofSeconds(7));
    assertThat(mirrors.notes).anyMatch(n -> n.contains("waiting 7 s"));
    assertThat(summary.throttledSeconds()).isEqualTo(7);
    assertThat(events()).isEqualTo(150);
  }

  @Test
  void throttledWithoutRetryAfterReadsDrfsExpectedAvailableMessage() throws Exception {
    upstream.fault(page -> drfThrottled(12));
    mirror().run(false);
    assertThat(mirrors.sleeps).containsExactly(Duration.ofSeconds(12));
    assertThat(events()).isEqualTo(150);
  }

  @Test
  void serverErrorsAreRetriedWithExponentialBackoffAndJitter() throws Exception {
    upstream.fault(page -> new MockResponse().setResponseCode(500));
    upstream.fault(page -> new MockResponse().setResponseCode(502));
    upstream.fault(page -> new MockResponse().setResponseCode(503));
    Mirror.Summary summary = mirror().run(false);
    assertThat(summary.retries()).isEqualTo(3);
    assertThat(mirrors.sleeps).hasSize(3);
    for (int i = 0; i < 3; i++) {
      long full = Math.min(20L << i, 100); // Mirrors.FAST: base 20 ms, max 100 ms
      assertThat(mirrors.sleeps.get(i).toMillis()).isBetween(full / 2, full);
    }
    assertThat(events()).isEqualTo(150);
  }

  @Test
  void persistentFailureStopsWithAClearMessageAndIsRecorded() {
    for (int i = 0; i < 4; i++) upstream.fault(page -> new MockResponse().setResponseCode(500));
    assertThatThrownBy(() -> mirror().run(false)).isInstanceOf(MirrorException.Unreachable.class)
        .hasMessageContaining("/2.3.0/events/?mode=detailed&limit=100&ordering=last_updated")
        .hasMessageContaining("failed 4 times").hasMessageContaining("HTTP 500");
    assertThat(upstream.eventRequests()).hasSize(4);
    MirrorState state = MirrorState.load(database.dsl(), Upstream.normalize(upstream.base()));
    assertThat(state.lastError()).contains("HTTP 500");
    assertThat(state.lastErrorAt()).isNotNull();
    assertThat(state.lastSuccess()).isNull();
  }

  @Test
  void aSlowResponseTimesOutAndIsRetried() throws Exception {
    upstream.fault(page -> ok(page).setHeadersDelay(3, TimeUnit.SECONDS));
    upstream.fault(page -> ok(page).throttleBody(16 * 1024, 50, TimeUnit.MILLISECONDS)); // slow but in time
    Mirror.Settings impatient = new Mirror.Settings(3, Duration.ofMillis(10), Duration.ofMillis(10),
        Duration.ofMillis(1500), Duration.ZERO);
    Mirror.Summary summary = mirrors.to(database, upstream.base(), null, impatient).run(false);
    assertThat(summary.retries()).isEqualTo(1);
    assertThat(mirrors.notes).anyMatch(n -> n.contains("no complete answer within"));
    assertThat(events()).isEqualTo(150);
  }

  @Test
  void aConnectionResetMidPageIsRetriedAndWritesNothingTwice() throws Exception {
    upstream.fault(page -> ok(page).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    Mirror.Summary summary = mirror().run(false);
    assertThat(summary.retries()).isEqualTo(1);
    assertThat(summary.created()).isEqualTo(150);
    assertThat(events()).isEqualTo(150);
  }

  @Test
  void truncatedJsonStopsWithUrlAndPositionAndWritesNothingOfThatPage() throws Exception {
    upstream.fault(page -> ok(page)); // the first page is fine
    upstream.fault(page -> ok(page.substring(0, page.length() / 2)));
    assertThatThrownBy(() -> mirror().run(false)).isInstanceOf(MirrorException.BadPage.class)
        .hasMessageContaining(upstream.base() + "/events/?mode=detailed&limit=100&ordering=last_updated&last_updated__gte=")
        .hasMessageContaining("line 1, column").hasMessageContaining("at $.results")
        .hasMessageContaining("nothing of it was written");
    assertThat(events()).isEqualTo(100);
    Instant mark = MirrorState.load(database.dsl(), Upstream.normalize(upstream.base())).mark("events");
    assertThat(mark).isEqualTo(MirrorFixture.events(150).get(99).lastUpdated());

    int before = upstream.eventRequests().size();
    Mirror.Summary rerun = mirror().run(false);
    assertThat(upstream.eventRequests().get(before).getPath()).contains("last_updated__gte=" + mark);
    assertThat(rerun.created()).isEqualTo(50);
    assertThat(events()).isEqualTo(150);
  }

  @Test
  void somethingThatIsNotAPageStopsTheRun() {
    upstream.fault(page -> ok("[{\"id\": 1}]"));
    assertThatThrownBy(() -> mirror().run(false)).isInstanceOf(MirrorException.BadPage.class);
    upstream.fault(page -> ok("{\"detail\": \"Maintenance\"}"));
    assertThatThrownBy(() -> mirror().run(false)).isInstanceOf(MirrorException.BadPage.class)
        .hasMessageContaining("not an LL2 page");
    assertThat(events()).isZero();
  }

  @Test
  void theApiKeyIsSentAsTokenAndARefusedKeyStopsAtOnce() {
    upstream.fault(page -> new MockResponse().setResponseCode(401).setBody("{\"detail\":\"Invalid token.\"}"));
    assertThatThrownBy(() -> mirrors.to(database, upstream.base(), "s3cret", Mirrors.FAST).run(false))
        .isInstanceOf(MirrorException.Refused.class)
        .hasMessageContaining("HTTP 401 \"Invalid token.\"").hasMessageContaining("--token")
        .hasMessageNotContaining("s3cret");
    assertThat(upstream.eventRequests()).hasSize(1);
    assertThat(upstream.eventRequests().get(0).getHeader("Authorization")).isEqualTo("Token s3cret");
  }

  @Test
  void theThrottleStatusIsReadFirstAndTheBudgetAnnounced() throws Exception {
    upstream.throttleStatus("{\"your_request_limit\":15,\"limit_frequency_secs\":3600,\"current_use\":3,"
        + "\"next_use_secs\":0,\"ident\":\"203.0.113.9\"}");
    mirror().run(false);
    assertThat(upstream.requests.get(0).getPath()).isEqualTo("/2.3.0/api-throttle/");
    assertThat(mirrors.notes).anyMatch(n -> n.contains("allows 15 calls per 3600 s for 203.0.113.9; 3 used, so this run may spend 12"));
    assertThat(mirrors.notes).anyMatch(n -> n.contains("~10 upstream calls left"));
  }

  @Test
  void theThrottleStatusMayBeAnArrayAsTheOpenApiDocumentSays() throws Exception {
    upstream.throttleStatus("[{\"your_request_limit\":15,\"limit_frequency_secs\":3600,\"current_use\":15,\"next_use_secs\":60}]");
    mirror().run(false);
    assertThat(mirrors.notes).anyMatch(n -> n.contains("may spend 0 (next call possible in 60 s)"));
    assertThat(mirrors.notes).anyMatch(n -> n.contains("more than the 0 left"));
  }

  @Test
  void anEventUpdatedDuringTheRunIsNotSkipped() throws Exception {
    upstream.put(MirrorFixture.events(250));
    // Between pages 1 and 2, event 1 moves to the end: offset paging would now skip event 101.
    upstream.beforeEventRequest(2, () -> upstream.put(List.of(
        MirrorFixture.event(1, Instant.parse("2026-01-01T00:00:00Z"), "Moved to the end"))));
    mirror().run(false);
    assertThat(events()).isEqualTo(250);
    assertThat(database.dsl().select(EVENT.NAME).from(EVENT).where(EVENT.ID.eq(1)).fetchOne(EVENT.NAME)).isEqualTo("Moved to the end");
  }

  @Test
  void progressLinesCountEventsDoneOfTotal() throws Exception {
    Mirror.Summary summary = mirror().run(false);
    assertThat(mirrors.notes).anyMatch(n -> n.startsWith("mirror: 100/150 events"));
    // The scripted upstream serves events only: every other resource is a 404, skipped at the cost of a call.
    int others = Mirror.everything().size() - 1;
    assertThat(summary.toString()).startsWith("mirrored " + Upstream.normalize(upstream.base())
        + ": 150 objects of 1 resource (150 created, 1 updated), 0 deleted; " + others + " not served there; 2 pages, "
        + (2 + others) + " upstream calls");
    assertThat(summary.toString()).contains("; high-water mark events " + MirrorFixture.events(150).get(149).lastUpdated());
    // (the updated one is the boundary event: last_updated__gte is inclusive, so page 2 repeats it)
    assertThat(mirrors.notes).anyMatch(n -> n.equals("config/orbits: the upstream does not serve it (HTTP 404); skipped"));
  }

  private Mirror mirror() {
    return mirrors.to(database, upstream.base());
  }

  private int events() {
    return database.dsl().fetchCount(EVENT);
  }

  private static MockResponse ok(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private static MockResponse drfThrottled(int seconds) {
    return new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
        .setBody("{\"detail\":\"Request was throttled. Expected available in " + seconds + " seconds.\"}");
  }
}
