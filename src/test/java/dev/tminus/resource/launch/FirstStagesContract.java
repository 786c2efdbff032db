package dev.tminus.resource.launch;

import static dev.tminus.db.schema.Tables.FIRST_STAGE;
import static dev.tminus.support.StageFixture.droneShipLanding;
import static dev.tminus.support.StageFixture.firstStage;
import static dev.tminus.support.StageFixture.launcher;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.json.Json;
import dev.tminus.mirror.Mirror;
import dev.tminus.support.Query;
import dev.tminus.support.SameJson;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
import dev.tminus.support.UpstreamSchemas;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A detailed launch's {@code rocket.launcher_stage} through real HTTP: stages imported with their
 * launchers, landings and previous flights come back key for key, in order, urls' host aside, their
 * counters as given; {@code serial_number} filters launches by their first stages' boosters; a
 * re-import replaces a rocket's stages. Launches are the upstream Sputnik 1 sample with an id, a
 * rocket and stages of their own (payloads emptied, they are not stored):
 *
 * <p>N (rocket; stages, as imported): 1 (101; 1561 B1062 flight 15 on ASOG), 2 (102; 1565 B1065 and
 * 1564 B1064, side boosters), 3 (103; none), 4 (104; 1571 B1062 flight 14, re-imported by a test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FirstStagesContract {
  static final String PREVIOUS = "11111111-2222-3333-4444-555555555555";

  private TestServer server;
  private JsonNode base;
  private JsonNode first;

  abstract TestDatabase database();

  static String uuid(int n) {
    return String.format("00000000-0000-0000-0000-%012d", n);
  }

  private ObjectNode launch(int n, String... stages) throws Exception {
    ObjectNode l = base.deepCopy();
    l.put("id", uuid(n)).put("name", "Falcon 9 Block 5 | Starlink " + n).put("slug", "starlink-" + n);
    l.put("url", "https://ll.thespacedevs.com/2.3.0/launches/" + uuid(n) + "/");
    ObjectNode rocket = (ObjectNode) l.get("rocket");
    rocket.put("id", 100 + n);
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (String stage : stages) {
      // Earth is one row: the landing location names it as the sample's pad location does, in
      // CelestialBodyNormal (the pad's CelestialBodyDetailed without its counters).
      ObjectNode node = (ObjectNode) Json.MAPPER.readTree(stage);
      ObjectNode earth = base.at("/pad/location/celestial_body").deepCopy();
      earth.remove(List.of("total_attempted_launches", "successful_launches", "failed_launches",
          "total_attempted_landings", "successful_landings", "failed_landings"));
      ((ObjectNode) node.at("/landing/landing_location")).set("celestial_body", earth);
      list.add(node);
    }
    rocket.set("launcher_stage", list);
    rocket.set("payloads", Json.MAPPER.createArrayNode());
    return l;
  }

  @BeforeAll
  void start() throws Exception {
    base = Json.MAPPER.readTree(Files.readString(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    server = TestServer.start(database());
    first = launch(1, firstStage(1561, "Core", launcher(1062, "B1062", 15), 15, droneShipLanding(1789, 632.5), PREVIOUS));
    ArrayNode launches = Json.MAPPER.createArrayNode();
    launches.add(first);
    launches.add(launch(2,
        firstStage(1565, "Booster", launcher(1065, "B1065", 5), 5, droneShipLanding(1795, 12.1), PREVIOUS),
        firstStage(1564, "Booster", launcher(1064, "B1064", 5), 5, droneShipLanding(1794, 11.9), PREVIOUS)));
    launches.add(launch(3));
    launches.add(launch(4, firstStage(1571, "Core", launcher(1062, "B1062", 15), 14, droneShipLanding(1801, 600.0), PREVIOUS)));
    server.importJson("launches", Json.MAPPER.writeValueAsString(launches));
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }


  private List<Integer> ids(String query) throws Exception {
    JsonNode page = server.asUpstream("/2.3.0/launches/?" + query);
    List<Integer> ids = Query.ids(page);
    assertThat(page.get("count").asInt()).as(query + " count").isEqualTo(ids.size());
    return ids;
  }

  @Test
  void aDetailedLaunchGivesItsStageBackKeyForKeyInOrder() throws Exception {
    JsonNode ours = server.asUpstream("/2.3.0/launches/" + uuid(1) + "/?mode=detailed");
    assertThat(SameJson.differences(ours, first)).isEmpty();
    JsonNode stage = ours.at("/rocket/launcher_stage/0");
    assertThat(UpstreamKeyOrder.load().mismatches("FirstStageNormal", stage)).isEmpty();
    assertThat(UpstreamKeyOrder.load().mismatches("Landing", stage.get("landing"))).isEmpty();
    // The whole launch, stages included, is valid under upstream's own schema.
    assertThat(UpstreamSchemas.load().violations("LaunchDetailed", ours)).isEmpty();
    assertThat(stage.at("/landing/url").asText()).isEqualTo("https://ll.thespacedevs.com/2.3.0/landings/1789/");
    assertThat(stage.at("/launcher/serial_number").asText()).isEqualTo("B1062");
  }

  @Test
  void theStagesCountersAreServedAsUpstreamGaveThemNeverRecomputed() throws Exception {
    // Launch 4 says B1062's flight 14 after launch 1 said 15; neither is recounted from what is stored.
    assertThat(server.asUpstream("/2.3.0/launches/" + uuid(4) + "/").at("/rocket/launcher_stage/0/launcher_flight_number").asInt())
        .isEqualTo(14);
    JsonNode stage = server.asUpstream("/2.3.0/launches/" + uuid(1) + "/").at("/rocket/launcher_stage/0");
    assertThat(stage.get("launcher_flight_number").asInt()).isEqualTo(15);
    assertThat(stage.get("turn_around_time").asText()).isEqualTo("P47DT13H21M10S");
    assertThat(stage.get("previous_flight_date").asText()).isEqualTo("2023-03-03T01:10:00Z");
    assertThat(stage.at("/launcher/flights").asInt()).isEqualTo(15);
  }

  @Test
  void stagesAreListedByIdAsUpstreamOrdersThem() throws Exception {
    JsonNode stages = server.asUpstream("/2.3.0/launches/" + uuid(2) + "/").at("/rocket/launcher_stage");
    assertThat(stages.findValuesAsText("serial_number")).containsExactly("B1064", "B1065");
    assertThat(List.of(stages.get(0).get("id").asInt(), stages.get(1).get("id").asInt())).containsExactly(1564, 1565);
    assertThat(server.asUpstream("/2.3.0/launches/" + uuid(3) + "/").at("/rocket/launcher_stage").isEmpty()).isTrue();
  }

  @Test
  void serialNumberFiltersByTheFirstStagesBoosters() throws Exception {
    assertThat(ids("serial_number=B1062")).containsExactly(1, 4);
    assertThat(ids("serial_number=B1064")).containsExactly(2);
    // Two matching stages of one rocket are still one launch, counted once.
    assertThat(ids("serial_number=B1064,B1065")).containsExactly(2);
    assertThat(ids("serial_number=B1065,B1062&mode=detailed")).containsExactly(1, 2, 4);
    // django's `in` is exact: no case folding, no substrings.
    assertThat(ids("serial_number=b1062")).isEmpty();
    assertThat(ids("serial_number=B106")).isEmpty();
    assertThat(ids("serial_number=B9999")).isEmpty();
    // An empty value, or only commas, filters nothing.
    assertThat(ids("serial_number=&id=" + uuid(1) + "," + uuid(3))).containsExactly(1, 3);
    assertThat(ids("serial_number=,,&id=" + uuid(1) + "," + uuid(3))).containsExactly(1, 3);
    assertThat(ids("serial_number=B1062&lsp__id=99999")).isEmpty();
    assertThat(server.asUpstream("/2.3.0/launches/" + uuid(1) + "/?serial_number=B1062").get("id").asText()).isEqualTo(uuid(1));
    assertThat(server.get("/2.3.0/launches/" + uuid(3) + "/?serial_number=B1062").status()).isEqualTo(404);
  }

  @Test
  void aBadSerialNumberIsNeverA500() {
    TestServer.Response nul = server.get("/2.3.0/launches/?serial_number=B1062%00");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.body()).isEqualTo("{\"serial_number\":[\"Null characters are not allowed.\"]}");
    for (String value : List.of("%27%3B--", "%25", "_", "%22", "%F0%9F%9A%80", "x".repeat(5000), "B1062&serial_number=B1064")) {
      assertThat(server.get("/2.3.0/launches/?serial_number=" + value).status()).as(value).isEqualTo(200);
    }
  }

  @Test
  void aReImportReplacesTheRocketsStagesWithoutDuplicates() throws Exception {
    String again = Json.MAPPER.writeValueAsString(List.of(launch(4,
        firstStage(1572, "Core", launcher(1062, "B1062", 16), 16, droneShipLanding(1802, 610.0), PREVIOUS))));
    server.importJson("launches", again);
    server.importJson("launches", again);
    JsonNode stages = server.asUpstream("/2.3.0/launches/" + uuid(4) + "/").at("/rocket/launcher_stage");
    assertThat(stages.size()).isOne();
    assertThat(stages.at("/0/id").asInt()).isEqualTo(1572);
    assertThat(server.database.dsl().fetchCount(FIRST_STAGE, FIRST_STAGE.ROCKET_ID.eq(104))).isOne();
    assertThat(SameJson.differences(server.asUpstream("/2.3.0/launches/" + uuid(4) + "/"), Json.MAPPER.readTree(again).get(0))).isEmpty();
    // An import without a detailed rocket (normal mode) leaves the stages stored.
    ObjectNode normal = (ObjectNode) server.asUpstream("/2.3.0/launches/" + uuid(4) + "/?mode=normal");
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(normal)));
    assertThat(server.asUpstream("/2.3.0/launches/" + uuid(4) + "/").at("/rocket/launcher_stage/0/id").asInt()).isEqualTo(1572);
  }

  @Test
  void aMirrorCopiesTheStagesAsTheyAreServed() throws Exception {
    try (TestServer copy = TestServer.start(database())) {
      Mirror.create(copy.database, server.origin() + "/2.3.0/", null, Mirror.Settings.DEFAULTS,
          new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), Mirror.only(List.of("launches"))).run(true);
      for (int n = 1; n <= 3; n++) {
        String path = "/2.3.0/launches/" + uuid(n) + "/";
        TestServer.Response theirs = copy.get(path);
        assertThat(theirs.status()).as(path).isEqualTo(200);
        JsonNode copied = Json.MAPPER.readTree(theirs.body().replace(copy.origin() + "/", "https://ll.thespacedevs.com/"));
        assertThat(SameJson.differences(copied, server.asUpstream(path))).as(path).isEmpty();
      }
      assertThat(copy.get("/2.3.0/launches/?serial_number=B1064").json().get("count").asInt()).isOne();
    }
  }

  @Test
  void aPreviousFlightNotImportedIsALaunchWithItsIdAndName() throws Exception {
    JsonNode previous = server.asUpstream("/2.3.0/launches/" + PREVIOUS + "/?mode=list");
    assertThat(previous.get("name").asText()).isEqualTo("Falcon 9 Block 5 | Starlink Group 5-5");
    assertThat(previous.get("url").asText()).isEqualTo("https://ll.thespacedevs.com/2.3.0/launches/" + PREVIOUS + "/");
  }
}
