package dev.tminus.resource.location;

import static dev.tminus.support.PlaceFixture.body;
import static dev.tminus.support.PlaceFixture.location;
import static dev.tminus.support.PlaceFixture.pad;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Resource;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.HelpTextCoverage;
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
 * {@code /2.3.0/locations/} through real HTTP: every filter, search field and ordering field of its
 * help text, one query each that would answer other locations if it were ignored or wrong; its two
 * modes (normal, and detailed with the location's pads), the detail, its 404 and upstream's key
 * order.
 *
 * <p>Locations (country, launches, landings): 10 Cape Canaveral SFS (USA, 250, 20; pads 1, 2),
 * 20 Kennedy Space Center (USA, 300, 40; pad 3), 30 Baikonur Cosmodrome (KAZ, 1500, 0),
 * 40 Rocket Lab Launch Complex 1 (NZL, 60, no landing count; pad 4). All on Earth.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LocationsContract {
  static final List<Integer> ALL = List.of(10, 20, 30, 40);

  static final List<Query> FILTERS = List.of(
      Query.of("country_code=USA", 10, 20),
      Query.of("id=30", 30),
      Query.of("name=Kennedy%20Space%20Center", 20),
      Query.of("name__contains=Co", 30, 40),
      Query.of("total_landing_count=20", 10),
      Query.of("total_landing_count__gt=20", 20),
      Query.of("total_landing_count__gte=20", 10, 20),
      Query.of("total_landing_count__lt=20", 30),
      Query.of("total_landing_count__lte=20", 10, 30),
      Query.of("total_launch_count=300", 20),
      Query.of("total_launch_count__gt=250", 20, 30),
      Query.of("total_launch_count__gte=250", 10, 20, 30),
      Query.of("total_launch_count__lt=250", 40),
      Query.of("total_launch_count__lte=250", 10, 40));

  static final List<Query> FILTER_RULES = List.of(
      Query.of("country_code=usa"),
      Query.of("country_code=KAZ,NZL"),
      Query.of("name=Kennedy"),
      Query.of("name__contains=co"),
      Query.of("total_landing_count__lt=1e30", 10, 20, 30),
      Query.of("total_launch_count__gte=250.5", 20, 30),
      Query.of("country_code=USA&total_launch_count__gt=260", 20),
      Query.of("country_code=&name__contains=", 10, 20, 30, 40),
      Query.of("active=false&celestial_body=2", 10, 20, 30, 40));

  static final List<Query> SEARCHES = List.of(
      Query.of("search=kaz", 30),
      Query.of("search=cape", 10),
      Query.of("search=usa%20kennedy", 20),
      Query.of("search=nzl,launch", 40));

  static final List<Query> ORDERINGS = List.of(
      Query.of("ordering=total_landing_count", 30, 10, 20, 40),
      Query.of("ordering=-total_landing_count", 40, 20, 10, 30),
      Query.of("ordering=total_launch_count", 40, 10, 20, 30),
      Query.of("ordering=-total_launch_count", 30, 20, 10, 40),
      Query.of("ordering=name", 10, 20, 30, 40),
      Query.of("ordering=-id", 10, 20, 30, 40));

  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    PlaceFixture.Body earth = body(1, "Earth");
    PlaceFixture.Place cape = location(10, "Cape Canaveral SFS", earth).launches(250).landings(20);
    PlaceFixture.Place kennedy = location(20, "Kennedy Space Center", earth).launches(300).landings(40);
    PlaceFixture.Place baikonur = location(30, "Baikonur Cosmodrome", earth).country(PlaceFixture.KAZAKHSTAN)
        .launches(1500).landings(0);
    PlaceFixture.Place mahia = location(40, "Rocket Lab Launch Complex 1", earth).country(PlaceFixture.NEW_ZEALAND)
        .launches(60).landings(null);
    pad(2, "LC-39A", cape).agencies(121, 44);
    pad(1, "SLC-40", cape).agencies(121);
    pad(3, "LC-39B", kennedy);
    pad(4, "LC-1A", mahia).agencies(147);
    List<Object> locations = List.of(cape.withPads(), kennedy.withPads(), baikonur.withPads(), mahia.withPads());
    server.importJson("locations", Json.MAPPER.writeValueAsString(locations));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  static Stream<Query> filters() {
    return FILTERS.stream();
  }

  static Stream<Query> filterRules() {
    return FILTER_RULES.stream();
  }

  static Stream<Query> searches() {
    return SEARCHES.stream();
  }

  static Stream<Query> orderings() {
    return ORDERINGS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void everyFilterOfTheHelpTextFilters(Query q) {
    assertThat(q.ids()).isNotEqualTo(ALL);
    q.assertAnswered(server, "/2.3.0/locations/");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filterRules")
  void filterValuesAreReadAsDjangoFilterReadsThem(Query q) {
    q.assertAnswered(server, "/2.3.0/locations/");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("searches")
  void everySearchedFieldIsSearched(Query q) {
    q.assertAnswered(server, "/2.3.0/locations/");
  }

  /** Declared fields only (ordering=name and -id are not declared and fall back to the id order); nulls sort as PostgreSQL sorts them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("orderings")
  void everyOrderingFieldOrdersBothWays(Query q) {
    q.assertAnswered(server, "/2.3.0/locations/");
  }

  @Test
  void everyParameterOfTheHelpTextHasItsQuery() {
    Resource<?> locations = Resources.byCollection("locations");
    HelpTextCoverage.assertQueried(locations, FILTERS, ORDERINGS);
    assertThat(locations.searchFieldNames()).containsExactly("country__alpha_3_code", "name");
  }

  @Test
  void listsAreNormalAndDetailsDetailedWithTheirPadsById() {
    JsonNode list = server.ok("/2.3.0/locations/");
    for (JsonNode location : list.get("results")) {
      assertThat(location.get("response_mode").asText()).isEqualTo("normal");
      assertThat(location.has("pads")).isFalse();
    }
    JsonNode detail = server.ok("/2.3.0/locations/10/");
    assertThat(detail.get("response_mode").asText()).isEqualTo("detailed");
    List<Integer> pads = new ArrayList<>();
    detail.get("pads").forEach(p -> pads.add(p.get("id").asInt()));
    assertThat(pads).containsExactly(1, 2);
    assertThat(detail.at("/pads/1/agencies/0/response_mode").asText()).isEqualTo("list");
    assertThat(detail.at("/pads/1/url").asText()).isEqualTo(server.origin() + "/2.3.0/pads/2/");
    assertThat(detail.at("/celestial_body/name").asText()).isEqualTo("Earth");
    assertThat(server.ok("/2.3.0/locations/30/").get("pads").size()).isZero();
  }

  @Test
  void eachModeIsAskedForAndListModeFallsBack() {
    JsonNode normalDetail = server.ok("/2.3.0/locations/10/?mode=normal");
    assertThat(normalDetail.get("response_mode").asText()).isEqualTo("normal");
    assertThat(normalDetail).isEqualTo(server.ok("/2.3.0/locations/").get("results").get(0));
    JsonNode detailedList = server.ok("/2.3.0/locations/?mode=detailed&id=10").get("results").get(0);
    assertThat(detailedList).isEqualTo(server.ok("/2.3.0/locations/10/"));
    assertThat(server.ok("/2.3.0/locations/?mode=list")).isEqualTo(server.ok("/2.3.0/locations/"));
    assertThat(server.ok("/2.3.0/locations/10/?mode=list")).isEqualTo(server.ok("/2.3.0/locations/10/"));
  }

  @Test
  void everyObjectHasUpstreamsKeysInUpstreamsOrder() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    String results = upstream.resultsSchema("/2.3.0/locations/");
    for (String mode : List.of("", "?mode=normal", "?mode=detailed")) {
      for (JsonNode location : server.ok("/2.3.0/locations/" + mode).get("results")) {
        assertThat(upstream.mismatches(results, location)).as(mode + " " + location).isEmpty();
      }
    }
    String detail = upstream.responseSchema("/2.3.0/locations/{id}/");
    assertThat(upstream.mismatches(detail, server.ok("/2.3.0/locations/10/"))).isEmpty();
    assertThat(upstream.mismatches(results, server.ok("/2.3.0/locations/10/?mode=normal"))).isEmpty();
  }

  @Test
  void anUnknownMalformedOrFilteredOutIdIsNotFound() {
    for (String path : List.of("/2.3.0/locations/15/", "/2.3.0/locations/ten/", "/2.3.0/locations/30/?country_code=USA")) {
      TestServer.Response r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).isEqualTo("{\"detail\":\"No Location matches the given query.\"}");
    }
  }

  @Test
  void badValuesAreNamedInOne400() {
    TestServer.Response r = server.get("/2.3.0/locations/?total_launch_count__gt=many&id=x&total_landing_count=1.2.3");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("{\"id\":[\"Enter a number.\"],\"total_landing_count\":[\"Enter a number.\"],"
        + "\"total_launch_count__gt\":[\"Enter a number.\"]}");
  }
}
