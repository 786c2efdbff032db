package dev.tminus.resource.launch;

import static dev.tminus.support.CatalogFixture.obj;
import static dev.tminus.support.CrewFixture.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.json.Json;
import dev.tminus.support.CrewFixture;
import dev.tminus.support.SameJson;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Docking events whose target is a flight, through real HTTP: a {@code flight_vehicle_target}
 * ({@code SpacecraftFlightNormal}) and a {@code payload_flight_target} ({@code PayloadFlightNormal}),
 * each with its launch in normal mode, imported as LL2 writes them and served back key for key. The
 * launches, from the upstream Sputnik 1 samples: 1 the chaser, whose spacecraft flight 11 docks with
 * flight 12 (event 501) and whose payload flight 41 docks with payload flight 42 (event 601); 2 the
 * launch of flight 12, imported after the chaser; 3 the launch of payload flight 42, known only as
 * that target's launch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DockingTargetsContract {
  static final String LIST = "/2.3.0/launches/";

  private TestServer server;
  private JsonNode sputnik;
  private JsonNode sputnikNormal;
  private ObjectNode chaser;
  private ObjectNode target;
  private JsonNode targetFlight;
  private JsonNode payloadTarget;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    sputnik = Json.MAPPER.readTree(Files.readString(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    sputnikNormal = Json.MAPPER.readTree(Files.readString(
        Shared.require("reference/ll2/samples/launches-list-normal-limit2-2.3.0.json"))).at("/results/0");
    Map<String, Object> dragon = CrewFixture.flight(12,
        CrewFixture.spacecraft(2, "Dragon C211", "C211", CrewFixture.config(20, "Cargo Dragon", false, null), 2),
        CrewFixture.splashdown(2012, "Dragon C211", CrewFixture.earth(sputnik)), "International Space Station",
        "2023-12-22T05:25:00Z", List.of(), List.of(), List.of());
    target = CrewFixture.launch(sputnik, 2, "Falcon 9 Block 5 | CRS-29", List.of(dragon));
    targetFlight = Json.MAPPER.valueToTree(CrewFixture.flightTarget(dragon, normal(2)));

    ObjectNode payloadFlight = sputnik.at("/rocket/payloads/0").deepCopy();
    payloadFlight.put("id", 42).put("url", CrewFixture.url("payload_flights", 42));
    payloadFlight.remove("docking_events");
    ObjectNode payload = (ObjectNode) payloadFlight.get("payload");
    payload.put("response_mode", "normal");
    for (String agency : List.of("manufacturer", "operator")) payload.set(agency, agencyNormal(payload.get(agency)));
    payloadFlight.put("response_mode", "normal");
    payloadFlight.set("launch", normal(3));
    payloadFlight.set("landing", payloadFlight.remove("landing")); // the landing comes after the launch
    payloadTarget = payloadFlight;

    chaser = CrewFixture.launch(sputnik, 1, "Falcon 9 Block 5 | Crew-7", List.of(CrewFixture.flight(11,
        CrewFixture.spacecraft(1, "Endeavour", "C206", CrewFixture.config(10, "Crew Dragon", true, 7), 5),
        CrewFixture.splashdown(2011, "Endeavour", CrewFixture.earth(sputnik)), "International Space Station",
        "2024-03-12T09:47:00Z", CrewFixture.crew7(), List.of(), CrewFixture.crew7(),
        List.of(docking(501, "flight_vehicle_target", targetFlight)))));
    ObjectNode chaserPayload = sputnik.at("/rocket/payloads/0").deepCopy();
    chaserPayload.put("id", 41).put("url", CrewFixture.url("payload_flights", 41));
    chaserPayload.set("docking_events", Json.MAPPER.valueToTree(List.of(docking(601, "payload_flight_target", payloadTarget))));
    ((ObjectNode) chaser.get("rocket")).putArray("payloads").add(chaserPayload);

    server = TestServer.start(database());
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(chaser)));
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(target)));
  }

  /** Launch {@code n} as upstream's normal sample of Sputnik 1, with the ids and names of {@link CrewFixture#launch}. */
  private JsonNode normal(int n) {
    ObjectNode launch = sputnikNormal.deepCopy();
    ObjectNode detailed = CrewFixture.launch(sputnik, n, n == 2 ? "Falcon 9 Block 5 | CRS-29" : "Sputnik 8K71PS | Target", List.of());
    for (String key : List.of("id", "url", "name", "slug")) launch.set(key, detailed.get(key));
    ((ObjectNode) launch.get("rocket")).put("id", 300 + n);
    return launch;
  }

  /** {@code agency} as an {@code AgencyNormal}: its keys up to {@code social_logo}, without the counters. */
  private static JsonNode agencyNormal(JsonNode agency) {
    ObjectNode normal = Json.MAPPER.createObjectNode();
    for (var it = agency.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      normal.set(key, agency.get(key));
      if (key.equals("social_logo")) break;
    }
    return normal;
  }

  /** A docking event at the ISS's Harmony Zenith port whose {@code kind} target is {@code flight}. */
  private static Map<String, Object> docking(int id, String kind, JsonNode flight) {
    Map<String, Object> event = CrewFixture.dockingAtIss(id, "2023-11-11T10:07:00Z", null, CrewFixture.port(2, "Harmony Zenith"));
    event.put("space_station_target", null);
    event.put(kind, flight);
    return event;
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  private JsonNode get(String pathAndQuery) throws Exception {
    TestServer.Response r = server.get(pathAndQuery);
    assertThat(r.status()).as(pathAndQuery + " " + r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body().replace(server.origin() + "/", CrewFixture.LL2.replace("2.3.0/", "")));
  }

  @Test
  void theTargetFlightsComeBackKeyForKeyInOrder() throws Exception {
    assertThat(UpstreamKeyOrder.load().mismatches("LaunchDetailed", chaser)).as("the fixture is upstream's shape").isEmpty();
    JsonNode ours = get(LIST + uuid(1) + "/");
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
    assertThat(SameJson.differences(get(LIST + uuid(2) + "/"), target)).isEmpty();
    // Launch 3 is known only as a target's launch: a launch of its own, served as it was nested, its
    // rocket carrying the target payload flight.
    assertThat(SameJson.differences(get(LIST + uuid(3) + "/?mode=normal"), normal(3))).isEmpty();
    JsonNode three = get(LIST + uuid(3) + "/");
    assertThat(three.at("/rocket/payloads")).hasSize(1);
    assertThat(three.at("/rocket/payloads/0/id").asInt()).isEqualTo(42);
    assertThat(three.at("/rocket/payloads/0/destination").asText()).isEqualTo(payloadTarget.get("destination").asText());
  }

  @Test
  void reimportingTheTargetsLaunchKeepsTheTargetAndDroppingTheFlightClearsIt() throws Exception {
    String path = LIST + uuid(1) + "/";
    String event = "/rocket/spacecraft_stage/0/docking_events/0/flight_vehicle_target";
    try {
      ObjectNode moved = target.deepCopy();
      ((ObjectNode) moved.at("/rocket/spacecraft_stage/0")).put("destination", "Tiangong");
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(moved)));
      assertThat(get(path).at(event + "/destination").asText()).isEqualTo("Tiangong");

      ObjectNode dropped = target.deepCopy();
      ((ObjectNode) dropped.get("rocket")).putArray("spacecraft_stage");
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(dropped)));
      assertThat(get(path).at(event).isNull()).as("the flight is gone, and so is the target").isTrue();
      assertThat(get(path).at("/rocket/spacecraft_stage/0/docking_events/0/id").asInt()).isEqualTo(501);
    } finally {
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(target)));
      server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(chaser)));
    }
    assertThat(SameJson.differences(get(path), chaser)).isEmpty();
    assertThat(SameJson.differences(get(LIST + uuid(2) + "/"), target)).isEmpty();
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
