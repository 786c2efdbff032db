package dev.tminus.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.access.ApiKeys;
import dev.tminus.access.Policy;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@code mirror --token KEY} from a tminus that throttles: the key's budget is spent, not the
 * address's, and its rate is high enough that the run is never refused.
 */
class MirrorWithKeyTest {
  @Test
  void mirrorsFromAThrottlingTminusWithAKey() throws Exception {
    Policy oneAnHourWithoutAKey = Policy.throttling("anon=1/hour,key=1000/hour", 0);
    try (TestServer upstream = TestServer.start(TestDatabase.H2, c -> c.withAccess(oneAnHourWithoutAKey));
        TestServer copy = TestServer.start(TestDatabase.H2)) {
      upstream.importEvents(MirrorFixture.events(150));
      String token = new ApiKeys(upstream.database.dsl()).create("mirror", null, Instant.now()).token();

      Mirror.Summary run = new Mirrors().to(copy.database, upstream.origin() + "/2.3.0/", token, Mirrors.FAST).run(false);

      assertThat(run.throttledSeconds()).isZero();
      assertThat(run.of("events").created()).isEqualTo(150);
      assertThat(copy.get("/2.3.0/events/").json().get("count").asInt()).isEqualTo(150);
      TestServer.Response keyBudget = upstream.send(HttpRequest.newBuilder(URI.create(upstream.origin()
          + "/2.3.0/api-throttle/")).header("Authorization", "Token " + token).build());
      assertThat(keyBudget.json().get("current_use").asInt()).as("every call, counted against the key")
          .isEqualTo(run.calls());
      assertThat(upstream.get("/2.3.0/api-throttle/").json().get("current_use").asInt()).as("none against the address")
          .isZero();
    }
  }
}
