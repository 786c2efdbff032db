package dev.tminus.resource.launcherconfig;

import static dev.tminus.support.CatalogFixture.RUSSIA;
import static dev.tminus.support.CatalogFixture.USA;
import static dev.tminus.support.CatalogFixture.agency;
import static dev.tminus.support.CatalogFixture.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.resource.Resources;
import dev.tminus.support.HelpTextCoverage;
import dev.tminus.support.CatalogFixture;
import dev.tminus.support.CounterQueries;
import dev.tminus.support.Query;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
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
 * {@code /2.3.0/launcher_configurations/} and {@code /2.3.0/launcher_configuration_families/}
 * through real HTTP, from one import of detailed configurations: every filter, search field and
 * ordering field of both help texts, the three modes of each with upstream's keys in order, the
 * details, 404s and 400s.
 *
 * <p>Families (manufacturers; parent; maiden flight): 1 Falcon (SpaceX; 2010-06-04), 2 Atlas
 * (Lockheed Martin, ULA; 1957-12-17), 3 Soyuz (RFSA; 1966-11-28), 4 Atlas V (ULA; Atlas;
 * 2002-08-21). Configurations (manufacturer; families; programs; active, placeholder; maiden
 * flight; cost; mass; LEO; GTO): 10 Falcon 9 (SpaceX; 1; -; yes, no; 2018-05-11; 67M; 549; 22800;
 * 8300), 20 Atlas V 401 (ULA; 2, 4; 5; yes, no; 2002-08-21; 109M; 334.5; 9800; 4750), 30 Soyuz 2.1a
 * (RFSA; 3; -; yes, no; 2004-11-08; 35M; 312; 7020; 3250), 40 Saturn V (NASA; -; 4; no, no;
 * 1967-11-09; 185M; 2970; 140000; 48600), 50 Starship (SpaceX; -; -; yes, yes; none; none; 1500;
 * 150000; none), 60 Mercury-Atlas (NASA; 2; 2, 4; no, no; 1960-07-29; none; 120; 1360; none).
 * Counters of both by {@link CatalogFixture#counter}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LauncherConfigsContract {
  static final String CONFIGS = "/2.3.0/launcher_configurations/";
  static final String FAMILIES = "/2.3.0/launcher_configuration_families/";
  static final List<String> COUNTERS = dev.tminus.resource.launcherconfig.Counters.LAUNCHER;

  static final Map<String, Object> NASA = manufacturer(agency(44, "National Aeronautics and Space Administration", "NASA", 1, List.of(USA)));
  static final Map<String, Object> SPACEX = manufacturer(agency(121, "SpaceX", "SpX", 3, List.of(USA)));
  static final Map<String, Object> RFSA = manufacturer(agency(63, "Russian Federal Space Agency (ROSCOSMOS)", "RFSA", 1, List.of(RUSSIA)));
  static final Map<String, Object> LOCKHEED = manufacturer(agency(82, "Lockheed Martin", "LMT", 3, List.of(USA)));
  static final Map<String, Object> ULA = manufacturer(agency(124, "United Launch Alliance", "ULA", 3, List.of(USA)));

  static final List<Map<String, Object>> FAMILY_LIST = families();
  static final Map<String, Object> ATLAS_V = FAMILY_LIST.get(3);
  static final Map<String, Object> APOLLO = program(4, "Apollo");
  static final List<Map<String, Object>> CONFIG_LIST = configs();

  static final List<Query> CONFIG_FILTERS = List.of(
      Query.of("active=true", 10, 20, 30, 50),
      Query.of("families=2", 20, 60),
      Query.of("families__contains=4", 20),
      Query.of("full_name=Atlas%20LV-3B", 60),
      Query.of("full_name__contains=Atlas", 20, 60),
      Query.of("is_placeholder=true", 50),
      Query.of("maiden_flight=2002-08-21", 20),
      Query.of("maiden_flight__gt=2004-11-08", 10),
      Query.of("maiden_flight__gte=2004-11-08", 10, 30),
      Query.of("maiden_flight__lt=1967-11-09", 60),
      Query.of("maiden_flight__lte=1967-11-09", 40, 60),
      Query.of("manufacturer__name=SpaceX", 10, 50),
      Query.of("manufacturer__name__contains=Alliance", 20),
      Query.of("name=Saturn%20V", 40),
      Query.of("name__contains=Atlas", 20, 60),
      Query.of("program=4", 40, 60),
      Query.of("program__contains=2", 60));

  static final List<Query> CONFIG_RULES = List.of(
      Query.of("active=False", 40, 60),
      Query.of("families=2&families=3", 20, 30, 60),
      Query.of("families=1,3", 10, 30),
      Query.of("maiden_flight__lt=10/01/1967", 60),
      Query.of("maiden_flight=2002-8-21", 20),
      Query.of("search=block", 10),
      Query.of("search=LV-3B", 60),
      Query.of("search=ULA", 20),
      Query.of("search=lockheed"),
      Query.of("search=aeronautics", 40, 60),
      Query.of("search=soyuz", 30));

  static final List<Query> CONFIG_ORDERINGS = List.of(
      Query.of("ordering=gto_capacity", 30, 20, 10, 40, 50, 60),
      Query.of("ordering=-gto_capacity", 50, 60, 40, 10, 20, 30),
      Query.of("ordering=launch_cost", 30, 10, 20, 40, 50, 60),
      Query.of("ordering=-launch_cost", 50, 60, 40, 20, 10, 30),
      Query.of("ordering=launch_mass", 60, 30, 20, 10, 50, 40),
      Query.of("ordering=-launch_mass", 40, 50, 10, 20, 30, 60),
      Query.of("ordering=leo_capacity", 60, 30, 20, 10, 40, 50),
      Query.of("ordering=-leo_capacity", 50, 40, 10, 20, 30, 60),
      Query.of("ordering=maiden_flight", 60, 40, 20, 30, 10, 50),
      Query.of("ordering=-maiden_flight", 50, 10, 30, 20, 40, 60),
      Query.of("ordering=name", 20, 10, 60, 40, 30, 50),
      Query.of("ordering=-name", 50, 30, 40, 60, 10, 20));

  static final List<Query> FAMILY_FILTERS = List.of(
      Query.of("maiden_flight=1957-12-17", 2),
      Query.of("maiden_flight__gt=1966-11-28", 1, 4),
      Query.of("maiden_flight__gte=1966-11-28", 1, 3, 4),
      Query.of("maiden_flight__lt=2002-08-21", 2, 3),
      Query.of("maiden_flight__lte=2002-08-21", 2, 3, 4),
      Query.of("manufacturer__abbrev=ULA", 2, 4),
      Query.of("manufacturer__abbrev__contains=MT", 2),
      Query.of("manufacturer__country_code=RUS", 3),
      Query.of("manufacturer__id=82", 2),
      Query.of("manufacturer__id__contains=2", 1, 2, 4),
      Query.of("manufacturer__name=SpaceX", 1),
      Query.of("manufacturer__name__contains=Lockheed", 2),
      Query.of("name=Atlas", 2),
      Query.of("name__contains=Atlas", 2, 4));

  static final List<Query> FAMILY_RULES = List.of(
      Query.of("search=lmt", 2),
      Query.of("search=alliance", 2, 4),
      Query.of("search=falcon", 1),
      Query.of("manufacturer__name__contains=lockheed"),
      Query.of("ordering=name", 2, 4, 1, 3),
      Query.of("ordering=-name", 3, 1, 4, 2));

  private TestServer server;

  abstract TestDatabase database();

  private static Map<String, Object> manufacturer(Map<String, Object> agency) {
    agency.put("response_mode", "normal");
    agency.put("featured", true);
    agency.put("launchers", "");
    agency.put("spacecraft", "");
    agency.put("social_media_links", List.of());
    return agency;
  }

  private static Map<String, Object> family(int id, String name, List<Map<String, Object>> makers,
      Map<String, Object> parent, String maiden) {
    return obj("response_mode", "detailed", "id", id, "name", name, "manufacturer", makers, "parent", parent,
        "description", name + " rockets", "active", true, "maiden_flight", maiden);
  }

  private static List<Map<String, Object>> families() {
    List<Map<String, Object>> out = List.of(
        family(1, "Falcon", List.of(SPACEX), null, "2010-06-04"),
        family(2, "Atlas", List.of(LOCKHEED, ULA), null, "1957-12-17"),
        family(3, "Soyuz", List.of(RFSA), null, "1966-11-28"),
        family(4, "Atlas V", List.of(ULA),
            obj("response_mode", "normal", "id", 2, "name", "Atlas", "manufacturer", List.of(LOCKHEED, ULA), "parent", null),
            "2002-08-21"));
    CatalogFixture.count(out, COUNTERS);
    return out;
  }

  private static Map<String, Object> program(int id, String name) {
    return obj("response_mode", "normal", "id", id, "name", name, "agencies", List.of(), "mission_patches", List.of(),
        "type", obj("id", 1, "name", "Crewed"));
  }

  private static Map<String, Object> config(int id, String name, String fullName, Map<String, Object> maker,
      List<Map<String, Object>> families, List<Map<String, Object>> programs, boolean active, boolean placeholder,
      String maiden, Long cost, double mass, double leo, Double gto) {
    return obj("response_mode", "detailed", "id", id, "name", name, "families", families, "full_name", fullName,
        "variant", "", "active", active, "is_placeholder", placeholder, "manufacturer", maker, "program", programs,
        "reusable", false, "image", null, "description", name + " flies", "maiden_flight", maiden, "launch_cost", cost,
        "launch_mass", mass, "leo_capacity", leo, "gto_capacity", gto, "fastest_turnaround", "P7D");
  }

  static List<Map<String, Object>> configs() {
    var f = FAMILY_LIST;
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(config(10, "Falcon 9", "Falcon 9 Block 5", SPACEX, List.of(f.get(0)), List.of(), true, false, "2018-05-11",
        67_000_000L, 549.0, 22800, 8300.0));
    out.add(config(20, "Atlas V 401", "Atlas V 401", ULA, List.of(f.get(1), ATLAS_V), List.of(program(5, "Commercial Crew")),
        true, false, "2002-08-21", 109_000_000L, 334.5, 9800, 4750.0));
    out.add(config(30, "Soyuz 2.1a", "Soyuz 2.1a", RFSA, List.of(f.get(2)), List.of(), true, false, "2004-11-08",
        35_000_000L, 312.0, 7020, 3250.0));
    out.add(config(40, "Saturn V", "Saturn V", NASA, List.of(), List.of(APOLLO), false, false, "1967-11-09",
        185_000_000L, 2970.0, 140000, 48600.0));
    out.add(config(50, "Starship", "Starship", SPACEX, List.of(), List.of(), true, true, null, null, 1500.0, 150000, null));
    out.add(config(60, "Mercury-Atlas", "Atlas LV-3B", NASA, List.of(f.get(1)), List.of(program(2, "Mercury"), APOLLO),
        false, false, "1960-07-29", null, 120.0, 1360, null));
    CatalogFixture.count(out, COUNTERS);
    return out;
  }

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    server.importJson("launcher_configurations", CatalogFixture.json(CONFIG_LIST));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  static Stream<Query> configFilters() {
    return Stream.concat(CONFIG_FILTERS.stream(), CounterQueries.filters(CONFIG_LIST, COUNTERS).stream());
  }

  static Stream<Query> configOthers() {
    return Stream.of(CONFIG_RULES.stream(), CONFIG_ORDERINGS.stream(),
        CounterQueries.orderings(CONFIG_LIST, COUNTERS).stream()).flatMap(s -> s);
  }

  static Stream<Query> familyFilters() {
    return Stream.concat(FAMILY_FILTERS.stream(), CounterQueries.filters(FAMILY_LIST, COUNTERS).stream());
  }

  static Stream<Query> familyOthers() {
    return Stream.concat(FAMILY_RULES.stream(), CounterQueries.orderings(FAMILY_LIST, COUNTERS).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configFilters")
  void everyConfigurationFilterFilters(Query q) {
    assertThat(q.ids()).as("a query that some configurations fail").isNotEqualTo(CatalogFixture.ids(CONFIG_LIST));
    q.assertAnswered(server, CONFIGS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configOthers")
  void configurationRulesSearchesAndOrderings(Query q) {
    q.assertAnswered(server, CONFIGS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("familyFilters")
  void everyFamilyFilterFilters(Query q) {
    assertThat(q.ids()).as("a query that some families fail").isNotEqualTo(List.of(1, 2, 3, 4));
    q.assertAnswered(server, FAMILIES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("familyOthers")
  void familySearchesAndOrderings(Query q) {
    q.assertAnswered(server, FAMILIES);
  }

  @Test
  void everyParameterOfBothHelpTextsHasItsQuery() {
    HelpTextCoverage.assertQueried(Resources.byCollection("launcher_configurations"), configFilters().toList(),
        Stream.concat(CONFIG_ORDERINGS.stream(), CounterQueries.orderings(CONFIG_LIST, COUNTERS).stream()).toList());
    HelpTextCoverage.assertQueried(Resources.byCollection("launcher_configuration_families"), familyFilters().toList(),
        familyOthers().toList());
  }

  @Test
  void everyModeOfBothIsItsUpstreamSchemaAndListsAreNormalByDefault() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    for (String list : List.of(CONFIGS, FAMILIES)) {
      String results = upstream.resultsSchema(list);
      for (String mode : List.of("", "mode=list", "mode=normal", "mode=detailed")) {
        String expected = mode.isEmpty() ? "normal" : mode.substring(5);
        for (JsonNode o : server.get(list + "?" + mode).json().get("results")) {
          assertThat(o.get("response_mode").asText()).as(list + mode).isEqualTo(expected);
          assertThat(upstream.mismatches(results, o)).as(list + mode + " " + o).isEmpty();
        }
      }
    }
    JsonNode atlas = server.get(CONFIGS + "20/").json();
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/launcher_configurations/{id}/"), atlas)).isEmpty();
    assertThat(server.get(CONFIGS + "20/?mode=list").json())
        .isEqualTo(server.get(CONFIGS + "?mode=list&name=Atlas%20V%20401").json().at("/results/0"));
    JsonNode atlasV = server.get(FAMILIES + "4/").json();
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/launcher_configuration_families/{id}/"), atlasV))
        .isEmpty();
  }

  @Test
  void nestedObjectsHaveTheModesOfTheirDepth() {
    JsonNode atlas = server.get(CONFIGS + "20/").json();
    assertThat(atlas.at("/families/0/id").asInt()).isEqualTo(2);
    assertThat(atlas.at("/families/1/response_mode").asText()).isEqualTo("detailed");
    assertThat(atlas.at("/families/1/parent/response_mode").asText()).isEqualTo("normal");
    assertThat(atlas.at("/families/1/parent/name").asText()).isEqualTo("Atlas");
    assertThat(atlas.at("/families/0/manufacturer/1/abbrev").asText()).isEqualTo("ULA");
    assertThat(atlas.at("/families/0/manufacturer/0/response_mode").asText()).isEqualTo("normal");
    assertThat(atlas.at("/manufacturer/url").asText()).isEqualTo(server.origin() + "/2.3.0/agencies/124/");
    assertThat(atlas.at("/program/0/response_mode").asText()).isEqualTo("normal");
    assertThat(atlas.get("maiden_flight").asText()).isEqualTo("2002-08-21");
    assertThat(atlas.get("launch_cost").asLong()).isEqualTo(109_000_000L);
    assertThat(atlas.get("launch_mass").asDouble()).isEqualTo(334.5);
    JsonNode listed = server.get(CONFIGS + "?mode=list&name=Atlas%20V%20401").json().at("/results/0");
    assertThat(listed.at("/families/1/response_mode").asText()).isEqualTo("list");
    JsonNode normal = server.get(CONFIGS + "?name=Atlas%20V%20401").json().at("/results/0");
    assertThat(normal.at("/families/1/parent/response_mode").asText()).isEqualTo("list");
    assertThat(normal.at("/manufacturer/response_mode").asText()).isEqualTo("normal");
    assertThat(normal.has("total_launch_count")).isFalse();
  }

  @Test
  void unknownIdsAreNotFoundAndBadValuesAreNamed() {
    for (String path : List.of(CONFIGS + "11/", CONFIGS + "falcon/", FAMILIES + "5/")) {
      TestServer.Response r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).startsWith("{\"detail\":\"No LauncherConfig");
    }
    Query.assertRejected(server, CONFIGS, "families=99&maiden_flight__gt=2024-02-30&total_launch_count=x",
        "{\"total_launch_count\":[\"Enter a number.\"],"
            + "\"families\":[\"Select a valid choice. 99 is not one of the available choices.\"],"
            + "\"maiden_flight__gt\":[\"Enter a valid date.\"]}");
    Query.assertRejected(server, FAMILIES, "maiden_flight=soon", "{\"maiden_flight\":[\"Enter a valid date.\"]}");
  }
}
