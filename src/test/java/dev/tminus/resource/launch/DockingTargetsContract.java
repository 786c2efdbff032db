package dev.tminus.resource.launch;

import static dev.tminus.support.CatalogFixture.obj;
import static dev.tminus.support.CrewFixture.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.json.Json;
import dev.tminus.support.CrewFixture;
import dev.tminus.support.DockingFixture;
import dev.tminus.support.SameJson;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Docking events whose target is a flight, through real HTTP: {@link DockingFixture}'s chaser (launch
 * 1) imported before the target's launch (2), served back key for key; the target flights are the
 * rows their launches' rockets list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DockingTargetsContract {
  static final String LIST = "/2.3.0/launches/";

  private TestServer server;
  private DockingFixture fixture;
  private ObjectNode chaser;
  private ObjectNode target;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    fixture = DockingFixture.load();
    chaser = fixture.chaser();
    target = fixture.target();
    server = TestServer.start(database());
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(chaser)));
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(target)));
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }


  @Test
  void theTargetFlightsComeBackKeyForKeyInOrder() throws Exception {
    assertThat(UpstreamKeyOrder.load().mismatches("LaunchDetailed", chaser)).as("the fixture is upstream's shape").isEmpty();
    JsonNode ours = server.asUpstream(LIST + uuid(1) + "/");
    assertThat(SameJson.differences(ours, chaser)).isEmpty();
    JsonNode flight = ours.at("/rocket/spacecraft_stage/0/docking_events/0/flight_vehicle_target");
    assertThat(flight.get("url").asText()).isEqualTo(CrewFixture.url("spacecraft/flights", 12));
    assertThat(flight.at("/launch/id").asText()).isEqualTo(uuid(2));
    assertThat(flight.at("/spacecraft/spacecraft_config/response_mode").asText()).isEqualTo("normal");
    JsonNode payload = ours.at("/rocket/payloads/0/docking_events/0/payload_flight_target");
    assertThat(payload.get("url").asText()).isEqualTo(CrewFixture.url("payload_flights", 42));
    assertThat(payload.at("/launch/id").asText()).isEqualTo(uuid(3));
    assertThat(ours.at("/rocket/payloads/0/docking_events/0/flight_vehicle_target").isNull()).isTrue();
  }

  @Test
  void aTargetFlightIsAFlightOfItsLaunchsRocket() throws Exception {
    // Launch 2, imported after the chaser named its flight, lists the same flight.
    assertThat(SameJson.differences(server.asUpstream(LIST + uuid(2) + "/"), target)).isEmpty();
    // Launch 3 is known only as a target's launch: a launch of its own, served as it was nested, its
    // rocket carrying the target payload flight.
    assertThat(SameJson.differences(server.asUpstream(LIST + uuid(3) + "/?mode=normal"), fixture.normal(3))).isEmpty();
    JsonNode three = server.asUpstream(LIST + uuid(3) + "/");
    assertThat(three.at("/rocket/payloads")).hasSize(1);
    assertThat(three.at("/rocket/payloads/0/id").asInt()).isEqualTo(42);
    assertThat(three.at("/rocket/payloads/0/destination").asText()).isEqualTo(fixture.payloadTarget().get("destination").asText());
  }

  @Test
  void reimportingTheTargetsLaunchKeepsTheTargetAndDroppingTheFlightClearsIt() throws Exception {
    String path = LIST + uuid(1) + "/";
    String event = "/rocket/spacecraft_stage/0/docking_events/0/flight_vehicle_target";
    try {
      ObjectNode moved = target.deepCopy();
      ((ObjectNode) moved.at("/rocket/spacecraft_stage/0")).put("destination", "Tiangong");
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(moved)));
      assertThat(server.asUpstream(path).at(event + "/destination").asText()).isEqualTo("Tiangong");

      ObjectNode dropped = target.deepCopy();
      ((ObjectNode) dropped.get("rocket")).putArray("spacecraft_stage");
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(dropped)));
      assertThat(server.asUpstream(path).at(event).isNull()).as("the flight is gone, and so is the target").isTrue();
      assertThat(server.asUpstream(path).at("/rocket/spacecraft_stage/0/docking_events/0/id").asInt()).isEqualTo(501);
    } finally {
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(target)));
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(chaser)));
    }
    assertThat(SameJson.differences(server.asUpstream(path), chaser)).isEmpty();
    assertThat(SameJson.differences(server.asUpstream(LIST + uuid(2) + "/"), target)).isEmpty();
  }

  @Test
  void aBrokenTargetIsRefusedWithItsPositionAndNothingIsWritten() throws Exception {
    String before = server.get(LIST + uuid(1) + "/").body();
    int flights = server.database.dsl().fetchCount(dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT);
    ObjectNode changed = chaser.deepCopy();
    changed.put("name", "Half-written");
    ObjectNode flight = Json.MAPPER.valueToTree(obj("id", 77));
    ((ObjectNode) changed.at("/rocket/spacecraft_stage/0/docking_events/0")).set("flight_vehicle_target", flight);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(changed))))
        .isInstanceOf(dev.tminus.ingest.ImportException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains("line ")
            .contains("$[0].rocket.spacecraft_stage[0].docking_events[0].flight_vehicle_target.duration"));
    assertThat(server.get(LIST + uuid(1) + "/").body()).isEqualTo(before);
    assertThat(server.database.dsl().fetchCount(dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT)).isEqualTo(flights);
  }
}
