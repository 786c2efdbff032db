package dev.tminus.resource.agency;

import static dev.tminus.support.CatalogFixture.JAPAN;
import static dev.tminus.support.CatalogFixture.RUSSIA;
import static dev.tminus.support.CatalogFixture.USA;
import static dev.tminus.support.CatalogFixture.agency;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Resource;
import dev.tminus.resource.Resources;
import dev.tminus.support.HelpTextCoverage;
import dev.tminus.support.CatalogFixture;
import dev.tminus.support.CounterQueries;
import dev.tminus.support.Query;
import dev.tminus.support.SameJson;
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
 * {@code /2.3.0/agencies/} through real HTTP: every filter, search field and ordering field of its
 * help text, each with a query that would answer other agencies if it were ignored or wrong; the
 * three modes, the detail, its 404, upstream's key order, and 400s naming each bad parameter.
 *
 * <p>Agencies (abbreviation; type; featured; countries; founding year; spacecraft; parent):
 * 27 JAXA (Government; no; JPN; 2003; none), 44 NASA (Government; yes; USA; 1958; Orion),
 * 63 RFSA (Government; yes; RUS; 1992; Soyuz | Progress), 121 SpX (Commercial; yes; USA; 2002;
 * Dragon), 193 PRSC (Commercial; no; RUS; 1894; none; parent RFSA), 1000 MHI (Commercial; no; JPN
 * and USA; 1884; HTV; parent JAXA). Launch and landing counters by {@link CatalogFixture#counter}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgenciesContract {
  static final String LIST = "/2.3.0/agencies/";
  static final List<String> COUNTERS = List.of("attempted_landings", "consecutive_successful_landings",
      "consecutive_successful_launches", "failed_landings", "failed_launches", "pending_launches",
      "successful_landings", "successful_launches", "total_launch_count");
  static final List<Map<String, Object>> AGENCIES = agencies();

  static final List<Query> FILTERS = List.of(
      Query.of("abbrev=NASA", 44),
      Query.of("abbrev__contains=SA", 44, 63),
      Query.of("country_code=RUS", 63, 193),
      Query.of("description=Reusable%20rockets", 121),
      Query.of("description__contains=space%20agency", 27, 44, 63),
      Query.of("featured=true", 44, 63, 121),
      Query.of("founding_year=1958", 44),
      Query.of("founding_year__gt=1992", 27, 121),
      Query.of("founding_year__gte=1992", 27, 63, 121),
      Query.of("founding_year__lt=1958", 193, 1000),
      Query.of("founding_year__lte=1958", 44, 193, 1000),
      Query.of("id=63", 63),
      Query.of("name=SpaceX", 121),
      Query.of("name__contains=Agency", 27, 63),
      Query.of("parent__id=63", 193),
      Query.of("spacecraft=true", 44, 63, 121, 1000),
      Query.of("type__id=3", 121, 193, 1000));

  static final List<Query> FILTER_RULES = List.of(
      Query.of("country_code=JPN,RUS", 27, 63, 193, 1000),
      Query.of("country_code=USA", 44, 121, 1000),
      Query.of("country_code=usa"),
      Query.of("abbrev__contains=sa"),
      Query.of("featured=False", 27, 193, 1000),
      Query.of("featured=maybe", 27, 44, 63, 121, 193, 1000),
      Query.of("spacecraft=false", 27, 193),
      Query.of("parent__id=27", 1000),
      Query.of("parent__id=44"),
      Query.of("type__id=3&featured=true", 121),
      Query.of("ordering=-founding_year", 27, 44, 63, 121, 193, 1000));

  static final List<Query> SEARCHES = List.of(
      Query.of("search=nasa", 44),
      Query.of("search=heavy", 1000),
      Query.of("search=space", 27, 44, 63, 121, 193),
      Query.of("search=space%20agency", 27, 63),
      Query.of("search=spx", 121),
      Query.of("search=space%20centre", 193));

  static final List<Query> ORDERINGS = List.of(
      Query.of("ordering=featured", 27, 193, 1000, 44, 63, 121),
      Query.of("ordering=-featured", 44, 63, 121, 27, 193, 1000),
      Query.of("ordering=id", 27, 44, 63, 121, 193, 1000),
      Query.of("ordering=-id", 1000, 193, 121, 63, 44, 27),
      Query.of("ordering=name", 27, 1000, 44, 193, 63, 121),
      Query.of("ordering=-name", 121, 63, 193, 44, 1000, 27));

  private TestServer server;

  abstract TestDatabase database();

  static List<Map<String, Object>> agencies() {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(described(agency(27, "Japan Aerospace Exploration Agency", "JAXA", 1, List.of(JAPAN)), false,
        "Japan's space agency", 2003, "", null));
    out.add(described(agency(44, "National Aeronautics and Space Administration", "NASA", 1, List.of(USA)), true,
        "The US civil space agency", 1958, "Orion", null));
    out.add(described(agency(63, "Russian Federal Space Agency (ROSCOSMOS)", "RFSA", 1, List.of(RUSSIA)), true,
        "Russia's space agency", 1992, "Soyuz | Progress", null));
    out.add(described(agency(121, "SpaceX", "SpX", 3, List.of(USA)), true, "Reusable rockets", 2002, "Dragon", null));
    out.add(described(agency(193, "Progress Rocket Space Centre", "PRSC", 3, List.of(RUSSIA)), false,
        "Builds Soyuz rockets", 1894, "", "Russian Federal Space Agency (ROSCOSMOS)"));
    out.add(described(agency(1000, "Mitsubishi Heavy Industries", "MHI", 3, List.of(JAPAN, USA)), false,
        "Builds H-IIA rockets", 1884, "HTV", "Japan Aerospace Exploration Agency"));
    CatalogFixture.count(out, COUNTERS);
    return out;
  }

  private static Map<String, Object> described(Map<String, Object> agency, boolean featured, String description,
      int founded, String spacecraft, String parent) {
    agency.put("featured", featured);
    agency.put("description", description);
    agency.put("founding_year", founded);
    agency.put("launchers", "");
    agency.put("spacecraft", spacecraft);
    agency.put("parent", parent);
    agency.put("info_url", "https://example.org/" + agency.get("id"));
    return agency;
  }

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    server.importJson("agencies", CatalogFixture.json(AGENCIES));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  static Stream<Query> filters() {
    return Stream.concat(FILTERS.stream(), CounterQueries.filters(AGENCIES, COUNTERS).stream());
  }

  static Stream<Query> rules() {
    return Stream.concat(FILTER_RULES.stream(), SEARCHES.stream());
  }

  static Stream<Query> orderings() {
    return Stream.concat(ORDERINGS.stream(), CounterQueries.orderings(AGENCIES, COUNTERS).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void everyFilterOfTheHelpTextFilters(Query q) {
    assertThat(q.ids()).as("a query that some agencies fail").isNotEqualTo(CatalogFixture.ids(AGENCIES));
    q.assertAnswered(server, LIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void filterValuesAndSearchTermsAreReadAsDjangoReadsThem(Query q) {
    q.assertAnswered(server, LIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orderings")
  void everyOrderingFieldOrdersBothWays(Query q) {
    q.assertAnswered(server, LIST);
  }

  @Test
  void everyParameterOfTheHelpTextHasItsQuery() {
    Resource<?> agencies = Resources.byCollection("agencies");
    HelpTextCoverage.assertQueried(agencies, filters().toList(), orderings().toList());
    assertThat(agencies.searchFieldNames()).containsExactly("abbrev", "name");
  }

  @Test
  void listsAreNormalByDefaultAndEachModeIsItsSchema() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    String results = upstream.resultsSchema(LIST);
    for (String mode : List.of("", "mode=list", "mode=normal", "mode=detailed")) {
      JsonNode page = server.get(LIST + "?" + mode).json();
      String expected = mode.isEmpty() ? "normal" : mode.substring(5);
      for (JsonNode a : page.get("results")) {
        assertThat(a.get("response_mode").asText()).as(mode).isEqualTo(expected);
        assertThat(upstream.mismatches(results, a)).as(mode + " " + a).isEmpty();
      }
    }
    JsonNode detail = server.get(LIST + "1000/").json();
    assertThat(upstream.mismatches(upstream.responseSchema("/2.3.0/agencies/{id}/"), detail)).isEmpty();
    assertThat(detail.get("response_mode").asText()).isEqualTo("detailed");
    assertThat(server.get(LIST + "1000/?mode=list").json()).isEqualTo(server.get(LIST + "?mode=list&id=1000").json().at("/results/0"));
    assertThat(server.get(LIST + "1000/?mode=normal").json()).isEqualTo(server.get(LIST + "?id=1000").json().at("/results/0"));
    assertThat(SameJson.keys(server.get(LIST + "?mode=list&id=44").json().at("/results/0")))
        .containsExactly("response_mode", "id", "url", "name", "abbrev", "type");
  }

  @Test
  void theDetailCarriesItsCountersCountriesAndEmptyConfigurationLists() {
    JsonNode mhi = server.get(LIST + "1000/").json();
    assertThat(mhi.get("url").asText()).isEqualTo(server.origin() + "/2.3.0/agencies/1000/");
    assertThat(mhi.get("parent").asText()).isEqualTo("Japan Aerospace Exploration Agency");
    assertThat(mhi.at("/country/0/alpha_3_code").asText()).isEqualTo("USA");
    assertThat(mhi.at("/country/1/alpha_3_code").asText()).isEqualTo("JPN");
    assertThat(mhi.get("total_launch_count").asInt()).isEqualTo(CatalogFixture.counter(5, COUNTERS.indexOf("total_launch_count")));
    assertThat(mhi.get("successful_landings_payload").isNull()).isTrue();
    assertThat(mhi.get("launcher_list").size()).isZero();
    assertThat(mhi.get("spacecraft_list").size()).isZero();
    assertThat(mhi.get("social_media_links").size()).isZero();
  }

  @Test
  void anUnknownMalformedOrFilteredOutIdIsNotFound() {
    for (String path : List.of(LIST + "2/", LIST + "nasa/", LIST + "44/?featured=false")) {
      TestServer.Response r = server.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).isEqualTo("{\"detail\":\"No Agency matches the given query.\"}");
    }
  }

  @Test
  void everyBadValueIsNamedInOne400() {
    Query.assertRejected(server, LIST, "type__id=Government&parent__id=x&founding_year__lt=old&abbrev=%00",
        "{\"abbrev\":[\"Null characters are not allowed.\"],\"founding_year__lt\":[\"Enter a number.\"],"
            + "\"parent__id\":[\"Enter a number.\"],\"type__id\":[\"Enter a number.\"]}");
  }
}
