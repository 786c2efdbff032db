package dev.tminus.mirror;

import static dev.tminus.db.schema.Tables.ORBIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.db.Database;
import dev.tminus.ingest.Importer;
import dev.tminus.resource.Resources;
import dev.tminus.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resource without a {@code last_updated__gte} filter (config/orbits) is listed whole through the
 * upstream's {@code next} links: a listing whose count changed under it deletes nothing, next links
 * that loop stop the run, and a collection the upstream lacks is skipped unless it is the first asked.
 */
class MirrorWholeListingTest {
  private ScriptedUpstream upstream;
  private Database database;
  private final Mirrors mirrors = new Mirrors();

  @BeforeEach
  void start() throws Exception {
    upstream = new ScriptedUpstream(MirrorFixture.events(5));
    database = TestDatabase.H2.open();
    new Importer(database).importStream("local", json("[" + orbit(1) + "," + orbit(2) + "," + orbit(3) + "," + orbit(9) + "]"),
        Resources.byCollection("config/orbits"), new Importer.Hooks() {});
  }

  @AfterEach
  void stop() throws Exception {
    upstream.close();
    database.close();
  }

  @Test
  void aListingWhoseCountChangedUnderItDeletesNothingOfItWithFull() throws Exception {
    // Page 1 says three orbits; by page 2 one has gone: offsets shifted, so page 2 may have skipped one.
    upstream.serve("/2.3.0/config/orbits/", url -> url.queryParameter("offset") == null
        ? page(3, next(url, 2), orbit(1), orbit(2)) : page(2, null, orbit(3)));
    Mirror.Summary shifted = orbitsAndEvents().run(true);
    assertThat(shifted.of("config/orbits").pages()).isEqualTo(2);
    assertThat(shifted.of("config/orbits").deleted()).isZero();
    assertThat(orbits()).containsExactly(1, 2, 3, 9);
    assertThat(mirrors.notes).contains("config/orbits: the upstream changed while it was listed; nothing of it deleted this run");

    upstream.serve("/2.3.0/config/orbits/", url -> url.queryParameter("offset") == null
        ? page(3, next(url, 2), orbit(1), orbit(2)) : page(3, null, orbit(3)));
    Mirror.Summary steady = orbitsAndEvents().run(true);
    assertThat(steady.of("config/orbits").deleted()).isEqualTo(1);
    assertThat(orbits()).containsExactly(1, 2, 3);
  }

  @Test
  void nextLinksThatGoRoundInACircleStopTheRun() {
    upstream.serve("/2.3.0/config/orbits/", url -> url.queryParameter("offset") == null
        ? page(3, next(url, 2), orbit(1), orbit(2)) : page(3, url.newBuilder().removeAllQueryParameters("offset").build()
            .toString(), orbit(3)));
    assertThatThrownBy(() -> orbitsAndEvents().run(false)).isInstanceOf(MirrorException.BadPage.class)
        .hasMessageContaining("go round in a circle");
  }

  @Test
  void aCollectionTheUpstreamLacksIsSkippedUnlessItIsTheFirstAsked() throws Exception {
    Mirror.Summary run = orbitsAndEvents().run(false);
    assertThat(run.of("events").objects()).isEqualTo(5);
    assertThat(run.of("config/orbits").served()).isFalse();
    assertThat(mirrors.notes).contains("config/orbits: the upstream does not serve it (HTTP 404); skipped");
    assertThatThrownBy(() -> mirrors.to(database, upstream.base(), Mirror.only(List.of("config/orbits"))).run(false))
        .isInstanceOf(MirrorException.Refused.class).hasMessageContaining("--from must be the API root");
  }

  @Test
  void aResourceWithoutModesIsAskedWithoutModeAndTheOthersInTheirRichest() throws Exception {
    upstream.serve("/2.3.0/config/orbits/", url -> page(4, null, orbit(1), orbit(2), orbit(3), orbit(9)));
    orbitsAndEvents().run(false);
    assertThat(upstream.requests.stream().map(r -> r.getPath()).toList())
        .contains("/2.3.0/config/orbits/?limit=100", "/2.3.0/events/?mode=detailed&limit=100&ordering=last_updated");
  }

  private Mirror orbitsAndEvents() {
    return mirrors.to(database, upstream.base(), Mirror.only(List.of("events", "config/orbits")));
  }

  private List<Integer> orbits() {
    return database.dsl().select(ORBIT.ID).from(ORBIT).orderBy(ORBIT.ID).fetch(ORBIT.ID);
  }

  private static String next(HttpUrl url, int offset) {
    return url.newBuilder().setQueryParameter("offset", Integer.toString(offset)).build().toString();
  }

  private static String page(int count, String next, String... results) {
    return "{\"count\": " + count + ", \"next\": " + (next == null ? "null" : "\"" + next + "\"")
        + ", \"previous\": null, \"results\": [" + String.join(",", results) + "]}";
  }

  private static String orbit(int id) {
    return "{\"id\": " + id + ", \"name\": \"Orbit " + id + "\", \"abbrev\": \"O" + id + "\", \"celestial_body\": "
        + "{\"response_mode\": \"list\", \"id\": 1, \"name\": \"Earth\"}}";
  }

  private static ByteArrayInputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
