package dev.tminus.resource.launcher;

import static dev.tminus.support.CatalogFixture.USA;
import static dev.tminus.support.CatalogFixture.agency;
import static dev.tminus.support.CatalogFixture.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Resource;
import dev.tminus.resource.Resources;
import dev.tminus.support.HelpTextCoverage;
import dev.tminus.support.CatalogFixture;
import dev.tminus.support.Query;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
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
 * {@code /2.3.0/launchers/} through real HTTP: every filter, search field and ordering field of its
 * help text, the three modes with upstream's keys in order, the detail with its configuration in
 * list mode, 404s and 400s.
 *
 * <p>Configurations: 10 Falcon 9 (SpaceX), 20 Atlas V 401 (United Launch Alliance), 30 Electron
 * (Rocket Lab). Launchers (serial; proven, placeholder; status; landed/attempted; flights; first and
 * last launch; configuration): 1 B1048 (yes, no; Retired; 9/10; 10; 2017-03-30, 2021-05-09; 10),
 * 5 B1060 (yes, no; Active; 20/20; 20; 2020-06-30, 2023-01-03; 10), 12 AV-099 (no, no; Expended;
 * 0/0; 1; 2022-01-21 twice; 20), 25 none (no, yes; Active; 0/0; 0; never; 10), 103 B1071 (yes, no;
 * Active; 15/16; 16; 2020-11-21, 2024-05-22; 30).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LaunchersContract {
  static final String LIST = "/2.3.0/launchers/";

  static final List<Query> FILTERS = List.of(
      Query.of("attempted_landings=16", 103),
      Query.of("attempted_landings__gt=10", 5, 103),
      Query.of("attempted_landings__gte=10", 1, 5, 103),
      Query.of("attempted_landings__lt=10", 12, 25),
      Query.of("attempted_landings__lte=10", 1, 12, 25),
      Query.of("first_launch_date=2022-01-21T19:00:00Z", 12),
      Query.of("flight_proven=true", 1, 5, 103),
      Query.of("flights=20", 5),
      Query.of("flights__gt=10", 5, 103),
      Query.of("flights__gte=10", 1, 5, 103),
      Query.of("flights__lt=10", 12, 25),
      Query.of("flights__lte=1", 12, 25),
      Query.of("id=12", 12),
      Query.of("id__contains=0", 103),
      Query.of("is_placeholder=true", 25),
      Query.of("last_launch_date=2021-05-09T06:42:00Z", 1),
      Query.of("launcher_config__ids=20,30", 12, 103),
      Query.of("launcher_config__manufacturer__name=SpaceX", 1, 5, 25),
      Query.of("launcher_config__manufacturer__name__contains=Lab", 103),
      Query.of("serial_number=B1060", 5),
      Query.of("serial_number__contains=B10", 1, 5, 103),
      Query.of("status=1", 5, 25, 103),
      Query.of("successful_landings=9", 1),
      Query.of("successful_landings__gt=9", 5, 103),
      Query.of("successful_landings__gte=9", 1, 5, 103),
      Query.of("successful_landings__lt=9", 12, 25),
      Query.of("successful_landings__lte=15", 1, 12, 25, 103));

  static final List<Query> RULES = List.of(
      Query.of("first_launch_date=2022-01-21%2020:00:00%2B01:00", 12),
      Query.of("id__contains=1", 1, 12, 103),
      Query.of("launcher_config__ids=99"),
      Query.of("search=b1048", 1),
      Query.of("search=retired", 1),
      Query.of("search=active", 5, 25, 103),
      Query.of("search=AV", 12));

  static final List<Query> ORDERINGS = List.of(
      Query.of("ordering=attempted_landings", 12, 25, 1, 103, 5),
      Query.of("ordering=-attempted_landings", 5, 103, 1, 12, 25),
      Query.of("ordering=flight_proven", 12, 25, 1, 5, 103),
      Query.of("ordering=-flight_proven", 1, 5, 103, 12, 25),
      Query.of("ordering=flights", 25, 12, 1, 103, 5),
      Query.of("ordering=-flights", 5, 103, 1, 12, 25),
      Query.of("ordering=id", 1, 5, 12, 25, 103),
      Query.of("ordering=-id", 103, 25, 12, 5, 1),
      Query.of("ordering=successful_landings", 12, 25, 1, 103, 5),
      Query.of("ordering=-successful_landings", 5, 103, 1, 12, 25));

  private TestServer server;

  abstract TestDatabase database();

  private static Map<String, Object> config(int id, String name, Map<String, Object> maker) {
    maker.put("response_mode", "normal");
    maker.put("featured", false);
    return obj("response_mode", "detailed", "id", id, "name", name, "families", List.of(), "full_name", name,
        "variant", "", "active", true, "is_placeholder", false, "manufacturer", maker, "program", List.of(),
        "reusable", false);
  }

  private static Map<String, Object> launcher(int id, String serial, boolean proven, boolean placeholder, int status,
      int landed, int attempted, int flights, String first, String last, Map<String, Object> config) {
    String[] statuses = {"", "Active", "Retired", "", "Expended"};
    return obj("response_mode", "detailed", "id", id, "flight_proven", proven, "serial_number", serial,
        "is_placeholder", placeholder, "status", obj("id", status, "name", statuses[status]), "image", null,
        "details", "Launcher " + id, "successful_landings", landed, "attempted_landings", attempted, "flights", flights,
        "last_launch_date", last, "first_launch_date", first, "fastest_turnaround", null,
        "launcher_config", obj("response_mode", "list", "id", config.get("id"), "name", config.get("name"),
            "families", List.of(), "full_name", config.get("name"), "variant", ""));
  }

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    Map<String, Object> falcon = config(10, "Falcon 9", agency(121, "SpaceX", "SpX", 3, List.of(USA)));
    Map<String, Object> atlas = config(20, "Atlas V 401", agency(124, "United Launch Alliance", "ULA", 3, List.of(USA)));
    Map<String, Object> electron = config(30, "Electron", agency(147, "Rocket Lab", "RL", 3, List.of(USA)));
    server.importJson("launcher_configurations", CatalogFixture.json(List.of(falcon, atlas, electron)));
    server.importJson("launchers", CatalogFixture.json(List.of(
        launcher(1, "B1048", true, false, 2, 9, 10, 10, "2017-03-30T22:27:00Z", "2021-05-09T06:42:00Z", falcon),
        launcher(5, "B1060", true, false, 1, 20, 20, 20, "2020-06-30T20:10:00Z", "2023-01-03T14:56:00Z", falcon),
        launcher(12, "AV-099", false, false, 4, 0, 0, 1, "2022-01-21T19:00:00Z", "2022-01-21T19:00:00Z", atlas),
        launcher(25, null, false, true, 1, 0, 0, 0, null, null, falcon),
        launcher(103, "B1071", true, false, 1, 15, 16, 16, "2020-11-21T17:17:00Z", "2024-05-22T08:00:00Z", electron))));
  }

  @AfterAll
  void stop() {
    server.close();
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
    assertThat(q.ids()).as("a query that some launchers fail").isNotEqualTo(List.of(1, 5, 12, 25, 103));
    q.assertAnswered(server, LIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("others")
  void valuesSearchesAndOrderingsAreReadAsDjangoReadsThem(Query q) {
    q.assertAnswered(server, LIST);
  }

  @Test
  void everyParameterOfTheHelpTextHasItsQuery() {
    Resource<?> launchers = Resources.byCollection("launchers");
    HelpTextCoverage.assertQueried(launchers, FILTERS, ORDERINGS);
    assertThat(launchers.searchFieldNames()).containsExactly("serial_number", "status__name");
  }

  @Test
  void everyModeIsItsUpstreamSchemaAndTheDetailNestsItsConfiguration() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    String results = upstream.resultsSchema(LIST);
    for (String mode : List.of("", "mode=list", "mode=normal", "mode=detailed")) {
      String expected = mode.isEmpty() ? "normal" : mode.substring(5);
      for (JsonNode o : server.get(LIST + "?" + mode).json().get("results")) {
        assertThat(o.get("response_mode").asText()).isEqualTo(expected);
        assertThat(upstream.mismatches(results, o)).as(mode + " " + o).isEmpty();
      }
    }
    JsonNode b1071 = server.get(LIST + "103/").json();
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/launchers/{id}/"), b1071)).isEmpty();
    assertThat(b1071.get("url").asText()).isEqualTo(server.origin() + "/2.3.0/launchers/103/");
    assertThat(b1071.at("/launcher_config/response_mode").asText()).isEqualTo("list");
    assertThat(b1071.at("/launcher_config/url").asText()).isEqualTo(server.origin() + "/2.3.0/launcher_configurations/30/");
    assertThat(b1071.get("first_launch_date").asText()).isEqualTo("2020-11-21T17:17:00Z");
    assertThat(server.get(LIST + "25/").json().get("serial_number").isNull()).isTrue();
    assertThat(server.get(LIST + "103/?mode=list").json()).isEqualTo(server.get(LIST + "?mode=list&id=103").json().at("/results/0"));
  }

  @Test
  void unknownIdsAreNotFoundAndBadValuesAreNamed() {
    for (String path : List.of(LIST + "2/", LIST + "B1048/")) {
      TestServer.Response r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).isEqualTo("{\"detail\":\"No Launcher matches the given query.\"}");
    }
    Query.assertRejected(server, LIST, "flights=x&first_launch_date=yesterday&launcher_config__ids=a",
        "{\"first_launch_date\":[\"Enter a valid date/time.\"],\"flights\":[\"Enter a number.\"],"
            + "\"launcher_config__ids\":[\"Enter a number.\"]}");
  }
}
