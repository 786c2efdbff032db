package dev.tminus.resource.celestialbody;

import static dev.tminus.support.PlaceFixture.body;
import static dev.tminus.support.PlaceFixture.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.SameJson;
import dev.tminus.support.PlaceFixture;
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
 * {@code /2.3.0/celestial_bodies/} through real HTTP: its three modes (list, normal, and detailed
 * with the body's locations), both searched fields and both ordering fields of its help text, the
 * detail, its 404 and upstream's key order.
 *
 * <p>Bodies (type): 1 Earth (Planet; locations 10, 20), 2 Moon (Natural Satellite; location 30),
 * 3 Mars (Planet; location 50, then imported again with no locations: referencing objects are never
 * deleted), 4 Ceres (Dwarf Planet).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CelestialBodiesContract {
  static final List<Query> SEARCHES = List.of(
      Query.of("search=ma", 3),
      Query.of("search=dwarf", 4),
      Query.of("search=planet", 1, 3, 4),
      Query.of("search=EARTH%20planet", 1),
      Query.of("search=satellite,moon", 2));

  static final List<Query> ORDERINGS = List.of(
      Query.of("ordering=id", 1, 2, 3, 4),
      Query.of("ordering=-id", 4, 3, 2, 1),
      Query.of("ordering=name", 4, 1, 3, 2),
      Query.of("ordering=-name", 2, 3, 1, 4),
      Query.of("ordering=diameter", 1, 2, 3, 4));

  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    PlaceFixture.Body earth = body(1, "Earth");
    PlaceFixture.Body moon = body(2, "Moon").type(2, "Natural Satellite");
    PlaceFixture.Body mars = body(3, "Mars");
    PlaceFixture.Body ceres = body(4, "Ceres").type(3, "Dwarf Planet");
    location(20, "Baikonur Cosmodrome", earth).country(PlaceFixture.KAZAKHSTAN);
    location(10, "Cape Canaveral SFS", earth);
    location(30, "Mare Tranquillitatis", moon).country(null);
    location(50, "Jezero Crater", mars).country(null);
    server.importJson("celestial_bodies", Json.MAPPER.writeValueAsString(List.of(earth.endpointDetailed(),
        moon.endpointDetailed(), mars.endpointDetailed(), ceres.endpointDetailed())));
    server.importJson("celestial_bodies", Json.MAPPER.writeValueAsString(List.of(body(3, "Mars").endpointDetailed())));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  static Stream<Query> searches() {
    return SEARCHES.stream();
  }

  static Stream<Query> orderings() {
    return ORDERINGS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("searches")
  void nameAndTypeNameAreSearched(Query q) {
    q.assertAnswered(server, "/2.3.0/celestial_bodies/");
  }

  /** Declared fields only: ordering=diameter is not declared and falls back to the id order. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("orderings")
  void idAndNameOrderBothWays(Query q) {
    q.assertAnswered(server, "/2.3.0/celestial_bodies/");
  }

  @Test
  void theHelpTextsSearchAndOrderingFieldsAreTheOnesTested() {
    var bodies = Resources.byCollection("celestial_bodies");
    assertThat(bodies.searchFieldNames()).containsExactly("name", "type__name");
    assertThat(bodies.orderingNames()).containsExactly("id", "name");
    assertThat(bodies.filters()).isEmpty();
  }

  @Test
  void undeclaredParametersAreIgnored() {
    assertThat(Query.ids(server.ok("/2.3.0/celestial_bodies/?name=Mars&type=2&id=1"))).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aListIsNormalUnlessAskedAndADetailIsDetailed() {
    assertThat(server.ok("/2.3.0/celestial_bodies/").at("/results/0/response_mode").asText()).isEqualTo("normal");
    assertThat(SameJson.keys(server.ok("/2.3.0/celestial_bodies/?mode=list").at("/results/0"))).containsExactly("response_mode", "id", "name");
    assertThat(server.ok("/2.3.0/celestial_bodies/?mode=detailed").at("/results/0/locations/0/id").asInt()).isEqualTo(10);
    JsonNode earth = server.ok("/2.3.0/celestial_bodies/1/");
    assertThat(earth.get("response_mode").asText()).isEqualTo("detailed");
    assertThat(earth.get("total_attempted_launches").asInt()).isEqualTo(11);
    assertThat(server.ok("/2.3.0/celestial_bodies/1/?mode=normal")).isEqualTo(server.ok("/2.3.0/celestial_bodies/").at("/results/0"));
    assertThat(server.ok("/2.3.0/celestial_bodies/1/?mode=list").toString())
        .isEqualTo("{\"response_mode\":\"list\",\"id\":1,\"name\":\"Earth\"}");
    assertThat(server.ok("/2.3.0/celestial_bodies/1/?mode=mini")).isEqualTo(earth);
  }

  @Test
  void aDetailedBodyListsItsLocationsByIdWithoutTheirBody() {
    JsonNode earth = server.ok("/2.3.0/celestial_bodies/1/");
    List<Integer> locations = new ArrayList<>();
    earth.get("locations").forEach(l -> locations.add(l.get("id").asInt()));
    assertThat(locations).containsExactly(10, 20);
    assertThat(earth.at("/locations/0/url").asText()).isEqualTo(server.origin() + "/2.3.0/locations/10/");
    assertThat(earth.at("/locations/0").has("celestial_body")).isFalse();
    assertThat(server.ok("/2.3.0/celestial_bodies/4/").get("locations").size()).isZero();
    assertThat(server.ok("/2.3.0/locations/30/").at("/celestial_body/name").asText()).isEqualTo("Moon");
  }

  @Test
  void importingABodyWithFewerLocationsDeletesNone() {
    JsonNode mars = server.ok("/2.3.0/celestial_bodies/3/");
    assertThat(mars.at("/locations/0/name").asText()).isEqualTo("Jezero Crater");
    assertThat(mars.get("locations").size()).isEqualTo(1);
  }

  @Test
  void everyObjectHasUpstreamsKeysInUpstreamsOrder() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    String results = upstream.resultsSchema("/2.3.0/celestial_bodies/");
    for (String mode : List.of("", "?mode=list", "?mode=normal", "?mode=detailed")) {
      for (JsonNode body : server.ok("/2.3.0/celestial_bodies/" + mode).get("results")) {
        assertThat(upstream.mismatches(results, body)).as(mode + " " + body).isEmpty();
      }
    }
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/celestial_bodies/{id}/"),
        server.ok("/2.3.0/celestial_bodies/1/"))).isEmpty();
  }

  @Test
  void anUnknownOrMalformedIdIsNotFound() {
    for (String path : List.of("/2.3.0/celestial_bodies/5/", "/2.3.0/celestial_bodies/earth/")) {
      TestServer.Response r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).isEqualTo("{\"detail\":\"No CelestialBody matches the given query.\"}");
    }
  }

  @Test
  void pagesLinkOnward() {
    JsonNode page = server.ok("/2.3.0/celestial_bodies/?limit=3&ordering=-name&search=a");
    assertThat(Query.ids(page)).containsExactly(2, 3, 1);
    assertThat(page.get("count").asInt()).isEqualTo(4);
    assertThat(page.get("next").asText())
        .isEqualTo(server.origin() + "/2.3.0/celestial_bodies/?limit=3&offset=3&ordering=-name&search=a");
  }
}
