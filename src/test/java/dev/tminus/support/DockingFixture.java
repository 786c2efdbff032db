package dev.tminus.support;

import static dev.tminus.support.CatalogFixture.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * Docking events whose target is a flight, as LL2 2.3.0 writes them: a {@code flight_vehicle_target}
 * ({@code SpacecraftFlightNormal}) and a {@code payload_flight_target} ({@code PayloadFlightNormal}),
 * each with its launch in normal mode. Three launches of {@link CrewFixture#launch} from the upstream
 * Sputnik 1 samples: 1 the {@link #chaser}, whose spacecraft flight 11 docks with flight 12 (event
 * 501) and whose payload flight 41 docks with payload flight 42 (event 601); 2 the {@link #target},
 * whose rocket flies flight 12; 3 the launch of payload flight 42, known only as that target's
 * launch ({@link #normal}).
 */
public final class DockingFixture {
  public static final String SPUTNIK = "reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json";
  public static final String SPUTNIK_NORMAL = "reference/ll2/samples/launches-list-normal-limit2-2.3.0.json";

  private final JsonNode sputnik;
  private final JsonNode sputnikNormal;
  private final Map<String, Object> dragon;

  private DockingFixture(JsonNode sputnik, JsonNode sputnikNormal) {
    this.sputnik = sputnik;
    this.sputnikNormal = sputnikNormal;
    this.dragon = CrewFixture.flight(12,
        CrewFixture.spacecraft(2, "Dragon C211", "C211", CrewFixture.config(20, "Cargo Dragon", false, null), 2),
        CrewFixture.splashdown(2012, "Dragon C211", CrewFixture.earth(sputnik)), "International Space Station",
        "2023-12-22T05:25:00Z", List.of(), List.of(), List.of());
  }

  /** The fixture, from the shared samples (a test that uses it skips without them). */
  public static DockingFixture load() throws IOException {
    return new DockingFixture(Json.MAPPER.readTree(Files.readString(Shared.require(SPUTNIK))),
        Json.MAPPER.readTree(Files.readString(Shared.require(SPUTNIK_NORMAL))).at("/results/0"));
  }

  /** Launch 2, CRS-29, whose rocket 302 flies flight 12 on Dragon C211. */
  public ObjectNode target() {
    return CrewFixture.launch(sputnik, 2, "Falcon 9 Block 5 | CRS-29", List.of(dragon));
  }

  /** Flight 12 as a docking event's {@code flight_vehicle_target}. */
  public JsonNode targetFlight() {
    return Json.MAPPER.valueToTree(CrewFixture.flightTarget(dragon, normal(2)));
  }

  /** Payload flight 42 (upstream's Sputnik 1 payload) of launch 3 as a {@code payload_flight_target}. */
  public JsonNode payloadTarget() {
    ObjectNode flight = sputnik.at("/rocket/payloads/0").deepCopy();
    flight.put("id", 42).put("url", CrewFixture.url("payload_flights", 42)).put("response_mode", "normal");
    flight.remove("docking_events");
    ObjectNode payload = (ObjectNode) flight.get("payload");
    payload.put("response_mode", "normal");
    for (String agency : List.of("manufacturer", "operator")) payload.set(agency, agencyNormal(payload.get(agency)));
    flight.set("launch", normal(3));
    flight.set("landing", flight.remove("landing")); // after the launch, in the schema's order
    return flight;
  }

  /** Launch 1, Crew-7: its spacecraft flight 11 docks with {@link #targetFlight}, its payload flight 41 with {@link #payloadTarget}. */
  public ObjectNode chaser() {
    ObjectNode chaser = CrewFixture.launch(sputnik, 1, "Falcon 9 Block 5 | Crew-7", List.of(CrewFixture.flight(11,
        CrewFixture.spacecraft(1, "Endeavour", "C206", CrewFixture.config(10, "Crew Dragon", true, 7), 5),
        CrewFixture.splashdown(2011, "Endeavour", CrewFixture.earth(sputnik)), "International Space Station",
        "2024-03-12T09:47:00Z", CrewFixture.crew7(), List.of(), CrewFixture.crew7(),
        List.of(docking(501, "flight_vehicle_target", targetFlight())))));
    ObjectNode payload = sputnik.at("/rocket/payloads/0").deepCopy();
    payload.put("id", 41).put("url", CrewFixture.url("payload_flights", 41));
    payload.set("docking_events", Json.MAPPER.valueToTree(List.of(docking(601, "payload_flight_target", payloadTarget()))));
    ((ObjectNode) chaser.get("rocket")).putArray("payloads").add(payload);
    return chaser;
  }

  /** Launch {@code n} (2 or 3) as upstream's normal sample of Sputnik 1, with the ids and names of {@link CrewFixture#launch}. */
  public JsonNode normal(int n) {
    ObjectNode launch = sputnikNormal.deepCopy();
    ObjectNode detailed = CrewFixture.launch(sputnik, n, n == 2 ? "Falcon 9 Block 5 | CRS-29" : "Sputnik 8K71PS | Target",
        List.of());
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

  /** A docking event at the ISS's Harmony Zenith port whose {@code kind} target is {@code flight}, no station. */
  private static Map<String, Object> docking(int id, String kind, JsonNode flight) {
    Map<String, Object> event = CrewFixture.dockingAtIss(id, "2023-11-11T10:07:00Z", null, CrewFixture.port(2, "Harmony Zenith"));
    event.put("space_station_target", null);
    event.put(kind, flight);
    return event;
  }
}
