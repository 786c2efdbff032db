package dev.tminus.resource.event;

import static dev.tminus.support.EventFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.support.EventFixture;
import dev.tminus.cache.RenderCache;
import dev.tminus.support.TestDatabase;
import dev.tminus.web.Server;
import dev.tminus.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every rule of {@code /2.3.0/events/}, {@code upcoming/} and {@code previous/} through real HTTP,
 * one test per rule, over a small hand-made data set. The server's clock is 2026-11-27T12:00:00Z.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventsListContract {
  static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  static final List<String> LIST_FIELDS = List.of("id", "url", "name", "info_urls", "vid_urls", "image", "date", "slug",
      "type", "description", "webcast_live", "location", "date_precision", "response_mode", "duration");
  static final List<String> NORMAL_FIELDS = concat(LIST_FIELDS, List.of("updates", "last_updated"));
  static final List<String> DETAILED_FIELDS = concat(NORMAL_FIELDS,
      List.of("agencies", "launches", "expeditions", "spacestations", "program", "astronauts"));
  static final String LAUNCH = "a3c9c47e-976e-40a5-8889-30c407131e3a";
  static final int FILLERS = 100;
  static final int COUNT = 8 + FILLERS;

  private TestServer server;
  private final AtomicInteger statements = new AtomicInteger();

  abstract TestDatabase database();

  /** Caching on, reading the data version on every request so that statement counts are exact. */
  Server.Caching caching() {
    return new Server.Caching(new RenderCache.Settings(true, 64, java.time.Duration.ZERO), 0);
  }

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database(), c -> c.withCaching(caching()));
    List<Object> events = new ArrayList<>();
    events.add(event(1).name("Soyuz MS-27 Farewell Ceremony").date("2025-12-08T21:45:00Z").type(17)
        .agency(44).agency(63).program(8).launch(LAUNCH).expedition(162).station(4)
        .lastUpdated("2025-12-04T17:06:15Z").video("https://www.youtube.com/watch?v=a").build());
    events.add(event(2).name("Artemis II Lunar Flyby").date("2026-11-27T06:00:00Z").type(23).agency(44).program(17)
        .lastUpdated("2026-11-20T00:00:00Z").build());
    events.add(event(3).name("Starship Flight 12").date("2026-11-28T00:00:00Z").type(14).build());
    events.add(event(4).name("Crew-12 Docking").date("2026-12-25T10:00:00Z").type(2).agency(44)
        .video("https://youtu.be/b").build());
    events.add(event(5).name("Voskhod 2 EVA").date("1965-03-18T08:00:00Z").type(3).build());
    events.add(event(6).name("Hatch test, date to be decided").date((String) null).type(12).build());
    events.add(event(7).name("100% \"Quoted\" O'Neill_test \\ backslash \u00dcnity").date("2020-02-29T23:30:00Z")
        .type(17).build());
    events.add(event(8).name("Tiangong Docking").date("2026-11-26T11:00:00Z").type(2).station(7).build());
    for (int i = 0; i < FILLERS; i++) {
      int id = 101 + i;
      // 150 and 151 share a date: the id must break the tie.
      Instant date = Instant.parse("2019-01-01T12:00:00Z").plusSeconds(86_400L * (id == 151 ? 49 : i));
      events.add(EventFixture.event(id).name("Filler " + id).date(date).type(1).build());
    }
    server.importEvents(events);
    server.database.dsl().configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext ctx) {
        // The render cache's data version check is not the page's (and the no-cache server skips it).
        if (!ctx.sql().contains("data_version")) statements.incrementAndGet();
      }
    }));
  }

  @AfterEach
  void resetClock() {
    server.clock.set(NOW);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  // ---- helpers

  private JsonNode ok(String pathAndQuery) {
    TestServer.Response r = server.get(pathAndQuery);
    assertThat(r.status()).as(pathAndQuery + " → " + r.body()).isEqualTo(200);
    return r.json();
  }

  private List<Integer> ids(String pathAndQuery) {
    List<Integer> ids = new ArrayList<>();
    ok(pathAndQuery).get("results").forEach(e -> ids.add(e.get("id").asInt()));
    return ids;
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private String badRequest(String pathAndQuery) {
    TestServer.Response r = server.get(pathAndQuery);
    assertThat(r.status()).as(pathAndQuery + " → " + r.body()).isEqualTo(400);
    return r.body();
  }

  // ---- modes

  @Test
  void listsDefaultToNormalMode() {
    JsonNode first = ok("/2.3.0/events/?limit=1").get("results").get(0);
    assertThat(first.get("response_mode").asText()).isEqualTo("normal");
    assertThat(fieldNames(first)).isEqualTo(NORMAL_FIELDS);
  }

  @Test
  void listModeHasTheFifteenUpstreamFieldsInOrder() {
    JsonNode first = ok("/2.3.0/events/?mode=list&limit=1").get("results").get(0);
    assertThat(fieldNames(first)).isEqualTo(LIST_FIELDS);
    assertThat(first.get("response_mode").asText()).isEqualTo("list");
  }

  @Test
  void detailedModeAddsTheRelatedObjectsInOrder() {
    JsonNode e = ok("/2.3.0/events/?mode=detailed&id=1").get("results").get(0);
    assertThat(fieldNames(e)).isEqualTo(DETAILED_FIELDS);
    assertThat(e.get("response_mode").asText()).isEqualTo("detailed");
    assertThat(List.of(e.at("/agencies/0/id").asInt(), e.at("/agencies/1/id").asInt())).containsExactly(44, 63);
  }

  @Test
  void detailViewsDefaultToDetailedAndHonourAnExplicitMode() {
    assertThat(fieldNames(ok("/2.3.0/events/1/"))).isEqualTo(DETAILED_FIELDS);
    assertThat(fieldNames(ok("/2.3.0/events/1/?mode=list"))).isEqualTo(LIST_FIELDS);
    assertThat(fieldNames(ok("/2.3.0/events/upcoming/3/?mode=normal"))).isEqualTo(NORMAL_FIELDS);
  }

  @Test
  void unknownModeFallsBackToTheDefault() {
    assertThat(ok("/2.3.0/events/?mode=verbose&limit=1").at("/results/0/response_mode").asText()).isEqualTo("normal");
    assertThat(ok("/2.3.0/events/1/?mode=verbose").get("response_mode").asText()).isEqualTo("detailed");
  }

  @Test
  void nestedObjectsKeepTheirOwnModes() {
    JsonNode e = ok("/2.3.0/events/1/?mode=detailed");
    assertThat(e.at("/agencies/0/response_mode").asText()).isEqualTo("list");
    assertThat(e.at("/launches/0/response_mode").asText()).isEqualTo("list");
    assertThat(e.at("/expeditions/0/response_mode").asText()).isEqualTo("normal");
    assertThat(e.at("/program/0/response_mode").asText()).isEqualTo("normal");
    assertThat(e.at("/spacestations/0").has("response_mode")).isFalse();
  }

  // ---- pagination

  @Test
  void defaultLimitIsTen() {
    JsonNode page = ok("/2.3.0/events/");
    assertThat(page.get("count").asInt()).isEqualTo(COUNT);
    assertThat(page.get("results")).hasSize(10);
    assertThat(page.get("next").asText()).isEqualTo(server.origin() + "/2.3.0/events/?limit=10&offset=10");
    assertThat(page.get("previous").isNull()).isTrue();
  }

  @Test
  void limitAbove100IsClampedTo100() {
    JsonNode page = ok("/2.3.0/events/?limit=500&mode=list");
    assertThat(page.get("results")).hasSize(100);
    assertThat(page.get("next").asText()).isEqualTo(server.origin() + "/2.3.0/events/?limit=100&mode=list&offset=100");
  }

  @Test
  void aHugeLimitIsClampedAndAHugeOffsetIsPastTheEnd() {
    JsonNode page = ok("/2.3.0/events/?limit=99999999999999999999&mode=list");
    assertThat(page.get("results")).hasSize(100);
    assertThat(page.get("next").asText()).isEqualTo(server.origin() + "/2.3.0/events/?limit=100&mode=list&offset=100");
    JsonNode past = ok("/2.3.0/events/?offset=99999999999999999999");
    assertThat(past.get("count").asInt()).isEqualTo(COUNT);
    assertThat(past.get("results")).isEmpty();
    assertThat(past.get("next").isNull()).isTrue();
    assertThat(past.get("previous").asText())
        .isEqualTo(server.origin() + "/2.3.0/events/?limit=10&offset=9223372036854775797");
  }

  @Test
  void invalidLimitFallsBackToDefault() {
    for (String limit : List.of("abc", "0", "-5", "1.5", "")) {
      assertThat(ok("/2.3.0/events/?limit=" + limit).get("results")).as("limit=" + limit).hasSize(10);
    }
  }

  @Test
  void invalidOffsetFallsBackToZero() {
    List<Integer> first = ids("/2.3.0/events/");
    assertThat(ids("/2.3.0/events/?offset=abc")).isEqualTo(first);
    assertThat(ids("/2.3.0/events/?offset=-3")).isEqualTo(first);
  }

  @Test
  void offsetPastTheEndGivesEmptyResults() {
    JsonNode page = ok("/2.3.0/events/?offset=1000");
    assertThat(page.get("count").asInt()).isEqualTo(COUNT);
    assertThat(page.get("results")).isEmpty();
    assertThat(page.get("next").isNull()).isTrue();
    assertThat(page.get("previous").asText()).isEqualTo(server.origin() + "/2.3.0/events/?limit=10&offset=990");
  }

  @Test
  void nextAndPreviousKeepOtherParametersWithKeysSorted() {
    JsonNode page = ok("/2.3.0/events/?type__ids=1&mode=list&limit=5&offset=5");
    assertThat(page.get("next").asText())
        .isEqualTo(server.origin() + "/2.3.0/events/?limit=5&mode=list&offset=10&type__ids=1");
    assertThat(page.get("previous").asText())
        .isEqualTo(server.origin() + "/2.3.0/events/?limit=5&mode=list&type__ids=1");
  }

  @Test
  void previousDropsOffsetWhenItWouldBeZero() {
    assertThat(ok("/2.3.0/events/?offset=3").get("previous").asText())
        .isEqualTo(server.origin() + "/2.3.0/events/?limit=10");
    assertThat(ok("/2.3.0/events/?offset=25").get("previous").asText())
        .isEqualTo(server.origin() + "/2.3.0/events/?limit=10&offset=15");
  }

  @Test
  void nextIsNullOnTheLastPage() {
    JsonNode page = ok("/2.3.0/events/?offset=" + (COUNT - 10));
    assertThat(page.get("results")).hasSize(10);
    assertThat(page.get("next").isNull()).isTrue();
  }

  @Test
  void formatIsEchoedInLinksAndUrls() {
    JsonNode page = ok("/2.3.0/events/?format=json&limit=2");
    assertThat(page.get("next").asText()).isEqualTo(server.origin() + "/2.3.0/events/?format=json&limit=2&offset=2");
    assertThat(page.at("/results/0/url").asText()).endsWith("/?format=json");
  }

  @Test
  void queryValuesAreReEncodedInLinks() {
    JsonNode page = ok("/2.3.0/events/?search=" + q("Filler") + "&ordering=" + q("-date,last_updated") + "&limit=2");
    assertThat(page.get("next").asText())
        .isEqualTo(server.origin() + "/2.3.0/events/?limit=2&offset=2&ordering=-date%2Clast_updated&search=Filler");
  }

  @Test
  void aPageOf100DetailedEventsTakesAsManyQueriesAsAPageOfOne() {
    server.clearCache();
    statements.set(0);
    ok("/2.3.0/events/?mode=detailed&limit=1");
    int one = statements.get();
    server.clearCache();
    statements.set(0);
    ok("/2.3.0/events/?mode=detailed&limit=100");
    assertThat(statements.get()).isEqualTo(one);
  }

  @Test
  void aDetailedPageTakesOneStatementPerTableRead() {
    // Newest first, the page holds the events with relations. Count and ids, then events (with their
    // types and precisions), info urls, video urls, updates, the six relations (each with its
    // objects), the expedition's patches and spacewalks, the programs' agencies and patches. No
    // images, patches' or astronauts' agencies, or expeditions' stations here: none is read.
    server.clearCache();
    statements.set(0);
    ok("/2.3.0/events/?mode=detailed&limit=100&ordering=-date");
    assertThat(statements.get()).isEqualTo(16);
  }

  @Test
  void withCachedFragmentsAPageStillTakesAConstantNumberOfQueries() {
    server.clearCache();
    ok("/2.3.0/events/?mode=detailed&limit=100");
    statements.set(0);
    ok("/2.3.0/events/?mode=detailed&limit=1&offset=0"); // another response, the same (cached) fragments
    int one = statements.get();
    statements.set(0);
    ok("/2.3.0/events/?mode=detailed&limit=100&offset=0");
    assertThat(statements.get()).isEqualTo(one);
    statements.set(0);
    ok("/2.3.0/events/?mode=detailed&limit=100&offset=0");
    assertThat(statements.get()).as("a repeated request").isLessThanOrEqualTo(one);
  }

  // ---- filters

  @Test
  void agencyIdsMatchesEventsOfAnyListedAgency() {
    assertThat(ids("/2.3.0/events/?agency__ids=63")).containsExactly(1);
    assertThat(ids("/2.3.0/events/?agency__ids=44,63")).containsExactly(1, 2, 4);
  }

  @Test
  void idsFiltersOfUnknownObjectsMatchNothing() {
    assertThat(ok("/2.3.0/events/?agency__ids=99999").get("count").asInt()).isZero();
    assertThat(ok("/2.3.0/events/?type__ids=99999").get("count").asInt()).isZero();
    assertThat(ok("/2.3.0/events/?program__ids=99999").get("count").asInt()).isZero();
  }

  @Test
  void dateLookupsCompareInstants() {
    assertThat(ids("/2.3.0/events/?date__gt=2026-11-27T06:00:00Z")).containsExactly(3, 4);
    assertThat(ids("/2.3.0/events/?date__gte=2026-11-27T06:00:00Z")).containsExactly(2, 3, 4);
    assertThat(ids("/2.3.0/events/?date__lt=1970-01-01T00:00:00Z")).containsExactly(5);
    assertThat(ids("/2.3.0/events/?date__lte=2026-11-28T00:00:00Z&date__gte=2026-11-26T00:00:00Z"))
        .containsExactly(8, 2, 3);
  }

  @Test
  void misspelledDateGtLtActsAsDateLt() {
    assertThat(ids("/2.3.0/events/?date__gt__lt=1970-01-01T00:00:00Z")).containsExactly(5);
  }

  @Test
  void dateTimesAcceptOffsetsAndBareDates() {
    assertThat(ids("/2.3.0/events/?date__gte=" + q("2026-11-27T07:00:00+01:00"))).containsExactly(2, 3, 4);
    assertThat(ids("/2.3.0/events/?date__lt=1966-01-01")).containsExactly(5);
    assertThat(ids("/2.3.0/events/?date__gte=" + q("2026-11-27 06:00"))).containsExactly(2, 3, 4);
  }

  @Test
  void dayMonthAndYearMatchTheUtcDate() {
    assertThat(ids("/2.3.0/events/?year=1965")).containsExactly(5);
    assertThat(ids("/2.3.0/events/?year=2020,1965")).containsExactly(5, 7);
    assertThat(ids("/2.3.0/events/?month=2&day=29")).containsExactly(7);
    assertThat(ids("/2.3.0/events/?year=2026&month=12")).containsExactly(4);
  }

  @Test
  void idTakesCommaSeparatedIds() {
    assertThat(ids("/2.3.0/events/?id=3,5,999")).containsExactly(5, 3);
  }

  @Test
  void lastUpdatedBoundsAreInclusive() {
    assertThat(ids("/2.3.0/events/?last_updated__gte=2025-12-01")).containsExactly(1, 2);
    assertThat(ids("/2.3.0/events/?last_updated__gte=2025-12-01&last_updated__lte=2025-12-04T17:06:15Z"))
        .containsExactly(1);
  }

  @Test
  void programIsRepeatableAndCommaSeparated() {
    assertThat(ids("/2.3.0/events/?program=8")).containsExactly(1);
    assertThat(ids("/2.3.0/events/?program=8&program=17")).containsExactly(1, 2);
    assertThat(ids("/2.3.0/events/?program=8,17")).containsExactly(1, 2);
  }

  @Test
  void programOfAnUnknownIdIsABadRequest() {
    assertThat(badRequest("/2.3.0/events/?program=99999"))
        .isEqualTo("{\"program\":[\"Select a valid choice. 99999 is not one of the available choices.\"]}");
    assertThat(badRequest("/2.3.0/events/?program=abc"))
        .isEqualTo("{\"program\":[\"\u201cabc\u201d is not a valid value.\"]}");
  }

  @Test
  void slugMatchesExactly() {
    assertThat(ids("/2.3.0/events/?slug=event-3")).containsExactly(3);
    assertThat(ok("/2.3.0/events/?slug=event").get("count").asInt()).isZero();
  }

  @Test
  void typeIsAModelChoice() {
    assertThat(ids("/2.3.0/events/?type=17")).containsExactly(7, 1);
    String invalid = "{\"type\":[\"Select a valid choice. That choice is not one of the available choices.\"]}";
    assertThat(badRequest("/2.3.0/events/?type=99999")).isEqualTo(invalid);
    assertThat(badRequest("/2.3.0/events/?type=abc")).isEqualTo(invalid);
  }

  @Test
  void typeIdsTakesCommaSeparatedIds() {
    assertThat(ids("/2.3.0/events/?type__ids=2,23")).containsExactly(8, 2, 4);
  }

  @Test
  void videoUrlMatchesEventsWithThatVideo() {
    assertThat(ids("/2.3.0/events/?video_url=" + q("https://youtu.be/b"))).containsExactly(4);
    assertThat(ids("/2.3.0/events/?video_url=" + q("https://youtu.be/b,https://www.youtube.com/watch?v=a")))
        .containsExactly(1, 4);
  }

  @Test
  void relationIdsFiltersOfLl24AreAccepted() {
    assertThat(ids("/2.3.0/events/?launch__ids=" + LAUNCH)).containsExactly(1);
    assertThat(ids("/2.3.0/events/?program__ids=17,8")).containsExactly(1, 2);
    assertThat(ids("/2.3.0/events/?spacestation__ids=7")).containsExactly(8);
    assertThat(ids("/2.3.0/events/?expedition__ids=162")).containsExactly(1);
    assertThat(badRequest("/2.3.0/events/?launch__ids=not-a-uuid"))
        .isEqualTo("{\"launch__ids\":[\"Enter a valid UUID.\"]}");
  }

  @Test
  void filtersAreAnded() {
    assertThat(ids("/2.3.0/events/?type=2&agency__ids=44")).containsExactly(4);
    assertThat(ids("/2.3.0/events/?type__ids=2&search=tiangong&year=2026")).containsExactly(8);
  }

  @Test
  void undeclaredParametersAreIgnored() {
    assertThat(ok("/2.3.0/events/?foo=bar&name=x").get("count").asInt()).isEqualTo(COUNT);
  }

  @Test
  void emptyValuesAreIgnored() {
    assertThat(ok("/2.3.0/events/?type=&agency__ids=&date__gte=&search=&program=&ordering=&id=,")
        .get("count").asInt()).isEqualTo(COUNT);
  }

  @Test
  void malformedValueIsABadRequestNamingTheParameter() {
    assertThat(badRequest("/2.3.0/events/?agency__ids=abc")).isEqualTo("{\"agency__ids\":[\"Enter a number.\"]}");
    assertThat(badRequest("/2.3.0/events/?date__gte=yesterday"))
        .isEqualTo("{\"date__gte\":[\"Enter a valid date/time.\"]}");
    assertThat(badRequest("/2.3.0/events/?year=20x")).isEqualTo("{\"year\":[\"Enter a number.\"]}");
    assertThat(badRequest("/2.3.0/events/?date__lt=2025-13-01")).isEqualTo("{\"date__lt\":[\"Enter a valid date/time.\"]}");
    assertThat(badRequest("/2.3.0/events/1/?id=x")).isEqualTo("{\"id\":[\"Enter a number.\"]}");
  }

  @Test
  void nullCharactersInTextFiltersAreABadRequest() {
    assertThat(badRequest("/2.3.0/events/?slug=a%00b")).isEqualTo("{\"slug\":[\"Null characters are not allowed.\"]}");
    assertThat(badRequest("/2.3.0/events/?video_url=%00")).isEqualTo("{\"video_url\":[\"Null characters are not allowed.\"]}");
    // DRF's SearchFilter removes them from search terms instead.
    assertThat(ok("/2.3.0/events/?search=Dock%00ing").get("count").asInt()).isEqualTo(2);
  }

  @Test
  void severalBadParametersComeInOneBody() {
    assertThat(badRequest("/2.3.0/events/?type=z&date__gte=y&agency__ids=x"))
        .isEqualTo("{\"agency__ids\":[\"Enter a number.\"],\"date__gte\":[\"Enter a valid date/time.\"],"
            + "\"type\":[\"Select a valid choice. That choice is not one of the available choices.\"]}");
  }

  // ---- search

  @Test
  void searchMatchesCaseInsensitiveSubstringsOfTheName() {
    assertThat(ids("/2.3.0/events/?search=flyby")).containsExactly(2);
    assertThat(ids("/2.3.0/events/?search=DOCKING")).containsExactly(8, 4);
  }

  @Test
  void searchTermsSplitOnWhitespaceAndCommasAndAllMustMatch() {
    assertThat(ids("/2.3.0/events/?search=" + q("crew docking"))).containsExactly(4);
    assertThat(ids("/2.3.0/events/?search=" + q("crew,docking"))).containsExactly(4);
    assertThat(ids("/2.3.0/events/?search=" + q("crew soyuz"))).isEmpty();
  }

  @Test
  void quotedSearchPhraseIsOneTerm() {
    assertThat(ids("/2.3.0/events/?search=" + q("\"Farewell Ceremony\""))).containsExactly(1);
    assertThat(ids("/2.3.0/events/?search=" + q("\"Ceremony Farewell\""))).isEmpty();
    assertThat(ids("/2.3.0/events/?search=" + q("Ceremony Farewell"))).containsExactly(1);
  }

  @Test
  void searchTreatsAnyInputAsData() {
    assertThat(ids("/2.3.0/events/?search=" + q("100%"))).containsExactly(7);
    assertThat(ids("/2.3.0/events/?search=" + q("%"))).containsExactly(7);
    assertThat(ids("/2.3.0/events/?search=" + q("_test"))).containsExactly(7);
    assertThat(ids("/2.3.0/events/?search=" + q("\\"))).containsExactly(7);
    assertThat(ids("/2.3.0/events/?search=" + q("O'Neill"))).containsExactly(7);
    assertThat(ids("/2.3.0/events/?search=" + q("'\"Quoted\"'"))).containsExactly(7);
    assertThat(ids("/2.3.0/events/?search=" + q("' OR 1=1 --"))).isEmpty();
    assertThat(ids("/2.3.0/events/?search=" + q("'; DROP TABLE event; --"))).isEmpty();
    assertThat(ok("/2.3.0/events/").get("count").asInt()).isEqualTo(COUNT);
  }

  @Test
  void searchIsCaseInsensitiveBeyondAscii() {
    assertThat(ids("/2.3.0/events/?search=" + q("\u00fcnity"))).containsExactly(7);
  }

  // ---- ordering

  @Test
  void defaultOrderingIsDateThenIdWithUndatedEventsLast() {
    JsonNode lastPage = ok("/2.3.0/events/?offset=" + (COUNT - 2));
    assertThat(lastPage.at("/results/1/id").asInt()).isEqualTo(6);
    assertThat(ids("/2.3.0/events/?limit=2")).containsExactly(5, 101);
  }

  @Test
  void orderingByDateAscendingAndDescending() {
    assertThat(ids("/2.3.0/events/?ordering=date&limit=2")).containsExactly(5, 101);
    // As on PostgreSQL, nulls are the largest values: first when descending.
    assertThat(ids("/2.3.0/events/?ordering=-date&limit=4")).containsExactly(6, 4, 3, 2);
  }

  @Test
  void orderingByLastUpdated() {
    assertThat(ids("/2.3.0/events/?ordering=-last_updated&limit=2")).containsExactly(2, 1);
    assertThat(ids("/2.3.0/events/?ordering=last_updated,-date&limit=2")).containsExactly(6, 4);
  }

  @Test
  void unknownOrderingTermsAreDropped() {
    assertThat(ids("/2.3.0/events/?ordering=name,-date&limit=2")).containsExactly(6, 4);
    assertThat(ids("/2.3.0/events/?ordering=bogus&limit=2")).isEqualTo(ids("/2.3.0/events/?limit=2"));
  }

  @Test
  void idBreaksTies() {
    List<Integer> ascending = ids("/2.3.0/events/?date__gte=2019-02-19&date__lt=2019-02-20");
    List<Integer> descending = ids("/2.3.0/events/?date__gte=2019-02-19&date__lt=2019-02-20&ordering=-date");
    assertThat(ascending).containsExactly(150, 151);
    assertThat(descending).containsExactly(150, 151);
  }

  // ---- upcoming and previous

  @Test
  void upcomingIncludesEventsOfTheLast24Hours() {
    assertThat(ids("/2.3.0/events/upcoming/")).containsExactly(2, 3, 4);
  }

  @Test
  void hideRecentPreviousHidesThem() {
    assertThat(ids("/2.3.0/events/upcoming/?hide_recent_previous=true")).containsExactly(3, 4);
    assertThat(ids("/2.3.0/events/upcoming/?hide_recent_previous=false")).containsExactly(2, 3, 4);
  }

  @Test
  void previousListsPastEventsNewestFirst() {
    JsonNode page = ok("/2.3.0/events/previous/?limit=3");
    assertThat(page.get("count").asInt()).isEqualTo(COUNT - 3);
    assertThat(ids("/2.3.0/events/previous/?limit=3")).containsExactly(2, 8, 1);
  }

  @Test
  void subsetsTakeFiltersSearchAndOrdering() {
    assertThat(ids("/2.3.0/events/upcoming/?agency__ids=44&ordering=-date")).containsExactly(4, 2);
    assertThat(ids("/2.3.0/events/previous/?search=docking")).containsExactly(8);
    assertThat(ok("/2.3.0/events/upcoming/?limit=1").get("next").asText())
        .isEqualTo(server.origin() + "/2.3.0/events/upcoming/?limit=1&offset=1");
  }

  @Test
  void subsetDetailIsNotFoundOutsideTheSubset() {
    assertThat(server.get("/2.3.0/events/upcoming/5/").status()).isEqualTo(404);
    assertThat(server.get("/2.3.0/events/upcoming/3/").status()).isEqualTo(200);
    assertThat(server.get("/2.3.0/events/previous/3/").status()).isEqualTo(404);
    assertThat(server.get("/2.3.0/events/previous/5/").status()).isEqualTo(200);
    assertThat(server.get("/2.3.0/events/upcoming/2/").status()).isEqualTo(200);
    assertThat(server.get("/2.3.0/events/previous/2/").status()).isEqualTo(200);
  }

  @Test
  void detailViewsAreFilteredLikeLists() {
    assertThat(server.get("/2.3.0/events/1/?type=17").status()).isEqualTo(200);
    assertThat(server.get("/2.3.0/events/1/?type__ids=2").status()).isEqualTo(404);
    assertThat(server.get("/2.3.0/events/1/?search=zzz").status()).isEqualTo(404);
  }

  @Test
  void upcomingAndPreviousFollowTheClock() {
    server.clock.set(Instant.parse("2026-11-28T07:00:00Z"));
    assertThat(ids("/2.3.0/events/upcoming/")).containsExactly(3, 4);
    assertThat(ids("/2.3.0/events/previous/?limit=2")).containsExactly(3, 2);
    server.clock.set(Instant.parse("2026-12-26T11:00:00Z"));
    assertThat(ids("/2.3.0/events/upcoming/")).isEmpty();
    assertThat(ids("/2.3.0/events/upcoming/?hide_recent_previous=false")).isEmpty();
    server.clock.set(Instant.parse("2026-12-25T12:00:00Z"));
    assertThat(ids("/2.3.0/events/upcoming/")).containsExactly(4);
    assertThat(ids("/2.3.0/events/upcoming/?hide_recent_previous=true")).isEmpty();
  }

  @Test
  void pagingThroughUpcomingAndPreviousAroundNowVisitsEveryEventOnce() {
    server.clock.set(Instant.parse("2026-11-27T23:00:00Z"));
    for (String subset : List.of("upcoming", "previous")) {
      JsonNode page = ok("/2.3.0/events/" + subset + "/?limit=3");
      int count = page.get("count").asInt();
      Set<Integer> seen = new HashSet<>();
      List<Integer> order = new ArrayList<>();
      while (true) {
        page.get("results").forEach(e -> order.add(e.get("id").asInt()));
        if (page.get("next").isNull()) break;
        page = ok(page.get("next").asText().substring(server.origin().length()));
      }
      seen.addAll(order);
      assertThat(order).as(subset).hasSize(count);
      assertThat(seen).as(subset).hasSize(count);
    }
  }
}
