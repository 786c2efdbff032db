package dev.tminus.resource.launch;

import static dev.tminus.support.CrewFixture.crew7;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.json.Json;
import dev.tminus.support.CrewFixture;
import dev.tminus.support.Query;
import dev.tminus.support.SameJson;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A detailed launch's spacecraft flights ({@code rocket.spacecraft_stage}) with their spacecraft and
 * crews, through real HTTP: imported as LL2 writes them and served back key for key, in order; the
 * launches' filters and search over them; a re-import replacing a crew. The launches are
 * {@link CrewFixture#launches}: 1 Crew-7 (four crew on Endeavour), 2 CRS-29 (Dragon C211, no crew),
 * 3 no spacecraft, 4 two spacecraft (Freedom with two crew, Dragon C209 without); Crew-7's and
 * CRS-29's flights docked at the ISS (docking events 501, 502 and 503).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpacecraftFlightsContract {
  static final String LIST = "/2.3.0/launches/";

  /** The launches' filters over spacecraft flights; {@code LaunchesContract} counts them as queried. */
  static final List<Query> FILTERS = List.of(
      Query.of("is_crewed=true", 1, 4),
      Query.of("is_crewed=false", 2, 3),
      Query.of("rocket__spacecraftflight__spacecraft__id=1", 1),
      Query.of("rocket__spacecraftflight__spacecraft__id=4", 4),
      Query.of("rocket__spacecraftflight__spacecraft__name=Endeavour", 1),
      Query.of("rocket__spacecraftflight__spacecraft__name=Dragon%20C211", 2),
      // Both of launch 4's spacecraft match: the launch is listed, and counted, once.
      Query.of("rocket__spacecraftflight__spacecraft__name__icontains=o", 1, 2, 4),
      Query.of("rocket__spacecraftflight__spacecraft__name__icontains=FREE", 4),
      Query.of("spacecraft_config__ids=20", 2, 4),
      Query.of("spacecraft_config__ids=10,20", 1, 2, 4));

  static final List<Query> RULES = List.of(
      // django-filter's boolean widget: True/1 and False/0 too; anything else filters nothing.
      Query.of("is_crewed=True", 1, 4),
      Query.of("is_crewed=0", 2, 3),
      Query.of("is_crewed=maybe", 1, 2, 3, 4),
      Query.of("is_crewed=true&spacecraft_config__ids=20", 4),
      // exact is case-sensitive, as Django's exact on PostgreSQL
      Query.of("rocket__spacecraftflight__spacecraft__name=endeavour"),
      Query.of("rocket__spacecraftflight__spacecraft__id=99"),
      Query.of("spacecraft_config__ids=99"),
      Query.of("spacecraft_config__ids=", 1, 2, 3, 4),
      Query.of("search=endeavour", 1),
      Query.of("search=freedom", 4),
      Query.of("search=dragon%20c2", 2, 4));

  private TestServer server;
  private ObjectNode crew7Launch;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    JsonNode sputnik = Json.MAPPER.readTree(Files.readString(
        Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    List<ObjectNode> launches = CrewFixture.launches(sputnik);
    crew7Launch = launches.get(0);
    server = TestServer.start(database());
    server.importJson("launches", Json.MAPPER.writeValueAsString(launches));
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }


  @Test
  void aCrewedLaunchComesBackKeyForKeyInOrder() throws Exception {
    assertThat(UpstreamKeyOrder.load().mismatches("LaunchDetailed", crew7Launch)).as("the fixture is upstream's shape")
        .isEmpty();
    JsonNode ours = server.asUpstream(LIST + LaunchesContract.uuid(1) + "/");
    assertThat(SameJson.differences(ours, crew7Launch)).isEmpty();
    assertThat(ours.at("/rocket/spacecraft_stage/0/launch_crew")).hasSize(4);
    assertThat(ours.at("/rocket/spacecraft_stage/0/landing_crew/3/astronaut/name").asText()).isEqualTo("Konstantin Borisov");
    assertThat(server.asUpstream(LIST + "?mode=detailed&id=" + LaunchesContract.uuid(1)).at("/results/0")).isEqualTo(ours);
  }

  @Test
  void everyLaunchsRocketListsItsFlightsInIdOrder() throws Exception {
    JsonNode page = server.asUpstream(LIST + "?mode=detailed");
    assertThat(page.get("count").asInt()).isEqualTo(4);
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    for (JsonNode launch : page.get("results")) assertThat(upstream.mismatches("LaunchDetailed", launch)).isEmpty();
    JsonNode four = page.at("/results/3/rocket/spacecraft_stage");
    assertThat(List.of(four.at("/0/id").asInt(), four.at("/1/id").asInt())).containsExactly(13, 14);
    assertThat(four.at("/0/url").asText()).isEqualTo(CrewFixture.url("spacecraft/flights", 13));
    assertThat(four.at("/0/spacecraft/url").asText()).isEqualTo(CrewFixture.url("spacecraft", 3));
    assertThat(four.at("/0/launch_crew/1/astronaut/name").asText()).isEqualTo("Jasmin Moghbeli");
    assertThat(four.at("/1/launch_crew")).isEmpty();
    assertThat(page.at("/results/2/rocket/spacecraft_stage")).isEmpty();
  }

  static Stream<Query> filters() {
    return FILTERS.stream();
  }

  static Stream<Query> rules() {
    return RULES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void everySpacecraftFilterFilters(Query q) {
    assertThat(q.ids()).as("a query that some launches fail").isNotEqualTo(List.of(1, 2, 3, 4));
    q.assertAnswered(server, LIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void valuesAndSearchAreReadAsDjangoReadsThem(Query q) {
    q.assertAnswered(server, LIST);
  }

  @Test
  void upcomingAndPreviousFilterTheSame() {
    Query.of("is_crewed=true", 4, 1).assertAnswered(server, LIST + "previous/");
    Query.of("is_crewed=true").assertAnswered(server, LIST + "upcoming/");
  }

  @Test
  void badValuesAreNamedNever500() {
    Query.assertRejected(server, LIST, "rocket__spacecraftflight__spacecraft__id=x&spacecraft_config__ids=10,x",
        "{\"rocket__spacecraftflight__spacecraft__id\":[\"Enter a number.\"],\"spacecraft_config__ids\":[\"Enter a number.\"]}");
    Query.assertRejected(server, LIST, "spacecraft_config__ids=1.5.2",
        "{\"spacecraft_config__ids\":[\"Enter a number.\"]}");
    Query.assertRejected(server, LIST + LaunchesContract.uuid(1) + "/", "rocket__spacecraftflight__spacecraft__id=%00",
        "{\"rocket__spacecraftflight__spacecraft__id\":[\"Enter a number.\"]}");
    // A number too large for an id is a valid number that matches nothing.
    Query.of("rocket__spacecraftflight__spacecraft__id=99999999999999999999").assertAnswered(server, LIST);
    Query.of("rocket__spacecraftflight__spacecraft__name__icontains=%25_%5C").assertAnswered(server, LIST);
  }

  @Test
  void aReimportReplacesEachCrewWithoutDuplicates() throws Exception {
    String path = LIST + LaunchesContract.uuid(1) + "/";
    try {
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(crew7Launch)));
      assertThat(SameJson.differences(server.asUpstream(path), crew7Launch)).as("the same launch again").isEmpty();

      ObjectNode changed = crew7Launch.deepCopy();
      ObjectNode flight = (ObjectNode) changed.at("/rocket/spacecraft_stage/0");
      List<Object> three = crew7().subList(0, 3);
      flight.set("launch_crew", Json.MAPPER.valueToTree(three));
      flight.set("onboard_crew", Json.MAPPER.valueToTree(List.of(crew7().get(3))));
      flight.set("landing_crew", Json.MAPPER.valueToTree(List.of(crew7().get(1), crew7().get(0))));
      ((ObjectNode) flight.at("/launch_crew/2/role")).put("id", 2).put("role", "Pilot").put("priority", 2);
      ((ObjectNode) flight.at("/launch_crew/1/role")).put("id", 2).put("role", "Pilot").put("priority", 2);
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(changed)));
      JsonNode ours = server.asUpstream(path);
      assertThat(ours.at("/rocket/spacecraft_stage/0/launch_crew")).hasSize(3);
      assertThat(ours.at("/rocket/spacecraft_stage/0/launch_crew/2/role/role").asText()).isEqualTo("Pilot");
      assertThat(ours.at("/rocket/spacecraft_stage/0/onboard_crew/0/id").asInt()).isEqualTo(104);
      // A crew is listed by astronaut flight id, whatever order the import gave.
      assertThat(ours.at("/rocket/spacecraft_stage/0/landing_crew")).hasSize(2);
      assertThat(ours.at("/rocket/spacecraft_stage/0/landing_crew/0/id").asInt()).isEqualTo(101);
      flight.set("landing_crew", Json.MAPPER.valueToTree(List.of(crew7().get(0), crew7().get(1))));
      assertThat(SameJson.differences(ours, changed)).isEmpty();

      ObjectNode dropped = crew7Launch.deepCopy();
      ((ObjectNode) dropped.get("rocket")).set("spacecraft_stage", Json.MAPPER.createArrayNode());
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(dropped)));
      assertThat(server.asUpstream(path).at("/rocket/spacecraft_stage")).isEmpty();
      Query.of("is_crewed=true", 4).assertAnswered(server, LIST);
    } finally {
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(crew7Launch)));
    }
    assertThat(SameJson.differences(server.asUpstream(path), crew7Launch)).isEmpty();
    Query.of("is_crewed=true", 1, 4).assertAnswered(server, LIST);
  }

  @Test
  void aFlightsDockingEventsAreServedInIdOrderWithTheirStationAndPort() throws Exception {
    JsonNode crs29 = server.asUpstream(LIST + LaunchesContract.uuid(2) + "/").at("/rocket/spacecraft_stage/0/docking_events");
    assertThat(crs29).hasSize(2);
    assertThat(crs29.at("/0/id").asInt()).isEqualTo(502);
    assertThat(crs29.at("/0/url").asText()).isEqualTo(CrewFixture.url("docking_events", 502));
    assertThat(crs29.at("/0/docking_location/name").asText()).isEqualTo("Harmony Forward");
    assertThat(crs29.at("/0/space_station_target/url").asText()).isEqualTo(CrewFixture.url("space_stations", 4));
    assertThat(crs29.at("/1/departure").isNull()).isTrue();
    assertThat(crs29.at("/1/flight_vehicle_target").isNull()).isTrue();
    assertThat(crs29.at("/1/payload_flight_target").isNull()).isTrue();
    assertThat(server.asUpstream(LIST + LaunchesContract.uuid(3) + "/").at("/rocket/spacecraft_stage")).isEmpty();
    // The station target and the docking location are rows of their own, served on their lists.
    assertThat(server.asUpstream("/2.3.0/config/docking_locations/2/").get("name").asText()).isEqualTo("Harmony Zenith");
  }

  @Test
  void aReimportReplacesAFlightsDockingEvents() throws Exception {
    String path = LIST + LaunchesContract.uuid(1) + "/";
    try {
      ObjectNode changed = crew7Launch.deepCopy();
      ObjectNode flight = (ObjectNode) changed.at("/rocket/spacecraft_stage/0");
      flight.set("docking_events", Json.MAPPER.valueToTree(List.of(
          CrewFixture.dockingAtIss(505, "2023-09-01T10:00:00Z", null, CrewFixture.port(3, "Harmony Forward")),
          CrewFixture.dockingAtIss(504, "2023-08-27T13:16:00Z", "2023-09-01T09:00:00Z", CrewFixture.port(2, "Harmony Zenith")))));
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(changed)));
      JsonNode events = server.asUpstream(path).at("/rocket/spacecraft_stage/0/docking_events");
      assertThat(List.of(events.at("/0/id").asInt(), events.at("/1/id").asInt())).containsExactly(504, 505);
      assertThat(server.database.dsl().fetchCount(dev.tminus.db.schema.Tables.DOCKING_EVENT,
          dev.tminus.db.schema.Tables.DOCKING_EVENT.ID.eq(501))).as("the replaced event is gone").isZero();

      flight.set("docking_events", Json.MAPPER.createArrayNode());
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(changed)));
      assertThat(server.asUpstream(path).at("/rocket/spacecraft_stage/0/docking_events")).isEmpty();

      // A normal-mode launch has no rocket lists: it leaves the flights' docking events as stored.
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(crew7Launch)));
      ObjectNode normal = server.asUpstream(path + "?mode=normal").deepCopy();
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(normal)));
      assertThat(SameJson.differences(server.asUpstream(path), crew7Launch)).isEmpty();
    } finally {
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(crew7Launch)));
    }
    assertThat(SameJson.differences(server.asUpstream(path), crew7Launch)).isEmpty();
  }

  @Test
  void aBrokenDockingEventIsRefusedWithItsPositionAndNothingIsWritten() throws Exception {
    String path = LIST + LaunchesContract.uuid(1) + "/";
    String before = server.get(path).body();
    int rows = server.database.dsl().fetchCount(dev.tminus.db.schema.Tables.DOCKING_EVENT);
    String at = "$[0].rocket.spacecraft_stage[0].docking_events[0]";
    assertRefused(e -> e.remove("id"), at + ".id");
    assertRefused(e -> e.put("docking", "yesterday"), at + ".docking");
    assertRefused(e -> e.putNull("docking"), at + ".docking");
    assertRefused(e -> e.put("departure", "2024-13-40T00:00:00Z"), at + ".departure");
    assertThat(server.get(path).body()).isEqualTo(before);
    assertThat(server.database.dsl().fetchCount(dev.tminus.db.schema.Tables.DOCKING_EVENT)).isEqualTo(rows);
  }

  private void assertRefused(java.util.function.Consumer<ObjectNode> spoil, String... messageParts) throws Exception {
    ObjectNode changed = crew7Launch.deepCopy();
    changed.put("name", "Half-written");
    ((ObjectNode) changed.at("/rocket/spacecraft_stage/0")).set("docking_events", Json.MAPPER.valueToTree(List.of(
        CrewFixture.dockingAtIss(509, "2023-09-01T10:00:00Z", null, CrewFixture.port(9, "Unity Zenith")))));
    spoil.accept((ObjectNode) changed.at("/rocket/spacecraft_stage/0/docking_events/0"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(changed))))
        .isInstanceOf(dev.tminus.ingest.ImportException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains("line ").contains(messageParts));
  }

  @Test
  void aNormalImportLeavesTheFlightsAsStored() throws Exception {
    JsonNode normal = server.asUpstream(LIST + LaunchesContract.uuid(2) + "/?mode=normal");
    ObjectNode copy = normal.deepCopy();
    copy.put("name", "Falcon 9 Block 5 | CRS-29");
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(copy)));
    assertThat(server.asUpstream(LIST + LaunchesContract.uuid(2) + "/").at("/rocket/spacecraft_stage/0/spacecraft/name").asText())
        .isEqualTo("Dragon C211");
  }
}
