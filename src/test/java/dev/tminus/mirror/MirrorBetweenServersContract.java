package dev.tminus.mirror;

import static dev.tminus.db.schema.Tables.EVENT;
import static dev.tminus.db.schema.Tables.LANDING_LOCATION;
import static dev.tminus.db.schema.Tables.LOCATION;
import static dev.tminus.db.schema.Tables.MISSION_TYPE;
import static dev.tminus.db.schema.Tables.PAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.db.DataVersion;
import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.generate.Worlds;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.support.CrewFixture;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One tminus mirrors another over real HTTP, every served resource: full, incremental after changes
 * (events from their mark, the rest whole), {@code --full} after deletions; and a mirror state of
 * before V7 (one mark per upstream) continues incrementally.
 */
abstract class MirrorBetweenServersContract {
  private static final String LOCATION_ON_MARS = "202"; // the world's Jezero Crater: one pad, one landing location
  private TestServer upstream;
  private TestServer copy;
  private final Mirrors mirrors = new Mirrors();

  abstract TestDatabase database();

  @BeforeEach
  void start() throws Exception {
    upstream = TestServer.start(database());
    copy = TestServer.start(database());
    Worlds.fill(upstream, 0, 5); // every collection but events, whose own fixture follows
    upstream.importEvents(MirrorFixture.events(150));
  }

  @AfterEach
  void stop() {
    upstream.close();
    copy.close();
  }

  @Test
  void mirrorsEveryResourceFullyThenIncrementallyThenDeletesWithFull() throws Exception {
    Mirror.Summary first = mirror(false);
    assertThat(first.resources()).hasSize(Resources.ALL.size()).allMatch(Mirror.Copied::served);
    assertThat(first.of("events").created()).isEqualTo(150);
    assertThat(first.of("events").highWaterMark()).isEqualTo(MirrorFixture.events(150).get(149).lastUpdated());
    assertThat(first.of("config/orbits").highWaterMark()).as("a resource copied whole has no mark").isNull();
    assertThat(first.of("pads").objects()).isEqualTo(upstream.get("/2.3.0/pads/").json().get("count").asInt());
    assertSameResponses(150);

    Instant later = Instant.parse("2025-06-01T00:00:00Z");
    upstream.importEvents(List.of(MirrorFixture.event(3, later, "Renamed 3"), MirrorFixture.event(120, later, "Renamed 120"),
        MirrorFixture.event(151, later.plusSeconds(1), "Event 151")));
    upstream.importJson("config/orbits", "[{\"id\": 8, \"name\": \"Low Earth Orbit (renamed)\", \"abbrev\": \"LEO\","
        + " \"celestial_body\": {\"response_mode\": \"list\", \"id\": 1, \"name\": \"Earth\"}}]");
    Mirror.Summary second = mirror(false);
    // Only what changed travels (plus the boundary event, as last_updated__gte is inclusive).
    assertThat(second.of("events").created()).isEqualTo(1);
    assertThat(second.of("events").objects()).isLessThanOrEqualTo(4);
    assertThat(second.of("events").pages()).isEqualTo(1);
    assertThat(second.of("events").highWaterMark()).isEqualTo(later.plusSeconds(1));
    // The others without a mark are listed whole again: as many calls as pages they took the first
    // time; those with one (events, launches) ask only for what changed since it.
    int wholePages = first.resources().stream().filter(c -> c.highWaterMark() == null).mapToInt(Mirror.Copied::pages).sum();
    int changedPages = second.resources().stream().filter(c -> c.highWaterMark() != null).mapToInt(Mirror.Copied::pages).sum();
    assertThat(first.of("launches").highWaterMark()).as("launches are mirrored by last_updated, as events").isNotNull();
    assertThat(second.calls()).isEqualTo(changedPages + wholePages);
    assertThat(copy.get("/2.3.0/config/orbits/8/").json().get("name").asText()).isEqualTo("Low Earth Orbit (renamed)");
    assertSameResponses(151);

    deleteUpstream();
    assertThat(mirror(false).deleted()).isZero();
    assertThat(copy.get("/2.3.0/events/7/").status()).isEqualTo(200);
    assertThat(copy.get("/2.3.0/locations/" + LOCATION_ON_MARS + "/").status()).isEqualTo(200);

    Mirror.Summary full = mirror(true);
    assertThat(full.of("events").deleted()).isEqualTo(1);
    assertThat(full.of("events").objects()).isEqualTo(150);
    assertThat(full.of("config/mission_types").deleted()).isEqualTo(1);
    assertThat(full.of("pads").deleted()).isEqualTo(1);
    assertThat(full.of("config/landing_locations").deleted()).isEqualTo(1);
    // Listed before pads, the location is still stood on when first tried; deleting its pad frees it.
    assertThat(full.of("locations").deleted()).isEqualTo(1);
    assertThat(full.of("locations").kept()).isZero();
    assertThat(copy.get("/2.3.0/events/7/").status()).isEqualTo(404);
    assertThat(copy.get("/2.3.0/locations/" + LOCATION_ON_MARS + "/").status()).isEqualTo(404);
    assertSameResponses(150);
  }

