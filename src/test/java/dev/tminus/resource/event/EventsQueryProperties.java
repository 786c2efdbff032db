package dev.tminus.resource.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Links;
import dev.tminus.generate.Generator;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random combinations of query parameters, on both databases: none ever produces a server error,
 * and paging through {@code next} visits every matching event exactly once.
 */
class EventsQueryProperties {
  private static final Map<TestDatabase, TestServer> SERVERS = new EnumMap<>(TestDatabase.class);
  private static final List<String> PARAMS = List.of("agency__ids", "date__gt", "date__gte", "date__lt", "date__lte",
      "date__gt__lt", "day", "month", "year", "id", "last_updated__gte", "last_updated__lte", "program", "slug", "type",
      "type__ids", "video_url", "search", "ordering", "limit", "offset", "mode", "format", "hide_recent_previous",
      "launch__ids", "program__ids", "spacestation__ids", "expedition__ids", "unknown");

  @BeforeContainer
  static void start() throws Exception {
    for (TestDatabase db : TestDatabase.values()) {
      TestServer server = TestServer.start(db);
      List<EventEndpointDetailed> events = new ArrayList<>();
      Generator.events(400, 11, Links.of(server.origin(), null)).forEachRemaining(events::add);
      server.importEvents(events);
      SERVERS.put(db, server);
    }
  }

  @AfterContainer
  static void stop() {
    SERVERS.values().forEach(TestServer::close);
    SERVERS.clear();
  }

  @Provide
  Arbitrary<String> anyValue() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withChars("0123456789,-:TZ+. ").ofMaxLength(25),
        Arbitraries.of("", ",", "1", "-1", "0", "17", "2", "abc", "1.5", "1e3", "NaN", "99999999999999999999", "true",
            "2025-12-08", "2025-12-08T21:45:00Z", "2025-12-08T21:45:00+05:30", "2025-13-45", "%", "_", "\\", "'", "\"",
            "\"a b\"", "' OR 1=1 --", "date,-last_updated", "-date", "list", "normal", "detailed", "json", "api",
            "\u00fcnity", "\u0000", "a3c9c47e-976e-40a5-8889-30c407131e3a", "https://youtu.be/x"));
  }

  @Provide
  Arbitrary<String> query() {
    Arbitrary<String> pair = Combinators.combine(Arbitraries.of(PARAMS), anyValue())
        .as((k, v) -> k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
    return pair.list().ofMaxSize(6).map(pairs -> String.join("&", pairs));
  }

  @Provide
  Arbitrary<String> path() {
    return Arbitraries.of("/2.3.0/events/", "/2.3.0/events/upcoming/", "/2.3.0/events/previous/", "/2.3.0/events/1/",
        "/2.3.0/events/upcoming/390/", "/2.3.0/events/previous/2/", "/2.3.0/events/abc/");
  }

  @Property(tries = 300)
  void randomQueriesNeverFailOnTheServer(@ForAll TestDatabase db, @ForAll("path") String path,
      @ForAll("query") String query) {
    TestServer.Response r = SERVERS.get(db).get(path + "?" + query);
    assertThat(r.status()).as(path + "?" + query + " → " + r.body()).isIn(200, 400, 404);
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
      assertThat(r.body()).contains("<pre class=\"response\">");
      return;
    }
    JsonNode body = r.json();
    if (r.status() == 400) body.fields().forEachRemaining(e -> assertThat(e.getValue().isArray()).isTrue());
    if (r.status() == 404) assertThat(body.has("detail")).isTrue();
  }

  @Provide
  Arbitrary<String> validFilters() {
    Arbitrary<String> filter = Arbitraries.of(
        "type__ids=1,2,3,17", "year=2020,2021,1999", "month=1,2,3", "day=1,15,28", "search=station",
        "search=a", "date__gte=1990-01-01", "date__lt=2010-01-01T00:00:00Z", "agency__ids=1,2,3,4,5,6,7,8",
        "last_updated__gte=2015-01-01", "ordering=-date", "ordering=last_updated", "ordering=-last_updated,date",
        "mode=list", "id=" + ids(), "hide_recent_previous=true");
    return filter.list().ofMaxSize(3).map(f -> String.join("&", f));
  }

  private static String ids() {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= 400; i += 3) s.append(i == 1 ? "" : ",").append(i);
    return s.toString();
  }

  @Property(tries = 60)
  void pagingThroughNextVisitsEveryMatchingEventOnce(@ForAll TestDatabase db,
      @ForAll("validFilters") String filters,
      @ForAll("subset") String subset,
      @ForAll("limits") int limit) {
    TestServer server = SERVERS.get(db);
    String next = "/2.3.0/events/" + subset + "?limit=" + limit + "&mode=list" + (filters.isEmpty() ? "" : "&" + filters);
    JsonNode first = server.get(next).json();
    int count = first.get("count").asInt();
    List<Integer> visited = new ArrayList<>();
    while (next != null) {
      JsonNode page = server.get(next).json();
      page.get("results").forEach(e -> visited.add(e.get("id").asInt()));
      assertThat(page.get("count").asInt()).isEqualTo(count);
      next = page.get("next").isNull() ? null : page.get("next").asText().substring(server.origin().length());
    }
    Set<Integer> distinct = new HashSet<>(visited);
    assertThat(visited).as(filters).hasSize(count);
    assertThat(distinct).as(filters).hasSize(count);
  }

  @Provide
  Arbitrary<String> subset() {
    return Arbitraries.of("", "upcoming/", "previous/");
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.of(1, 3, 7, 10, 33, 100);
  }
}
