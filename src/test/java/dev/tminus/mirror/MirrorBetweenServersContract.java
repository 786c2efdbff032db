package dev.tminus.mirror;

import static dev.tminus.db.schema.Tables.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.DataVersion;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One tminus mirrors another over real HTTP: full, incremental after changes, --full after a deletion. */
abstract class MirrorBetweenServersContract {
  private TestServer upstream;
  private TestServer copy;
  private final Mirrors mirrors = new Mirrors();

  abstract TestDatabase database();

  @BeforeEach
  void start() {
    upstream = TestServer.start(database());
    copy = TestServer.start(database());
  }

  @AfterEach
  void stop() {
    upstream.close();
    copy.close();
  }

  @Test
  void mirrorsFullyThenIncrementallyThenDeletesWithFull() throws Exception {
    upstream.importEvents(MirrorFixture.events(150));

    Mirror.Summary first = mirror(false);
    assertThat(first.created()).isEqualTo(150);
    assertThat(first.highWaterMark()).isEqualTo(MirrorFixture.events(150).get(149).lastUpdated());
    assertSameResponses(150);

    Instant later = Instant.parse("2025-06-01T00:00:00Z");
    upstream.importEvents(List.of(MirrorFixture.event(3, later, "Renamed 3"), MirrorFixture.event(120, later, "Renamed 120"),
        MirrorFixture.event(151, later.plusSeconds(1), "Event 151")));
    Mirror.Summary second = mirror(false);
    // Only what changed travels (plus the boundary event, as last_updated__gte is inclusive).
    assertThat(second.created()).isEqualTo(1);
    assertThat(second.events()).isLessThanOrEqualTo(4);
    assertThat(second.calls()).isEqualTo(1);
    assertThat(second.highWaterMark()).isEqualTo(later.plusSeconds(1));
    assertSameResponses(151);

    // Like every writer, bump the data version: the upstream's render cache is invalidated by it.
    upstream.database.dsl().transaction(tx -> {
      DataVersion.bump(tx.dsl());
      tx.dsl().deleteFrom(EVENT).where(EVENT.ID.eq(7)).execute();
    });
    assertThat(mirror(false).deleted()).isZero();
    assertThat(copy.get("/2.3.0/events/7/").status()).isEqualTo(200);

    Mirror.Summary full = mirror(true);
    assertThat(full.deleted()).isEqualTo(1);
    assertThat(full.events()).isEqualTo(150);
    assertThat(copy.get("/2.3.0/events/7/").status()).isEqualTo(404);
    assertSameResponses(150);
  }

  private Mirror.Summary mirror(boolean full) throws MirrorException {
    return mirrors.to(copy.database, upstream.origin() + "/2.3.0/").run(full);
  }

  private void assertSameResponses(int expectedCount) {
    List<String> paths = new ArrayList<>();
    for (int offset = 0; offset < expectedCount; offset += 100) {
      paths.add("/2.3.0/events/?mode=detailed&limit=100&offset=" + offset);
      paths.add("/2.3.0/events/?limit=100&offset=" + offset + "&ordering=-last_updated");
      paths.add("/2.3.0/events/?mode=normal&limit=100&offset=" + offset + "&format=json");
    }
    paths.add("/2.3.0/events/previous/?agency__ids=2&limit=100");
    paths.add("/2.3.0/events/?search=renamed");
    for (int id : new int[] {1, 3, 6, 7, 50, 120, 151}) paths.add("/2.3.0/events/" + id + "/");
    for (String path : paths) {
      TestServer.Response theirs = upstream.get(path);
      TestServer.Response ours = copy.get(path);
      assertThat(ours.status()).as(path).isEqualTo(theirs.status());
      assertThat(ours.body()).as(path).isEqualTo(theirs.body().replace(upstream.origin(), copy.origin()));
    }
    assertThat(copy.get("/2.3.0/events/").json().get("count").asInt()).isEqualTo(expectedCount);
  }
}
