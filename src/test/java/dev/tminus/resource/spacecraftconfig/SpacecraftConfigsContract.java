package dev.tminus.resource.spacecraftconfig;

import static dev.tminus.support.CatalogFixture.RUSSIA;
import static dev.tminus.support.CatalogFixture.USA;
import static dev.tminus.support.CatalogFixture.agency;
import static dev.tminus.support.CatalogFixture.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Resource;
import dev.tminus.resource.Resources;
import dev.tminus.support.CatalogFixture;
import dev.tminus.support.Query;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /2.3.0/spacecraft_configurations/} (normal and detailed) and
 * {@code /2.3.0/spacecraft_configuration_families/} (list, normal, detailed with the family's
 * configurations) through real HTTP, from one import of detailed configurations: every filter,
 * search field and ordering field of both help texts, the modes with upstream's keys, 404s, 400s.
 *
 * <p>Families (manufacturer; parent): 1 Dragon (SpaceX), 2 Soyuz (RFSA), 3 Dragon 2 (SpaceX;
 * Dragon). Configurations (type; agency; in use; human rated; families): 4 Orion (Capsule; NASA;
 * yes; yes; -), 11 Crew Dragon (Capsule; SpaceX; yes; yes; 3), 12 Cargo Dragon (Cargo; SpaceX; yes;
 * no; 1), 20 Soyuz MS (Capsule; RFSA; yes; yes; 2), 43 Apollo Lunar Module (Lander; NASA; no; yes; -).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpacecraftConfigsContract {
  static final String CONFIGS = "/2.3.0/spacecraft_configurations/";
  static final String FAMILIES = "/2.3.0/spacecraft_configuration_families/";

  static final List<Query> CONFIG_QUERIES = List.of(
      Query.of("agency=121", 11, 12),
      Query.of("human_rated=false", 12),
      Query.of("in_use=false", 43),
      Query.of("name=Orion", 4),
      Query.of("search=spx", 11, 12),
      Query.of("search=aeronautics", 4, 43),
      Query.of("search=lunar", 43),
      Query.of("search=dragon", 11, 12),
      Query.of("ordering=name", 43, 12, 11, 4, 20),
      Query.of("ordering=-name", 20, 4, 11, 12, 43));

  static final List<Query> FAMILY_QUERIES = List.of(
      Query.of("manufacturer=121", 1, 3),
      Query.of("name=Soyuz", 2),
      Query.of("search=rfsa", 2),
      Query.of("search=roscosmos", 2),
      Query.of("search=dragon", 1, 3),
      Query.of("ordering=name", 1, 3, 2),
      Query.of("ordering=-name", 2, 3, 1));

  private TestServer server;

  abstract TestDatabase database();

  private static Map<String, Object> normal(Map<String, Object> agency) {
    agency.put("response_mode", "normal");
    agency.put("featured", true);
    return agency;
  }

  static final Map<String, Object> NASA = normal(agency(44, "National Aeronautics and Space Administration", "NASA", 1, List.of(USA)));
  static final Map<String, Object> SPACEX = normal(agency(121, "SpaceX", "SpX", 3, List.of(USA)));
  static final Map<String, Object> RFSA = normal(agency(63, "Russian Federal Space Agency (ROSCOSMOS)", "RFSA", 1, List.of(RUSSIA)));

  private static Map<String, Object> family(int id, String name, Map<String, Object> maker, Map<String, Object> parent) {
    return obj("response_mode", "normal", "id", id, "name", name, "description", name + " spacecraft",
        "manufacturer", maker, "parent", parent, "maiden_flight", "2010-12-08", "spacecraft_flown", id);
  }

  private static Map<String, Object> config(int id, String name, int type, Map<String, Object> agency, boolean inUse,
      boolean humanRated, List<Map<String, Object>> families) {
    return obj("response_mode", "detailed", "id", id, "name", name,
        "type", obj("id", type, "name", type == 1 ? "Capsule" : type == 2 ? "Cargo" : "Lander"), "agency", agency,
        "family", families, "in_use", inUse, "image", null, "capability", "", "history", "", "details", "",
        "maiden_flight", "1968-01-22", "human_rated", humanRated, "crew_capacity", humanRated ? 3 : null,
        "wiki_link", "", "info_link", "", "fastest_turnaround", null);
  }

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    Map<String, Object> dragon = family(1, "Dragon", SPACEX, null);
    Map<String, Object> soyuz = family(2, "Soyuz", RFSA, null);
    Map<String, Object> dragon2 = family(3, "Dragon 2", SPACEX, obj("response_mode", "normal", "id", 1, "name", "Dragon",
        "description", "Dragon spacecraft", "manufacturer", obj("response_mode", "list", "id", 121, "name", "SpaceX",
            "abbrev", "SpX", "type", obj("id", 3, "name", "Commercial")), "parent", null, "maiden_flight", "2010-12-08"));
    server.importJson("spacecraft_configurations", CatalogFixture.json(List.of(
        config(4, "Orion", 1, NASA, true, true, List.of()),
        config(11, "Crew Dragon", 1, SPACEX, true, true, List.of(dragon2)),
        config(12, "Cargo Dragon", 2, SPACEX, true, false, List.of(dragon)),
        config(20, "Soyuz MS", 1, RFSA, true, true, List.of(soyuz)),
        config(43, "Apollo Lunar Module", 4, NASA, false, true, List.of()))));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  static Stream<Query> configQueries() {
    return CONFIG_QUERIES.stream();
  }

  static Stream<Query> familyQueries() {
    return FAMILY_QUERIES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configQueries")
  void configurationFiltersSearchesAndOrderings(Query q) {
    q.assertAnswered(server, CONFIGS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("familyQueries")
  void familyFiltersSearchesAndOrderings(Query q) {
    q.assertAnswered(server, FAMILIES);
  }

  @Test
  void everyParameterOfBothHelpTextsHasItsQuery() {
    for (var e : Map.of("spacecraft_configurations", CONFIG_QUERIES, "spacecraft_configuration_families", FAMILY_QUERIES)
        .entrySet()) {
      Resource<?> r = Resources.byCollection(e.getKey());
      Set<String> params = new TreeSet<>();
      e.getValue().forEach(q -> params.addAll(q.params()));
      for (var f : r.filters()) assertThat(params).as(e.getKey()).contains(f.param());
      assertThat(r.orderingNames()).containsExactly("name");
    }
  }

  @Test
  void everyModeIsItsUpstreamSchema() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    for (String list : List.of(CONFIGS, FAMILIES)) {
      String results = upstream.resultsSchema(list);
      for (String mode : List.of("", "mode=list", "mode=normal", "mode=detailed")) {
        String expected = mode.isEmpty() || list.equals(CONFIGS) && mode.equals("mode=list") ? "normal" : mode.substring(5);
        for (JsonNode o : server.get(list + "?" + mode).json().get("results")) {
          assertThat(o.get("response_mode").asText()).as(list + mode).isEqualTo(expected);
          assertThat(upstream.mismatches(results, o)).as(list + mode + " " + o).isEmpty();
        }
      }
    }
    JsonNode crewDragon = server.get(CONFIGS + "11/").json();
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/spacecraft_configurations/{id}/"), crewDragon)).isEmpty();
    assertThat(crewDragon.at("/agency/response_mode").asText()).isEqualTo("normal");
    assertThat(crewDragon.at("/family/0/response_mode").asText()).as("SpacecraftConfigFamilyDetailed's default").isEqualTo("normal");
    assertThat(crewDragon.at("/family/0/parent/manufacturer/response_mode").asText()).isEqualTo("list");
    JsonNode dragon = server.get(FAMILIES + "1/").json();
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/spacecraft_configuration_families/{id}/"), dragon))
        .isEmpty();
    assertThat(dragon.at("/spacecraft/0/id").asInt()).isEqualTo(12);
    assertThat(dragon.get("spacecraft").size()).isEqualTo(1);
    assertThat(dragon.at("/spacecraft/0/agency/response_mode").asText()).isEqualTo("list");
  }

  @Test
  void unknownIdsAreNotFoundAndBadValuesAreNamed() {
    assertThat(server.get(CONFIGS + "5/").body()).isEqualTo("{\"detail\":\"No SpacecraftConfiguration matches the given query.\"}");
    assertThat(server.get(FAMILIES + "4/").status()).isEqualTo(404);
    Query.assertRejected(server, CONFIGS, "agency=SpaceX", "{\"agency\":[\"Enter a number.\"]}");
    Query.assertRejected(server, FAMILIES, "manufacturer=x", "{\"manufacturer\":[\"Enter a number.\"]}");
  }
}
