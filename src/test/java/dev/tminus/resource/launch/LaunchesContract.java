package dev.tminus.resource.launch;

import static dev.tminus.support.CatalogFixture.USA;
import static dev.tminus.support.CatalogFixture.agency;
import static dev.tminus.support.CatalogFixture.obj;
import static dev.tminus.support.ProgramFixture.program;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Resource;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.CatalogFixture;
import dev.tminus.support.HelpTextCoverage;
import dev.tminus.support.Query;
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
 * {@code /2.3.0/launches/} (and upcoming/previous) through real HTTP: every declared filter of the
 * help text, its search fields and orderings, 404s and 400s. Launches are the upstream samples'
 * Sputniks edited, ids {@code 00000000-0000-0000-0000-00000000000N} (read as N):
 *
 * <p>N (net; status; provider; pad/location; configuration; orbit; counters from; programs):
 * 1 (2020-01-05; 1; SpaceX 121; 10/1; 10 Falcon 9; LEO 8; 10; Gemini),
 * 2 (2021-02-10, from the detailed sample with its video url and a first stage B1062 whose previous flight is 1;
 * 3; Soviet 66; 32/15; 468 Sputnik; Suborbital 15; 20; none),
 * 3 (2022-03-15; 3; SpaceX; 10/1; 20 Falcon Heavy; LEO; 30; Apollo),
 * 4 (2023-04-20; 4; Rocket Lab 147; 40/2 on body 2; 30 Electron; SSO 9; 40; none),
 * 5 (2999-01-01; 1; SpaceX; 10/1; 10 Falcon 9; LEO; 50; Gemini, Apollo).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LaunchesContract {
  static final String LIST = "/2.3.0/launches/";

  static String uuid(int n) {
    return String.format("00000000-0000-0000-0000-%012d", n);
  }

  static final List<Query> FILTERS = new ArrayList<>(List.of(
      Query.of("lsp__id=66,147", 2, 4),
      Query.of("lsp__name=SpaceX,Rocket%20Lab", 1, 3, 4, 5),
      // Related agencies are the provider and its parent: 66's parent is Rocket Lab (147).
      Query.of("related_lsp__id=147", 2, 4),
      Query.of("related_lsp__id=66,121", 1, 2, 3, 5),
      Query.of("related_lsp__id=999"),
      Query.of("related_lsp__name=Rocket%20Lab", 2, 4),
      Query.of("related_lsp__name=Soviet%20Space%20Program,Nobody", 2),
      Query.of("location__ids=15,2", 2, 4),
      Query.of("pad=10", 1, 3, 5),
      Query.of("pad__location=2", 4),
      Query.of("pad__location__celestial_body__id=2", 4),
      Query.of("status=3", 2, 3),
      Query.of("status__ids=1,4", 1, 4, 5),
      Query.of("net__gt=2021-02-10T00:00:00Z", 3, 4, 5),
      Query.of("net__gte=2022-03-15T00:00:00Z", 3, 4, 5),
      Query.of("net__lt=2021-02-10T00:00:00Z", 1),
      Query.of("net__lte=2022-03-15T00:00:00Z", 1, 2, 3),
      Query.of("window_start__gt=2023-01-01T00:00:00Z", 4, 5),
      Query.of("window_start__gte=2023-04-20T00:00:00Z", 4, 5),
      Query.of("window_start__lt=2021-01-01T00:00:00Z", 1),
      Query.of("window_start__lte=2021-02-10T00:00:00Z", 1, 2),
      Query.of("window_end__gt=2023-04-20T01:00:00Z", 5),
      Query.of("window_end__gte=2023-04-20T01:00:00Z", 4, 5),
      Query.of("window_end__lt=2020-01-05T02:00:00Z", 1),
      Query.of("window_end__lte=2021-02-10T01:00:00Z", 1, 2),
      Query.of("include_suborbital=false", 1, 3, 4, 5),
      Query.of("rocket__configuration__full_name=Falcon 9 Block 5".replace(" ", "%20"), 1, 5),
      Query.of("rocket__configuration__full_name__icontains=falcon", 1, 3, 5),
      Query.of("rocket__configuration__id=20", 3),
      Query.of("rocket__configuration__manufacturer__name=Rocket%20Lab", 4),
      Query.of("rocket__configuration__manufacturer__name__icontains=spacex", 1, 3, 5),
      Query.of("rocket__configuration__name=Electron", 4),
      Query.of("launcher_config__id=20,30", 3, 4),
      Query.of("mission__orbit__celestial_body__id=2"),
      Query.of("mission__orbit__name=Sun-Synchronous%20Orbit", 4),
      Query.of("mission__orbit__name__icontains=low", 1, 3, 5),
      Query.of("program=1", 1, 5),
      Query.of("last_updated__gte=2024-03-03T00:00:00Z", 3, 4, 5),
      Query.of("last_updated__lte=2024-03-02T00:00:00Z", 1, 2),
      Query.of("slug=launch-3", 3),
      Query.of("launch_designator=2023-004,2020-001", 1, 4),
      Query.of("name=Launch%205", 5),
      Query.of("id=" + uuid(2) + "," + uuid(4), 2, 4),
      Query.of("video_url=" + "VIDEO", 2),
      Query.of("serial_number=B1062,B9999", 2),
      Query.of("day=15,20", 3, 4),
      Query.of("month=1", 1, 5),
      Query.of("year=2021,2023", 2, 4)));

  static {
    String[] counters = {"agency_launch_attempt_count", "agency_launch_attempt_count_year",
        "location_launch_attempt_count", "location_launch_attempt_count_year", "orbital_launch_attempt_count",
        "orbital_launch_attempt_count_year", "pad_launch_attempt_count", "pad_launch_attempt_count_year"};
    for (int k = 0; k < counters.length; k++) {
      String c = counters[k];
      // Launch N's counter k is 10 N + k.
      FILTERS.add(Query.of(c + "=" + (30 + k), 3));
      FILTERS.add(Query.of(c + "__gt=" + (30 + k), 4, 5));
      FILTERS.add(Query.of(c + "__gte=" + (30 + k), 3, 4, 5));
      FILTERS.add(Query.of(c + "__lt=" + (30 + k), 1, 2));
      FILTERS.add(Query.of(c + "__lte=" + (20 + k), 1, 2));
    }
  }

  static final List<Query> RULES = List.of(
      Query.of("search=starlink", 1),
      Query.of("search=2023-004", 4),
      Query.of("search=Rocket%20Lab", 4),
      Query.of("search=SpX", 1, 3, 5),
      Query.of("search=heavy", 3),
      Query.of("search=Baikonur", 2),
      Query.of("search=SLC-40", 1, 3, 5),
      // Each word matches some field: "4" is in pad SLC-40 and in configuration Sputnik 8K74PS.
      Query.of("search=Mission%204", 2, 3, 4, 5),
      Query.of("include_suborbital=true", 1, 2, 3, 4, 5),
      Query.of("program=1&program=2", 1, 3, 5),
      Query.of("lsp__id=999"));

  static final List<Query> ORDERINGS = List.of(
      Query.of("", 1, 2, 3, 4, 5),
      Query.of("ordering=id", 1, 2, 3, 4, 5),
      Query.of("ordering=-id", 5, 4, 3, 2, 1),
      Query.of("ordering=last_updated", 1, 2, 3, 4, 5),
      Query.of("ordering=-last_updated", 5, 4, 3, 2, 1),
      Query.of("ordering=name", 1, 2, 3, 4, 5),
      Query.of("ordering=-name", 5, 4, 3, 2, 1),
      Query.of("ordering=net", 1, 2, 3, 4, 5),
      Query.of("ordering=-net", 5, 4, 3, 2, 1));

  private TestServer server;
  private String video;

  abstract TestDatabase database();

  private static Map<String, Object> config(int id, String name, String fullName, Map<String, Object> maker) {
    maker.put("response_mode", "normal");
    maker.put("featured", false);
    return obj("response_mode", "detailed", "id", id, "name", name, "families", List.of(), "full_name", fullName,
        "variant", "", "active", true, "is_placeholder", false, "manufacturer", maker, "program", List.of(),
        "reusable", false);
  }

  private static ObjectNode launch(JsonNode base, int n, String net, int status, int lspId, String lspName,
      String lspAbbrev, int padId, int locationId, String locationName, int bodyId, int configId, String configName,
      String fullName, int orbitId, String orbitName, String orbitAbbrev, List<Object> programs) {
    ObjectNode l = base.deepCopy();
    l.put("id", uuid(n)).put("name", "Launch " + n).put("slug", "launch-" + n)
        .put("launch_designator", net.substring(0, 4) + "-00" + n)
        .put("last_updated", "2024-03-0" + n + "T00:00:00Z")
        .put("net", net + "T00:00:00Z").put("window_start", net + "T00:00:00Z").put("window_end", net + "T01:00:00Z");
    ((ObjectNode) l.get("status")).put("id", status);
    ObjectNode lsp = (ObjectNode) l.get("launch_service_provider");
    lsp.put("id", lspId).put("name", lspName).put("abbrev", lspAbbrev);
    ObjectNode pad = (ObjectNode) l.get("pad");
    pad.put("id", padId).put("name", padId == 32 ? "1/5" : padId == 10 ? "SLC-40" : "LC-" + padId);
    ObjectNode location = (ObjectNode) pad.get("location");
    location.put("id", locationId).put("name", locationName);
    ((ObjectNode) location.get("celestial_body")).put("id", bodyId);
    ObjectNode rocket = (ObjectNode) l.get("rocket");
    rocket.put("id", 100 + n);
    ObjectNode configuration = (ObjectNode) rocket.get("configuration");
    configuration.put("id", configId).put("name", configName).put("full_name", fullName);
    configuration.set("families", Json.MAPPER.createArrayNode());
    ObjectNode mission = (ObjectNode) l.get("mission");
    mission.put("id", 200 + n).put("name", n == 1 ? "Starlink 1" : "Mission " + n);
    ((ObjectNode) mission.get("orbit")).put("id", orbitId).put("name", orbitName).put("abbrev", orbitAbbrev);
    l.set("program", Json.MAPPER.valueToTree(programs));
    String[] counters = {"agency_launch_attempt_count", "agency_launch_attempt_count_year",
        "location_launch_attempt_count", "location_launch_attempt_count_year", "orbital_launch_attempt_count",
        "orbital_launch_attempt_count_year", "pad_launch_attempt_count", "pad_launch_attempt_count_year"};
    for (int k = 0; k < counters.length; k++) l.put(counters[k], 10 * n + k);
    return l;
  }

  @BeforeAll
  void start() throws Exception {
    JsonNode normal = Json.MAPPER.readTree(Files.readString(
        Shared.require("reference/ll2/samples/launches-list-normal-limit2-2.3.0.json"))).at("/results/0");
    JsonNode detailed = Json.MAPPER.readTree(Files.readString(
        Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    video = detailed.at("/vid_urls/0/url").asText();
    server = TestServer.start(database());
    server.importJson("launcher_configurations", CatalogFixture.json(List.of(
        config(10, "Falcon 9", "Falcon 9 Block 5", agency(121, "SpaceX", "SpX", 3, List.of(USA))),
        config(20, "Falcon Heavy", "Falcon Heavy", agency(121, "SpaceX", "SpX", 3, List.of(USA))),
        config(30, "Electron", "Electron", agency(147, "Rocket Lab", "RL", 3, List.of(USA))))));
    Object gemini = program(1, "Gemini").build();
    Object apollo = program(2, "Apollo").build();
    ArrayNode launches = Json.MAPPER.createArrayNode();
    launches.add(launch(normal, 1, "2020-01-05", 1, 121, "SpaceX", "SpX", 10, 1, "Cape Canaveral", 1, 10, "Falcon 9",
        "Falcon 9 Block 5", 8, "Low Earth Orbit", "LEO", List.of(gemini)));
    launches.add(launch(normal, 3, "2022-03-15", 3, 121, "SpaceX", "SpX", 10, 1, "Cape Canaveral", 1, 20,
        "Falcon Heavy", "Falcon Heavy", 8, "Low Earth Orbit", "LEO", List.of(apollo)));
    launches.add(launch(normal, 4, "2023-04-20", 4, 147, "Rocket Lab", "RL", 40, 2, "Mahia", 2, 30, "Electron",
        "Electron", 9, "Sun-Synchronous Orbit", "SSO", List.of()));
    launches.add(launch(normal, 5, "2999-01-01", 1, 121, "SpaceX", "SpX", 10, 1, "Cape Canaveral", 1, 10, "Falcon 9",
        "Falcon 9 Block 5", 8, "Low Earth Orbit", "LEO", List.of(gemini, apollo)));
    server.importJson("launches", Json.MAPPER.writeValueAsString(launches));
    ObjectNode two = launch(detailed, 2, "2021-02-10", 3, 66, "Soviet Space Program", "CCCP", 32, 15,
        "Baikonur Cosmodrome, Republic of Kazakhstan", 1, 468, "Sputnik 8K74PS", "Sputnik 8K74PS", 15, "Suborbital",
        "Sub", List.of());
    ((ObjectNode) two.at("/launch_service_provider")).put("id", 66);
    // A parent, so that related_lsp__* has a relation to follow: agency 66 counts as Rocket Lab's.
    ((ObjectNode) two.at("/launch_service_provider")).put("parent", "Rocket Lab");
    ((ObjectNode) two.get("rocket")).set("launcher_stage", Json.MAPPER.createArrayNode().add(Json.MAPPER.readTree(
        StageFixture.firstStage(1561, "Core", StageFixture.launcher(1062, "B1062", 15), 15,
            StageFixture.droneShipLanding(1789, 632.5), uuid(1)))));
    server.importJson("launches", Json.MAPPER.writeValueAsString(List.of(two)));
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  private Query real(Query q) {
    return q.query().contains("VIDEO")
        ? Query.of(q.query().replace("VIDEO", java.net.URLEncoder.encode(video, java.nio.charset.StandardCharsets.UTF_8)),
            q.ids().toArray(Integer[]::new))
        : q;
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
    assertThat(q.ids()).as("a query that some launches fail").isNotEqualTo(List.of(1, 2, 3, 4, 5));
    real(q).assertAnswered(server, LIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("others")
  void valuesSearchesAndOrderingsAreReadAsDjangoReadsThem(Query q) {
    q.assertAnswered(server, LIST);
  }

  @Test
  void everyDeclaredParameterHasItsQuery() {
    Resource<?> launches = Resources.byCollection("launches");
    // The filters over spacecraft flights are queried on crewed launches (SpacecraftFlightsContract).
    HelpTextCoverage.assertQueried(launches, Stream.concat(FILTERS.stream(), SpacecraftFlightsContract.FILTERS.stream())
        .toList(), ORDERINGS);
    assertThat(launches.searchFieldNames()).containsExactly("launch_designator", "launch_service_provider__name",
        "mission__name", "name", "pad__location__name", "pad__name", "rocket__configuration__manufacturer__abbrev",
        "rocket__configuration__manufacturer__name", "rocket__configuration__name",
        "rocket__spacecraftflight__spacecraft__name");
  }

  @Test
  void upcomingAndPreviousSplitAtNow() {
    Query.of("", 5).assertAnswered(server, LIST + "upcoming/");
    Query.of("hide_recent_previous=true", 5).assertAnswered(server, LIST + "upcoming/");
    Query.of("", 4, 3, 2, 1).assertAnswered(server, LIST + "previous/");
    Query.of("lsp__id=121", 3, 1).assertAnswered(server, LIST + "previous/");
    // Upstream's upcoming view does not search launch_designator; the others do.
    Query.of("search=2999-005", 5).assertAnswered(server, LIST);
    Query.of("search=2999-005").assertAnswered(server, LIST + "upcoming/");
    assertThat(server.get(LIST + "upcoming/" + uuid(5) + "/").status()).isEqualTo(200);
    assertThat(server.get(LIST + "previous/" + uuid(3) + "/").status()).isEqualTo(200);
  }

  @Test
  void everyModeIsItsUpstreamSchema() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    for (String[] m : new String[][] {{"mode=list", "LaunchBasic"}, {"mode=normal", "LaunchNormal"},
        {"mode=detailed", "LaunchDetailed"}, {"", "LaunchNormal"}}) {
      for (JsonNode o : server.get(LIST + "?" + m[0]).json().get("results")) {
        assertThat(upstream.mismatches(m[1], o)).as(m[0] + " " + o).isEmpty();
      }
    }
    JsonNode five = server.get(LIST + uuid(5) + "/").json();
    assertThat(five.get("response_mode").asText()).isEqualTo("detailed");
    assertThat(five.get("url").asText()).isEqualTo(server.origin() + LIST + uuid(5) + "/");
    assertThat(five.at("/rocket/configuration/manufacturer/name").asText()).isEqualTo("SpaceX");
    assertThat(five.at("/program/1/name").asText()).isEqualTo("Apollo");
    assertThat(server.get(LIST + uuid(2) + "/").json().at("/vid_urls/0/url").asText()).isEqualTo(video);
  }

  @Test
  void unknownIdsAreNotFoundAndBadValuesAreNamed() {
    for (String path : List.of(LIST + uuid(9) + "/", LIST + "3/", LIST + "not-a-uuid/", LIST + "upcoming/" + uuid(1) + "/")) {
      TestServer.Response r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).isEqualTo("{\"detail\":\"No Launch matches the given query.\"}");
    }
    Query.assertRejected(server, LIST, "id=12&net__gt=soon&lsp__id=x&pad=p",
        "{\"lsp__id\":[\"Enter a number.\"],\"pad\":[\"Enter a number.\"],\"net__gt\":[\"Enter a valid date/time.\"],"
            + "\"id\":[\"Enter a valid UUID.\"]}");
  }
}
