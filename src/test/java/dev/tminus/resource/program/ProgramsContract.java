package dev.tminus.resource.program;

import static dev.tminus.support.ProgramFixture.patch;
import static dev.tminus.support.ProgramFixture.program;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.SameJson;
import dev.tminus.support.Query;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /2.3.0/programs/} through real HTTP: list and normal modes (normal by default, for lists
 * and details alike), nested agencies and mission patches in id order, the detail, its 404 and
 * upstream's key order. The help text declares no filters, search or ordering: {@code search} and
 * other parameters are ignored, and {@code ordering} takes any plain field, as DRF's
 * OrderingFilter does for a view that declares none.
 *
 * <p>Programs: 1 Gemini (agency 44; patch 11), 2 Apollo (agencies 63, 44; patches 22 of agency 44
 * and 21 of none), 3 Shenzhou (agency 17; no image, no end date), 10 Artemis (agencies 44, 27;
 * patch 101 of agency 27).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProgramsContract {
  static final List<Query> ORDERINGS = List.of(
      Query.of("ordering=id", 1, 2, 3, 10),
      Query.of("ordering=-id", 10, 3, 2, 1),
      Query.of("ordering=name", 2, 10, 1, 3),
      Query.of("ordering=-name", 3, 1, 10, 2),
      Query.of("ordering=description", 3, 10, 2, 1),
      Query.of("ordering=-description", 1, 2, 10, 3),
      Query.of("ordering=info_url", 1, 3, 2, 10),
      Query.of("ordering=-info_url", 10, 2, 3, 1),
      Query.of("ordering=wiki_url", 3, 2, 10, 1),
      Query.of("ordering=-wiki_url", 1, 10, 2, 3),
      Query.of("ordering=start_date", 2, 1, 3, 10),
      Query.of("ordering=-start_date", 10, 3, 1, 2),
      Query.of("ordering=end_date", 2, 1, 10, 3),
      Query.of("ordering=-end_date", 3, 10, 1, 2),
      Query.of("ordering=no_such_field,-name", 3, 1, 10, 2));

  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    String org = "https://example.org/";
    List<Object> programs = List.of(
        program(1, "Gemini").description("Two crew").urls(org + "a", org + "d")
            .dates("1961-12-07T00:00:00Z", "1972-12-19T00:00:00Z").agencies(44).patches(patch(11, "Gemini 4", 1, 44))
            .build(),
        program(2, "Apollo").description("Moon landings").urls(org + "c", org + "b")
            .dates("1960-07-28T00:00:00Z", "1966-11-15T00:00:00Z").agencies(63, 44)
            .patches(patch(22, "Apollo 11", 2, 44), patch(21, "Apollo 1", 1, null)).build(),
        program(3, "Shenzhou").description("Another crew").urls(org + "b", org + "a")
            .dates("1992-09-21T00:00:00Z", null).type(2, "Space station").noImage().agencies(17).build(),
        program(10, "Artemis").description("Back to the Moon").urls(org + "d", org + "c")
            .dates("2017-12-11T00:00:00Z", "1980-01-01T00:00:00Z").agencies(44, 27).patches(patch(101, "Artemis II", 1, 27))
            .build());
    server.importJson("programs", Json.MAPPER.writeValueAsString(programs));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static List<Integer> ids(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(o -> out.add(o.get("id").asInt()));
    return out;
  }

  static Stream<Query> orderings() {
    return ORDERINGS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orderings")
  void everyPlainFieldOrdersBothWaysAsDrfAllowsWhenNoneIsDeclared(Query q) {
    JsonNode page = server.ok("/2.3.0/programs/?" + q.query());
    assertThat(Query.ids(page)).as(q.query()).isEqualTo(q.ids());
  }

  @Test
  void theOrderingsTestedAreEveryPlainFieldOfTheNormalMode() {
    List<String> plain = new ArrayList<>();
    server.ok("/2.3.0/programs/1/").fields().forEachRemaining(e -> {
      if (e.getValue().isValueNode() && !e.getKey().equals("url") && !e.getKey().equals("response_mode")) plain.add(e.getKey());
    });
    List<String> tested = ORDERINGS.stream().map(q -> q.value("ordering").replace("-", "")).distinct()
        .filter(plain::contains).toList();
    assertThat(tested).containsExactlyInAnyOrderElementsOf(plain);
    assertThat(Resources.byCollection("programs").orderingNames()).as("the help text names none").isEmpty();
  }

  @Test
  void searchAndOtherParametersAreIgnored() {
    for (String query : List.of("search=apollo", "name=Apollo", "agencies__ids=27", "type=2")) {
      assertThat(Query.ids(server.ok("/2.3.0/programs/?" + query))).as(query).containsExactly(1, 2, 3, 10);
    }
  }

  @Test
  void listsAndDetailsAreNormalByDefaultAndDetailedFallsBack() {
    JsonNode list = server.ok("/2.3.0/programs/");
    for (JsonNode p : list.get("results")) assertThat(p.get("response_mode").asText()).isEqualTo("normal");
    assertThat(server.ok("/2.3.0/programs/?mode=detailed")).isEqualTo(list);
    JsonNode detail = server.ok("/2.3.0/programs/2/");
    assertThat(detail.get("response_mode").asText()).isEqualTo("normal");
    assertThat(detail).isEqualTo(list.get("results").get(1));
    assertThat(server.ok("/2.3.0/programs/2/?mode=detailed")).isEqualTo(detail);
  }

  @Test
  void listModeIsTheMiniProgram() {
    JsonNode mini = server.ok("/2.3.0/programs/?mode=list").get("results").get(1);
    assertThat(SameJson.keys(mini)).containsExactly("response_mode", "id", "url", "name", "image", "info_url", "wiki_url");
    assertThat(mini.get("response_mode").asText()).isEqualTo("list");
    assertThat(mini.get("url").asText()).isEqualTo(server.origin() + "/2.3.0/programs/2/");
    assertThat(server.ok("/2.3.0/programs/2/?mode=list")).isEqualTo(mini);
    assertThat(server.ok("/2.3.0/programs/3/?mode=list").get("image").isNull()).isTrue();
  }

  @Test
  void agenciesAndMissionPatchesAreNestedInIdOrder() {
    JsonNode apollo = server.ok("/2.3.0/programs/2/");
    assertThat(ids(apollo.get("agencies"))).containsExactly(44, 63);
    assertThat(apollo.at("/agencies/0/response_mode").asText()).isEqualTo("list");
    assertThat(apollo.at("/agencies/0/url").asText()).isEqualTo(server.origin() + "/2.3.0/agencies/44/");
    assertThat(apollo.at("/agencies/0/type/name").asText()).isEqualTo("Government");
    assertThat(ids(apollo.get("mission_patches"))).containsExactly(21, 22);
    assertThat(apollo.at("/mission_patches/0/agency").isNull()).isTrue();
    assertThat(apollo.at("/mission_patches/1/agency/id").asInt()).isEqualTo(44);
    assertThat(apollo.at("/mission_patches/1/response_mode").asText()).isEqualTo("normal");
    assertThat(apollo.at("/type/name").asText()).isEqualTo("Crewed");
    JsonNode shenzhou = server.ok("/2.3.0/programs/3/");
    assertThat(shenzhou.get("mission_patches").size()).isZero();
    assertThat(shenzhou.get("end_date").isNull()).isTrue();
    assertThat(shenzhou.get("start_date").asText()).isEqualTo("1992-09-21T00:00:00Z");
    assertThat(shenzhou.at("/type/name").asText()).isEqualTo("Space station");
  }

  @Test
  void everyObjectHasUpstreamsKeysInUpstreamsOrder() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    String results = upstream.resultsSchema("/2.3.0/programs/");
    for (String mode : List.of("", "?mode=list", "?mode=normal")) {
      for (JsonNode p : server.ok("/2.3.0/programs/" + mode).get("results")) {
        assertThat(upstream.mismatches(results, p)).as(mode + " " + p).isEmpty();
      }
    }
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/programs/{id}/"), server.ok("/2.3.0/programs/2/"))).isEmpty();
  }

  @Test
  void anUnknownOrMalformedIdIsNotFound() {
    for (String path : List.of("/2.3.0/programs/4/", "/2.3.0/programs/apollo/")) {
      TestServer.Response r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).isEqualTo("{\"detail\":\"No Program matches the given query.\"}");
    }
  }

  @Test
  void pagesLinkOnward() {
    JsonNode page = server.ok("/2.3.0/programs/?limit=2&offset=1&mode=list");
    assertThat(Query.ids(page)).containsExactly(2, 3);
    assertThat(page.get("count").asInt()).isEqualTo(4);
    assertThat(page.get("next").asText()).isEqualTo(server.origin() + "/2.3.0/programs/?limit=2&mode=list&offset=3");
    assertThat(page.get("previous").asText()).isEqualTo(server.origin() + "/2.3.0/programs/?limit=2&mode=list");
  }
}
