package dev.tminus.resource.pad;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * {@code /2.3.0/pads/} through real HTTP: every filter, search field and ordering field of its help
 * text, each with a query that would answer other pads if it were ignored or wrong; the detail, its
 * 404, the key order of every object as upstream's {@code Pad} lists it, and 400s naming each bad
 * parameter.
 *
 * <p>Pads (location, agencies, latitude/longitude, orbital launch attempts, launches):
 * 1 SLC-40 (20; 121; 28.56/-80.57; 31; 206), 2 SLC-4E (10; 121, 44; 34.63/-120.61; 12; 407),
 * 3 Gagarin's Start (30; 63; 45.92/63.34; 53; 108), 14 LC-39A (20; 44; 28.60/-80.60; 24; 509),
 * 25 LC-39B (20; none; 28.62/-80.62; 45; 300). Locations: 10 Cape Canaveral SFS, 20 Vandenberg SFB
 * (both USA), 30 Baikonur Cosmodrome (KAZ).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PadsContract {
  static final String LIST = "/2.3.0/pads/";
  static final List<Integer> ALL = List.of(1, 2, 3, 14, 25);

  /** One query per filter of the help text. */
  static final List<Query> FILTERS = List.of(
      Query.of("agencies_ids=44", 2, 14),
      Query.of("id=14", 14),
      Query.of("id__contains=1", 1, 14),
      Query.of("latitude__gt=28.6", 2, 3, 25),
      Query.of("latitude__gte=28.6", 2, 3, 14, 25),
      Query.of("latitude__lt=28.6", 1),
      Query.of("latitude__lte=28.6", 1, 14),
      Query.of("location__id=20", 1, 14, 25),
      Query.of("location__name=Cape%20Canaveral%20SFS", 2),
      Query.of("location__name__contains=Cosmo", 3),
      Query.of("longitude__gt=-80.6", 1, 3),
      Query.of("longitude__gte=-80.6", 1, 3, 14),
      Query.of("longitude__lt=-80.6", 2, 25),
      Query.of("longitude__lte=-80.6", 2, 14, 25),
      Query.of("name=LC-39A", 14),
      Query.of("name__contains=39", 14, 25),
      Query.of("orbital_launch_attempt_count=24", 14),
      Query.of("orbital_launch_attempt_count__gt=31", 3, 25),
      Query.of("orbital_launch_attempt_count__gte=31", 1, 3, 25),
      Query.of("orbital_launch_attempt_count__lt=31", 2, 14),
      Query.of("orbital_launch_attempt_count__lte=31", 1, 2, 14),
      Query.of("total_launch_count=300", 25),
      Query.of("total_launch_count__gt=300", 2, 14),
      Query.of("total_launch_count__gte=300", 2, 14, 25),
      Query.of("total_launch_count__lt=300", 1, 3),
      Query.of("total_launch_count__lte=300", 1, 3, 25));

  /** How the filters read their values, as django-filter does. */
  static final List<Query> FILTER_RULES = List.of(
      Query.of("agencies_ids=121,63", 1, 2, 3),
      Query.of("agencies_ids=999"),
      Query.of("id__contains=2", 2, 25),
      Query.of("id=14.0", 14),
      Query.of("name__contains=lc"),
      Query.of("location__name__contains=cosmo"),
      Query.of("location__name=Cape"),
      Query.of("total_launch_count__gt=299.5", 2, 14, 25),
      Query.of("total_launch_count=300.5"),
      Query.of("total_launch_count__lt=3000000000", 1, 2, 3, 14, 25),
      Query.of("orbital_launch_attempt_count__gt=-99999999999999999999", 1, 2, 3, 14, 25),
      Query.of("latitude__lt=1e400", 1, 2, 3, 14, 25),
      Query.of("total_launch_count__gt=1e-2000000000", 1, 2, 3, 14, 25),
      Query.of("orbital_launch_attempt_count__lte=-1e-2000000000"),
      Query.of("id__contains=1e2000000000"),
      Query.of("latitude__gt=1e400"),
      Query.of("agencies_ids=44&name__contains=SLC", 2),
      Query.of("name=&id=", 1, 2, 3, 14, 25),
      Query.of("agency__ids=44&launcher=1&mode=list", 1, 2, 3, 14, 25));

  /** One search per searched field of the help text (the term is in that field of those pads only). */
  static final List<Query> SEARCHES = List.of(
      Query.of("search=baikonur", 3),
      Query.of("search=slc", 1, 2),
      Query.of("search=53", 3),
      Query.of("search=509", 14),
      Query.of("search=cape%204E", 2),
      Query.of("search=vandenberg,39", 14, 25));

  /** Both directions of every ordering field of the help text. */
  static final List<Query> ORDERINGS = List.of(
      Query.of("ordering=id", 1, 2, 3, 14, 25),
      Query.of("ordering=-id", 25, 14, 3, 2, 1),
      Query.of("ordering=location__id", 2, 1, 14, 25, 3),
      Query.of("ordering=-location__id", 3, 1, 14, 25, 2),
      Query.of("ordering=location__name", 3, 2, 1, 14, 25),
      Query.of("ordering=-location__name", 1, 14, 25, 2, 3),
      Query.of("ordering=name", 3, 14, 25, 1, 2),
      Query.of("ordering=-name", 2, 1, 25, 14, 3),
      Query.of("ordering=orbital_launch_attempt_count", 2, 14, 1, 25, 3),
      Query.of("ordering=-orbital_launch_attempt_count", 3, 25, 1, 14, 2),
      Query.of("ordering=total_launch_count", 3, 1, 25, 2, 14),
      Query.of("ordering=-total_launch_count", 14, 2, 25, 1, 3),
      Query.of("ordering=location__id,-orbital_launch_attempt_count", 2, 25, 1, 14, 3),
      Query.of("ordering=latitude", 1, 2, 3, 14, 25));

  private TestServer server;

  abstract TestDatabase database();

  static List<Object> pads() {
    PlaceFixture.Body earth = body(1, "Earth");
    PlaceFixture.Place cape = location(10, "Cape Canaveral SFS", earth);
    PlaceFixture.Place vandenberg = location(20, "Vandenberg SFB", earth);
    PlaceFixture.Place baikonur = location(30, "Baikonur Cosmodrome", earth).country(PlaceFixture.KAZAKHSTAN);
    List<Object> pads = new ArrayList<>();
    pads.add(pad(1, "SLC-40", vandenberg).agencies(121).at(28.56, -80.57).counts(31, 206).pad());
    pads.add(pad(2, "SLC-4E", cape).agencies(121, 44).at(34.63, -120.61).counts(12, 407).pad());
    pads.add(pad(3, "Gagarin's Start", baikonur).agencies(63).at(45.92, 63.34).counts(53, 108).pad());
    pads.add(pad(14, "LC-39A", vandenberg).agencies(44).at(28.60, -80.60).counts(24, 509).pad());
    pads.add(pad(25, "LC-39B", vandenberg).at(28.62, -80.62).counts(45, 300).pad());
    return pads;
  }

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    server.importJson("pads", Json.MAPPER.writeValueAsString(pads()));
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
    assertThat(q.ids()).as("a query that some pads fail").isNotEqualTo(ALL);
    q.assertAnswered(server, LIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filterRules")
  void filterValuesAreReadAsDjangoFilterReadsThem(Query q) {
    q.assertAnswered(server, LIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("searches")
  void everySearchedFieldIsSearched(Query q) {
    q.assertAnswered(server, LIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orderings")
  void everyOrderingFieldOrdersBothWays(Query q) {
    q.assertAnswered(server, LIST);
  }

  @Test
  void everyParameterOfTheHelpTextHasItsQuery() {
    Resource<?> pads = Resources.byCollection("pads");
    HelpTextCoverage.assertQueried(pads, FILTERS, ORDERINGS);
    assertThat(pads.searchFieldNames()).containsExactly("location__name", "name", "orbital_launch_attempt_count",
        "total_launch_count");
  }

  @Test
  void theDefaultOrderIsByIdAndPagesLinkOnward() {
    JsonNode first = server.ok(LIST + "?limit=2");
    assertThat(Query.ids(first)).containsExactly(1, 2);
    assertThat(first.get("count").asInt()).isEqualTo(5);
    assertThat(first.get("next").asText()).isEqualTo(server.origin() + "/2.3.0/pads/?limit=2&offset=2");
    JsonNode page = server.ok(LIST + "?ordering=-total_launch_count&offset=2&limit=2");
    assertThat(Query.ids(page)).containsExactly(25, 1);
    assertThat(page.get("previous").asText()).isEqualTo(server.origin() + "/2.3.0/pads/?limit=2&ordering=-total_launch_count");
  }

  @Test
  void theDetailIsTheObjectOfTheListInEveryMode() {
    JsonNode listed = server.ok(LIST + "?id=3").get("results").get(0);
    assertThat(server.get("/2.3.0/pads/3/").json()).isEqualTo(listed);
    assertThat(server.get("/2.3.0/pads/3/?mode=list").json()).isEqualTo(listed);
    assertThat(server.get("/2.3.0/pads/?id=3&mode=detailed").json().get("results").get(0)).isEqualTo(listed);
    assertThat(listed.get("url").asText()).isEqualTo(server.origin() + "/2.3.0/pads/3/");
    assertThat(listed.at("/location/url").asText()).isEqualTo(server.origin() + "/2.3.0/locations/30/");
    assertThat(listed.at("/location/name").asText()).isEqualTo("Baikonur Cosmodrome");
    assertThat(listed.at("/location/celestial_body/name").asText()).isEqualTo("Earth");
    assertThat(listed.at("/country/alpha_3_code").asText()).isEqualTo("KAZ");
  }

  @Test
  void agenciesAreListedByIdWithTheirCountries() {
    JsonNode pad = server.get("/2.3.0/pads/2/").json();
    List<Integer> agencies = new ArrayList<>();
    pad.get("agencies").forEach(a -> agencies.add(a.get("id").asInt()));
    assertThat(agencies).containsExactly(44, 121);
    assertThat(pad.at("/agencies/0/url").asText()).isEqualTo(server.origin() + "/2.3.0/agencies/44/");
    assertThat(pad.at("/agencies/0/country/0/alpha_3_code").asText()).isEqualTo("USA");
    assertThat(server.get("/2.3.0/pads/25/").json().get("agencies").size()).isZero();
  }

  @Test
  void everyObjectHasUpstreamsKeysInUpstreamsOrder() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    for (JsonNode pad : server.ok(LIST + "?limit=100").get("results")) {
      assertThat(upstream.mismatches(upstream.resultsSchema("/2.3.0/pads/"), pad)).as(pad.toString()).isEmpty();
    }
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/pads/{id}/"), server.get("/2.3.0/pads/2/").json())).isEmpty();
  }

  @Test
  void anUnknownMalformedOrFilteredOutIdIsNotFound() {
    for (String path : List.of("/2.3.0/pads/4/", "/2.3.0/pads/x/", "/2.3.0/pads/14/?location__id=10")) {
      TestServer.Response r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).isEqualTo("{\"detail\":\"No Pad matches the given query.\"}");
    }
    assertThat(server.get("/2.3.0/pads/14/?location__id=20").status()).isEqualTo(200);
  }

  @Test
  void everyBadValueIsNamedInOne400InDeclarationOrder() {
    String nul = URLEncoder.encode("\0", StandardCharsets.UTF_8);
    TestServer.Response r = server.get("/2.3.0/pads/?total_launch_count__lte=lots&name=" + nul
        + "&agencies_ids=NASA&latitude__gt=north&id__contains=%25&orbital_launch_attempt_count=1,2");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("{\"agencies_ids\":[\"Enter a number.\"],\"id__contains\":[\"Enter a number.\"],"
        + "\"latitude__gt\":[\"Enter a number.\"],\"name\":[\"Null characters are not allowed.\"],"
        + "\"orbital_launch_attempt_count\":[\"Enter a number.\"],\"total_launch_count__lte\":[\"Enter a number.\"]}");
    TestServer.Response detail = server.get("/2.3.0/pads/1/?location__id=ten");
    assertThat(detail.status()).isEqualTo(400);
    assertThat(detail.body()).isEqualTo("{\"location__id\":[\"Enter a number.\"]}");
  }
}
