package dev.tminus.resource.payload;

import static dev.tminus.support.CatalogFixture.RUSSIA;
import static dev.tminus.support.CatalogFixture.USA;
import static dev.tminus.support.CatalogFixture.agency;
import static dev.tminus.support.CatalogFixture.country;
import static dev.tminus.support.CatalogFixture.obj;
import static dev.tminus.support.ProgramFixture.program;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Resource;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.CatalogFixture;
import dev.tminus.support.CrewFixture;
import dev.tminus.support.HelpTextCoverage;
import dev.tminus.support.Query;
import dev.tminus.support.SameJson;
import dev.tminus.support.Shared;
import dev.tminus.support.StageFixture;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /2.3.0/payloads/} through real HTTP: every filter, search field and ordering field of its
 * help text, the three modes with upstream's keys in order, 404s and 400s; and the payload flights
 * of detailed launches (stored with their payload and landing, replaced when a launch is imported
 * again), which the payloads' search and ordering reach.
 *
 * <p>Agencies: 27 European Space Agency, 44 NASA, 66 Soviet Space Program, 121 SpaceX. Programs: 18
 * Earth Explorers, 25 ISS. Payloads (manufacturer, operator; programs): 5 Sputnik 1 (66, 66; none),
 * 10 EarthCARE (27, 27; 18), 20 Cygnus NG-20 (121, 44; 25), 30 Dragon CRS-2 (121, 121; 18 and 25).
 * Launches (net; rocket: flights → payload, destination): 1 "Sputnik 8K71PS | Sputnik 1" (1957-10-04;
 * 101: 5 → 5, Low Earth Orbit), 2 "Falcon 9 | CRS-2" (2023-03-15; 102: 7 → 30 with a drone-ship
 * landing, 8 → 20, both International Space Station), 3 "Falcon 9 | Mixed" (2021-06-01; 103: 9 → 20,
 * International Space Station). EarthCARE has flown on none. Docking location 3, Harmony Forward, of
 * station 4 on spacecraft configuration 40 with payload 30.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PayloadsContract {
  static final String LIST = "/2.3.0/payloads/";
  static final String LAUNCHES = "/2.3.0/launches/";

  static final List<Query> FILTERS = List.of(
      Query.of("manufacturer__id=121", 20, 30),
      Query.of("manufacturer__name=European%20Space%20Agency", 10),
      Query.of("name=EarthCARE", 10),
      Query.of("operator=44", 20),
      Query.of("operator__id=121", 30),
      Query.of("operator__name=Soviet%20Space%20Program", 5),
      Query.of("program__id=18", 10, 30));

  static final List<Query> RULES = List.of(
      Query.of("name=earthcare"),
      Query.of("program__id=99"),
      Query.of("manufacturer__id=121&operator__id=44", 20),
      Query.of("search=earthcare", 10),
      Query.of("search=european", 10),
      Query.of("search=spacex", 20, 30),
      Query.of("search=aeronautics", 20),
      Query.of("search=orbit", 5),
      Query.of("search=mixed", 20),
      Query.of("search=crs-2", 20, 30),
      Query.of("search=dragon%20station", 30));

  static final List<Query> ORDERINGS = List.of(
      Query.of("ordering=id", 5, 10, 20, 30),
      Query.of("ordering=-id", 30, 20, 10, 5),
      Query.of("ordering=name", 20, 30, 10, 5),
      Query.of("ordering=-name", 5, 10, 30, 20),
      // by the first flight's launch; a payload never flown last, as PostgreSQL orders nulls
      Query.of("ordering=payloadflight__rocket__launch__net", 5, 20, 30, 10),
      Query.of("ordering=-payloadflight__rocket__launch__net", 10, 30, 20, 5));

  private TestServer server;
  private JsonNode sample;

  abstract TestDatabase database();

  static String uuid(int n) {
    return "00000000-0000-0000-0000-%012d".formatted(n);
  }

  private static Map<String, Object> maker(int id, String name, String abbrev, Map<String, Object> country) {
    Map<String, Object> a = agency(id, name, abbrev, 1, List.of(country));
    a.put("response_mode", "normal");
    a.put("featured", false);
    return a;
  }

  static final Map<String, Object> ESA = maker(27, "European Space Agency", "ESA", country(9, "FRA"));
  static final Map<String, Object> NASA = maker(44, "National Aeronautics and Space Administration", "NASA", USA);
  static final Map<String, Object> SOVIET = maker(66, "Soviet Space Program", "CCCP", RUSSIA);
  static final Map<String, Object> SPACEX = maker(121, "SpaceX", "SpX", USA);

  private static Map<String, Object> payload(int id, String name, int type, Map<String, Object> maker,
      Map<String, Object> operator, List<Object> programs, Integer cost, Double mass) {
    return obj("response_mode", "detailed", "id", id, "name", name,
        "type", obj("id", type, "name", type == 1 ? "Satellite" : "Technology Demonstrator"),
        "manufacturer", maker, "operator", operator, "image", null,
        "wiki_link", "https://en.wikipedia.org/wiki/" + name.replace(' ', '_'), "info_link", "",
        "program", programs, "cost", cost, "mass", mass, "description", name + " payload");
  }

  private static final Object EARTH_EXPLORERS = program(18, "Earth Explorers").build();
  private static final Object ISS = program(25, "ISS").build();

  static final Map<String, Object> SPUTNIK = payload(5, "Sputnik 1", 4, SOVIET, SOVIET, List.of(), null, 83.6);
  static final Map<String, Object> EARTHCARE = payload(10, "EarthCARE", 1, ESA, ESA, List.of(EARTH_EXPLORERS), 800_000_000, 2350.0);
  static final Map<String, Object> CYGNUS = payload(20, "Cygnus NG-20", 1, SPACEX, NASA, List.of(ISS), null, 7500.0);
  static final Map<String, Object> DRAGON = payload(30, "Dragon CRS-2", 1, SPACEX, SPACEX, List.of(EARTH_EXPLORERS, ISS), null, null);

  static Map<String, Object> flight(int id, Map<String, Object> payload, String destination, Object landing) {
    return flight(id, payload, destination, landing, List.of());
  }

  static Map<String, Object> flight(int id, Map<String, Object> payload, String destination, Object landing,
      List<Object> dockingEvents) {
    return obj("response_mode", "detailed", "id", id, "url", "https://ll.thespacedevs.com/2.3.0/payload_flights/" + id + "/",
        "destination", destination, "amount", 1, "payload", payload, "landing", landing, "docking_events", dockingEvents);
  }

  // Cygnus NG-20's docking at the ISS: a payload flight's docking event.
  static final Object CYGNUS_DOCKING = CrewFixture.dockingAtIss(601, "2024-02-01T09:59:00Z", "2024-07-12T10:30:00Z",
      CrewFixture.port(5, "Unity Nadir"));

  private ObjectNode launch(int n, String name, String net, List<Map<String, Object>> flights) {
    ObjectNode l = sample.deepCopy();
    l.put("id", uuid(n)).put("name", name).put("slug", "launch-" + n).put("net", net + "T00:00:00Z")
        .put("window_start", net + "T00:00:00Z").put("window_end", net + "T01:00:00Z");
    ObjectNode rocket = (ObjectNode) l.get("rocket");
    rocket.put("id", 100 + n);
    rocket.set("payloads", Json.MAPPER.valueToTree(flights));
    return l;
  }

  @BeforeAll
  void start() throws Exception {
    sample = Json.MAPPER.readTree(Files.readString(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    server = TestServer.start(database());
    server.importJson("payloads", CatalogFixture.json(List.of(SPUTNIK, EARTHCARE, CYGNUS, DRAGON)));
    JsonNode landing = Json.MAPPER.readTree(StageFixture.droneShipLanding(700, 612.5));
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(
        launch(1, "Sputnik 8K71PS | Sputnik 1", "1957-10-04", List.of(flight(5, SPUTNIK, "Low Earth Orbit", null))),
        launch(2, "Falcon 9 | CRS-2", "2023-03-15", List.of(flight(7, DRAGON, "International Space Station", landing),
            flight(8, CYGNUS, "International Space Station", null, List.of(CYGNUS_DOCKING)))),
        launch(3, "Falcon 9 | Mixed", "2021-06-01", List.of(flight(9, CYGNUS, "International Space Station", null))))));
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  static Stream<Query> filters() {
    return FILTERS.stream();
  }

  static Stream<Query> others() {
    return Stream.concat(RULES.stream(), ORDERINGS.stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void everyFilterOfTheHelpTextFilters(Query q) {
    assertThat(q.ids()).as("a query that some payloads fail").isNotEqualTo(List.of(5, 10, 20, 30));
    q.assertAnswered(server, LIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("others")
  void valuesSearchesAndOrderingsAreReadAsDjangoReadsThem(Query q) {
    q.assertAnswered(server, LIST);
  }

  @Test
  void everyParameterOfTheHelpTextHasItsQuery() {
    Resource<?> payloads = Resources.byCollection("payloads");
    HelpTextCoverage.assertQueried(payloads, FILTERS, ORDERINGS);
    assertThat(payloads.searchFieldNames()).containsExactly("manufacturer__name", "name", "operator__name",
        "payloadflight__destination", "payloadflight__rocket__launch__name");
  }

  @Test
  void everyModeIsItsUpstreamSchemaWithItsNestedModes() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    String results = upstream.resultsSchema(LIST);
    for (String mode : List.of("", "mode=list", "mode=normal", "mode=detailed")) {
      String expected = mode.isEmpty() ? "normal" : mode.substring(5);
      JsonNode page = server.get(LIST + "?" + mode).json();
      assertThat(page.get("count").asInt()).isEqualTo(4);
      for (JsonNode o : page.get("results")) {
        assertThat(o.get("response_mode").asText()).isEqualTo(expected);
        assertThat(upstream.mismatches(results, o)).as(mode + " " + o).isEmpty();
      }
    }
    JsonNode list = server.get(LIST + "30/?mode=list").json();
    assertThat(list.at("/manufacturer/response_mode").asText()).isEqualTo("list");
    assertThat(list.has("program")).isFalse();
    JsonNode normal = server.get(LIST + "30/?mode=normal").json();
    assertThat(normal.at("/manufacturer/response_mode").asText()).isEqualTo("normal");
    assertThat(normal.at("/manufacturer/country/0/alpha_3_code").asText()).isEqualTo("USA");
    assertThat(normal.at("/program/1/response_mode").asText()).isEqualTo("list");
    assertThat(normal.at("/program/1/url").asText()).isEqualTo(server.origin() + "/2.3.0/programs/25/");
    JsonNode detailed = server.get(LIST + "30/").json();
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/payloads/{id}/"), detailed)).isEmpty();
    assertThat(detailed.get("response_mode").asText()).isEqualTo("detailed");
    // Nested, an AgencyDetailed says "normal", as upstream's Sputnik 1 sample shows for a payload's agencies.
    assertThat(detailed.at("/operator/response_mode").asText()).isEqualTo("normal");
    assertThat(detailed.at("/operator").has("social_media_links")).isTrue();
    assertThat(detailed.at("/program/0/response_mode").asText()).isEqualTo("normal");
    assertThat(detailed.at("/program/0/name").asText()).isEqualTo("Earth Explorers");
    assertThat(detailed.has("url")).as("upstream gives payloads no url").isFalse();
    assertThat(detailed.get("mass").isNull()).isTrue();
    assertThat(server.get(LIST + "10/").json().get("cost").asInt()).isEqualTo(800_000_000);
    assertThat(server.get(LIST + "5/").json().get("mass").asDouble()).isEqualTo(83.6);
  }

  @Test
  void aDetailedLaunchServesItsPayloadFlightsWithPayloadAndLanding() {
    JsonNode two = server.get(LAUNCHES + uuid(2) + "/").json();
    JsonNode payloads = two.at("/rocket/payloads");
    assertThat(payloads.size()).isEqualTo(2);
    assertThat(UpstreamKeyOrder.load().mismatches("LaunchDetailed", two)).isEmpty();
    JsonNode first = payloads.get(0);
    assertThat(first.get("response_mode").asText()).isEqualTo("detailed");
    assertThat(first.get("id").asInt()).isEqualTo(7);
    assertThat(first.get("url").asText()).isEqualTo(server.origin() + "/2.3.0/payload_flights/7/");
    assertThat(first.get("destination").asText()).isEqualTo("International Space Station");
    assertThat(first.get("amount").asInt()).isEqualTo(1);
    assertThat(first.get("payload")).isEqualTo(server.get(LIST + "30/").json());
    assertThat(first.at("/landing/id").asInt()).isEqualTo(700);
    assertThat(first.at("/landing/url").asText()).isEqualTo(server.origin() + "/2.3.0/landings/700/");
    assertThat(first.at("/landing/landing_location/abbrev").asText()).isEqualTo("ASOG");
    assertThat(first.at("/landing/downrange_distance").asDouble()).isEqualTo(612.5);
    assertThat(first.get("docking_events").isArray() && first.get("docking_events").isEmpty()).isTrue();
    assertThat(payloads.get(1).get("id").asInt()).isEqualTo(8);
    assertThat(payloads.get(1).get("landing").isNull()).isTrue();
    assertThat(payloads.get(1).at("/payload/name").asText()).isEqualTo("Cygnus NG-20");
    // Normal mode has no payloads; the list mode no rocket.
    assertThat(server.get(LAUNCHES + uuid(2) + "/?mode=normal").json().at("/rocket").has("payloads")).isFalse();
  }

  @Test
  void aPayloadFlightsDockingEventsComeBackKeyForKeyInOrder() throws Exception {
    JsonNode two = Json.MAPPER.readTree(server.get(LAUNCHES + uuid(2) + "/").body()
        .replace(server.origin() + "/", "https://ll.thespacedevs.com/"));
    JsonNode events = two.at("/rocket/payloads/1/docking_events");
    assertThat(SameJson.differences(events, Json.MAPPER.valueToTree(List.of(CYGNUS_DOCKING)))).isEmpty();
    assertThat(events.at("/0/url").asText()).isEqualTo("https://ll.thespacedevs.com/2.3.0/docking_events/601/");
    assertThat(events.at("/0/space_station_target/name").asText()).isEqualTo("International Space Station");
    assertThat(events.at("/0/docking_location/spacestation/id").asInt()).isEqualTo(4);
    assertThat(two.at("/rocket/payloads/0/docking_events")).isEmpty();
  }

  @Test
  void importingALaunchAgainReplacesItsRocketsPayloadFlights() throws Exception {
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(launch(4, "Falcon 9 | Replaced", "2030-01-01",
        List.of(flight(11, DRAGON, "Mars", null), flight(12, SPUTNIK, "Venus", null))))));
    assertThat(ids(server.get(LAUNCHES + uuid(4) + "/").json().at("/rocket/payloads"))).containsExactly(11, 12);
    Query.of("search=venus", 5).assertAnswered(server, LIST);
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(launch(4, "Falcon 9 | Replaced", "2030-01-01",
        List.of(flight(12, CYGNUS, "Moon", null))))));
    JsonNode flights = server.get(LAUNCHES + uuid(4) + "/").json().at("/rocket/payloads");
    assertThat(ids(flights)).containsExactly(12);
    assertThat(flights.at("/0/payload/id").asInt()).isEqualTo(20);
    Query.of("search=venus").assertAnswered(server, LIST);
    Query.of("search=moon", 20).assertAnswered(server, LIST);
    // The payloads themselves are not flights: they stay.
    assertThat(server.get(LIST + "30/").status()).isEqualTo(200);
  }

  private static List<Integer> ids(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(o -> out.add(o.get("id").asInt()));
    return out;
  }

  @Test
  void aDockingLocationNestsItsPayloadInListMode() throws Exception {
    Map<String, Object> spacex = obj("response_mode", "list", "id", 121, "name", "SpaceX", "abbrev", "SpX",
        "type", obj("id", 1, "name", "Government"));
    Map<String, Object> spacecraft = obj("response_mode", "normal", "id", 40, "name", "Dragon 2",
        "type", obj("id", 1, "name", "Capsule"), "agency", spacex, "family", List.of(), "in_use", true, "image", null);
    server.importJson("config/docking_locations", CatalogFixture.json(List.of(obj("id", 3, "name", "Harmony Forward",
        "spacestation", obj("id", 4, "name", "International Space Station", "image", null),
        "spacecraft", spacecraft, "payload", obj("response_mode", "list", "id", 30, "name", "Dragon CRS-2",
            "type", obj("id", 1, "name", "Satellite"), "manufacturer", spacex, "operator", spacex, "image", null)))));
    JsonNode port = server.get("/2.3.0/config/docking_locations/3/").json();
    assertThat(UpstreamKeyOrder.load().mismatches("DockingLocation", port)).isEmpty();
    assertThat(port.at("/spacestation/url").asText()).isEqualTo(server.origin() + "/2.3.0/space_stations/4/");
    assertThat(port.at("/spacecraft/response_mode").asText()).isEqualTo("normal");
    assertThat(port.at("/spacecraft/url").asText()).isEqualTo(server.origin() + "/2.3.0/spacecraft_configurations/40/");
    assertThat(port.get("payload")).isEqualTo(server.get(LIST + "30/?mode=list").json());
    assertThat(port.at("/payload/response_mode").asText()).isEqualTo("list");
    // The docking location's PayloadMini leaves what only the payload's larger shapes carry as stored.
    assertThat(server.get(LIST + "30/").json().at("/program/1/name").asText()).isEqualTo("ISS");
    TestServer.Response missing = server.get("/2.3.0/config/docking_locations/9/");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("{\"detail\":\"No DockingLocation matches the given query.\"}");
  }

  @Test
  void unknownIdsAreNotFoundAndBadValuesAreNamed() {
    for (String path : List.of(LIST + "2/", LIST + "EarthCARE/")) {
      TestServer.Response r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).isEqualTo("{\"detail\":\"No Payload matches the given query.\"}");
    }
    Query.assertRejected(server, LIST, "program__id=x&operator=y&manufacturer__id=1.5.2",
        "{\"manufacturer__id\":[\"Enter a number.\"],\"operator\":[\"Enter a number.\"],"
            + "\"program__id\":[\"Enter a number.\"]}");
  }
}