  @Test
  void mirrorsCrewedLaunchesWithTheirSpacecraftFlightsAndCrews() throws Exception {
    JsonNode sputnik = Json.MAPPER.readTree(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json").toFile());
    // The generated world has crewed launches of its own; the fixture adds two.
    int generatedCrewed = upstream.get("/2.3.0/launches/?is_crewed=true&limit=1").json().get("count").asInt();
    upstream.importJson("launches", Json.MAPPER.writeValueAsString(CrewFixture.launches(sputnik)));
    mirror(false);
    for (int n = 1; n <= 4; n++) {
      String path = "/2.3.0/launches/" + CrewFixture.uuid(n) + "/";
      String theirs = upstream.get(path).body().replace(upstream.origin(), "");
      assertThat(copy.get(path).body().replace(copy.origin(), "")).as(path).isEqualTo(theirs);
    }
    JsonNode crew7 = copy.get("/2.3.0/launches/" + CrewFixture.uuid(1) + "/").json();
    assertThat(crew7.at("/rocket/spacecraft_stage/0/launch_crew")).hasSize(4);
    assertThat(copy.get("/2.3.0/launches/?is_crewed=true").json().get("count").asInt()).isEqualTo(generatedCrewed + 2);
  }

  @Test
  void fullOfOneResourceKeepsWhatObjectsOfAnotherStillReferTo() throws Exception {
    mirror(false);
    deleteUpstream();
    Mirror.Summary locationsOnly = mirrors.to(copy.database, upstream.origin() + "/2.3.0/", Mirror.only(List.of("locations")))
        .run(true);
    assertThat(locationsOnly.resources()).hasSize(1);
    // Its pad was not listed, so it is still here and still stands on it.
    assertThat(locationsOnly.of("locations").deleted()).isZero();
    assertThat(locationsOnly.of("locations").kept()).isEqualTo(1);
    assertThat(copy.get("/2.3.0/locations/" + LOCATION_ON_MARS + "/").status()).isEqualTo(200);
    assertThat(mirrors.notes).anyMatch(n -> n.equals("locations: kept 1 the upstream no longer lists, as other objects "
        + "here still refer to them"));
  }

  @Test
  void anEventsMirrorOfBeforeV7ContinuesFromItsMarkAfterTheMigration() throws Exception {
    DatabaseConfig old = database().config();
    Instant mark = MirrorFixture.events(150).get(99).lastUpdated();
    String base = Upstream.normalize(upstream.origin() + "/2.3.0/");
    Flyway.configure().dataSource(old.jdbcUrl(), old.user(), old.password()).locations(migrations()).target("6").load()
        .migrate();
    try (Connection c = DriverManager.getConnection(old.jdbcUrl(), old.user(), old.password());
        PreparedStatement s = c.prepareStatement("insert into mirror_state (upstream, high_water_mark) values (?, ?)")) {
      s.setString(1, base);
      s.setTimestamp(2, Timestamp.from(mark));
      s.executeUpdate();
    }
    try (Database migrated = Database.open(old)) {
      assertThat(MirrorState.load(migrated.dsl(), base).marks()).containsExactly(java.util.Map.entry("events", mark));
      Mirror.Summary run = mirrors.to(migrated, base).run(false);
      long since = MirrorFixture.events(150).stream().map(EventEndpointDetailed::lastUpdated).filter(t -> !t.isBefore(mark))
          .count();
      assertThat(run.of("events").objects()).as("only events from the old mark on").isEqualTo((int) since).isLessThan(150);
      assertThat(run.of("events").highWaterMark()).isEqualTo(MirrorFixture.events(150).get(149).lastUpdated());
    }
  }

  private String[] migrations() {
    return database() == TestDatabase.POSTGRES
        ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"} : new String[] {"classpath:db/migration"};
  }

  /**
   * Like every writer, bump the data version: the upstream's render cache is invalidated by it.
   * Gone upstream: an event, an unreferenced config object, and the location on Mars with its pad
   * and landing location.
   */
  private void deleteUpstream() {
    upstream.database.dsl().transaction(tx -> {
      DataVersion.bump(tx.dsl());
      tx.dsl().deleteFrom(EVENT).where(EVENT.ID.eq(7)).execute();
      tx.dsl().deleteFrom(MISSION_TYPE).where(MISSION_TYPE.ID.eq(4)).execute();
      int mars = Integer.parseInt(LOCATION_ON_MARS);
      assertThat(tx.dsl().deleteFrom(LANDING_LOCATION).where(LANDING_LOCATION.LOCATION_ID.eq(mars)).execute()).isOne();
      assertThat(tx.dsl().deleteFrom(PAD).where(PAD.LOCATION_ID.eq(mars)).execute()).isOne();
      assertThat(tx.dsl().deleteFrom(LOCATION).where(LOCATION.ID.eq(mars)).execute()).isOne();
    });
  }

  private Mirror.Summary mirror(boolean full) throws MirrorException {
    return mirrors.to(copy.database, upstream.origin() + "/2.3.0/").run(full);
  }

  private void assertSameResponses(int expectedEvents) {
    List<String> paths = new ArrayList<>();
    paths.add("/2.3.0/events/previous/?agency__ids=2&limit=100");
    paths.add("/2.3.0/events/?search=renamed");
    for (int id : new int[] {1, 3, 6, 7, 50, 120, 151}) paths.add("/2.3.0/events/" + id + "/");
    for (String path : paths) {
      TestServer.Response theirs = upstream.get(path);
      TestServer.Response ours = copy.get(path);
      assertThat(ours.status()).as(path).isEqualTo(theirs.status());
      assertThat(ours.body()).as(path).isEqualTo(theirs.body().replace(upstream.origin(), copy.origin()));
    }
    SameApi.assertEveryResourceAlike(upstream, copy);
    assertThat(copy.get("/2.3.0/events/").json().get("count").asInt()).isEqualTo(expectedEvents);
  }
}
