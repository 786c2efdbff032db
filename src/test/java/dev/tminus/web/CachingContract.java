package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.cache.RenderCache;
import dev.tminus.db.Database;
import dev.tminus.ingest.Importer;
import dev.tminus.json.Json;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyType;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.astronaut.AstronautStatus;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.resource.event.EventType;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.program.ProgramType;
import dev.tminus.support.EventFixture;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Render once, serve many times — and never serve stale: the render cache, ETags, 304s,
 * Cache-Control and gzip as a client sees them. The server polls for other processes' writes only
 * once an hour, so everything seen at once here comes from the in-process commit signal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CachingContract {
  static final String OLD_AGENCY = "Old Agency Name";
  static final String NEW_AGENCY = "Renamed Agency";
  static final List<String> VIEWS = List.of(
      "/2.3.0/events/", "/2.3.0/events/?mode=list", "/2.3.0/events/?mode=normal", "/2.3.0/events/?mode=detailed",
      "/2.3.0/events/?format=json&mode=detailed", "/2.3.0/events/?format=api&mode=detailed",
      "/2.3.0/events/upcoming/", "/2.3.0/events/upcoming/?mode=list", "/2.3.0/events/upcoming/?mode=detailed",
      "/2.3.0/events/previous/?mode=normal", "/2.3.0/events/previous/?mode=detailed",
      "/2.3.0/events/1/", "/2.3.0/events/1/?mode=list", "/2.3.0/events/1/?mode=normal", "/2.3.0/events/1/?format=api",
      "/2.3.0/events/2/", "/2.3.0/events/upcoming/1/", "/2.3.0/events/previous/2/?mode=detailed");

  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database(),
        c -> c.withCaching(new Server.Caching(new RenderCache.Settings(true, 16, Duration.ofHours(1)), 0)));
    server.importEvents(List.of(upcoming("Old Event Name", OLD_AGENCY), previous(OLD_AGENCY)));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  /** Event 1, upcoming: agency 44 in its agencies, its program's agencies, the program's patch and its astronaut. */
  static EventEndpointDetailed upcoming(String name, String agencyName) {
    AgencyMini agency = new AgencyMini("list", 44, null, agencyName, "AG", new AgencyType(1, "Government"));
    MissionPatch patch = new MissionPatch(7, "Patch 7", 1, null, agency, "normal");
    ProgramNormal program = new ProgramNormal("normal", 8, null, "Program 8", null, null, null, null,
        List.of(agency), null, null, List.of(patch), new ProgramType(1, "Program type"));
    AstronautNormal astronaut = new AstronautNormal(5, null, "Astronaut 5", new AstronautStatus(1, "Active"), agency,
        null);
    return new EventEndpointDetailed(1, null, name, List.of(), List.of(), null, Instant.parse("2026-12-01T00:00:00Z"),
        "event-1", new EventType(1, "Type 1"), "", false, null, null, "detailed", null, List.of(),
        Instant.parse("2026-01-01T00:00:00Z"), List.of(agency), List.of(), List.of(), List.of(), List.of(program),
        List.of(astronaut));
  }

  /** Event 2, previous: agency 44 only among its agencies. */
  static EventEndpointDetailed previous(String agencyName) {
    AgencyMini agency = new AgencyMini("list", 44, null, agencyName, "AG", new AgencyType(1, "Government"));
    return new EventEndpointDetailed(2, null, "Event 2", List.of(), List.of(), null,
        Instant.parse("2026-01-01T00:00:00Z"), "event-2", new EventType(1, "Type 1"), "", false, null, null,
        "detailed", null, List.of(), Instant.parse("2026-01-01T00:00:00Z"), List.of(agency), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  private Map<String, String> bodies() {
    Map<String, String> bodies = new LinkedHashMap<>();
    for (String view : VIEWS) {
      TestServer.Response r = server.get(view);
      assertThat(r.status()).as(view).isEqualTo(200);
      bodies.put(view, r.body());
    }
    return bodies;
  }

  // ---- invalidation

  @Test
  void anImportShowsAtOnceInEveryViewAndModeAndInEveryEventThatEmbedsARenamedObject() throws Exception {
    Map<String, String> before = bodies();
    assertThat(bodies()).as("served again from the cache, unchanged").isEqualTo(before);
    assertThat(before.get("/2.3.0/events/1/")).contains(OLD_AGENCY);

    // Only event 1 is imported again; event 2 embeds the renamed agency through the shared row.
    server.importEvents(List.of(upcoming("Renamed Event", NEW_AGENCY)));

    Map<String, String> after = bodies();
    server.clearCache();
    assertThat(after).as("what a cold render gives").isEqualTo(bodies());
    after.forEach((view, body) -> assertThat(body).as(view).doesNotContain(OLD_AGENCY, "Old Event Name"));
    for (String view : List.of("/2.3.0/events/?mode=list", "/2.3.0/events/?mode=normal",
        "/2.3.0/events/upcoming/?mode=list", "/2.3.0/events/1/?mode=list", "/2.3.0/events/1/?mode=normal",
        "/2.3.0/events/?format=api&mode=detailed")) {
      assertThat(after.get(view)).as(view).contains("Renamed Event");
    }
    var one = server.get("/2.3.0/events/1/").json();
    assertThat(one.at("/agencies/0/name").asText()).isEqualTo(NEW_AGENCY);
    assertThat(one.at("/program/0/agencies/0/name").asText()).isEqualTo(NEW_AGENCY);
    assertThat(one.at("/program/0/mission_patches/0/agency/name").asText()).isEqualTo(NEW_AGENCY);
    assertThat(one.at("/astronauts/0/agency/name").asText()).isEqualTo(NEW_AGENCY);
    assertThat(server.get("/2.3.0/events/2/").json().at("/agencies/0/name").asText()).isEqualTo(NEW_AGENCY);
    assertThat(server.get("/2.3.0/events/previous/?mode=detailed").json().at("/results/0/agencies/0/name").asText())
        .isEqualTo(NEW_AGENCY);
  }

  @Test
  void upcomingMovesOnWithTheClockEvenWhenNothingWasWritten() {
    assertThat(server.get("/2.3.0/events/upcoming/1/").status()).isEqualTo(200);
    server.clock.set(Instant.parse("2026-12-03T00:00:00Z"));
    try {
      assertThat(server.get("/2.3.0/events/upcoming/1/").status()).isEqualTo(404);
      assertThat(server.get("/2.3.0/events/previous/1/").status()).isEqualTo(200);
    } finally {
      server.clock.set(Instant.parse("2026-11-27T12:00:00Z"));
    }
  }

  @Test
  void aWriteByAnotherProcessIsSeenWithinThePollInterval() throws Exception {
    Duration poll = Duration.ofMillis(200);
    try (TestServer polled = TestServer.start(database(),
        c -> c.withCaching(new Server.Caching(new RenderCache.Settings(true, 16, poll), 0)))) {
      polled.importEvents(List.of(EventFixture.event(1).name("Before").build()));
      assertThat(polled.get("/2.3.0/events/1/").body()).contains("Before");
      try (Database other = Database.open(polled.config)) { // shares the database, not the server's commit signal
        byte[] json = Json.MAPPER.writeValueAsBytes(List.of(EventFixture.event(1).name("After").build()));
        new Importer(other).importStream("other process", new ByteArrayInputStream(json),
            dev.tminus.resource.Resources.byCollection("events"), new Importer.Hooks() {});
      }
      long written = System.nanoTime();
      String body;
      do {
        body = polled.get("/2.3.0/events/1/").body();
      } while (!body.contains("After") && System.nanoTime() - written < Duration.ofSeconds(10).toNanos());
      assertThat(body).contains("After");
      assertThat(Duration.ofNanos(System.nanoTime() - written)).isLessThan(poll.plusSeconds(2));
    }
  }

  // ---- ETag and 304

  @Test
  void identicalRequestsGetTheSameStrongEtagAndAnImportChangesIt() throws Exception {
    for (String view : List.of("/2.3.0/events/?mode=detailed&limit=3", "/2.3.0/events/?format=api&limit=3")) {
      String first = server.get(view).headers().firstValue("ETag").orElseThrow();
      assertThat(first).as(view).matches("\"[0-9a-f]{32}\"");
      assertThat(server.get(view).headers().firstValue("ETag")).as(view).contains(first);
      server.importEvents(List.of(EventFixture.event(900 + view.length()).name("New").date("1999-01-01T00:00:00Z")
          .build()));
      assertThat(server.get(view).headers().firstValue("ETag").orElseThrow()).as(view).isNotEqualTo(first);
    }
  }

  @Test
  void ifNoneMatchWithTheEtagGetsA304WithoutBody() {
    String view = "/2.3.0/events/1/";
    String etag = server.get(view).headers().firstValue("ETag").orElseThrow();
    for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
      HttpResponse<byte[]> r = server.getBytes(view, "If-None-Match", ifNoneMatch);
      assertThat(r.statusCode()).as(ifNoneMatch).isEqualTo(304);
      assertThat(r.body()).as(ifNoneMatch).isEmpty();
      assertThat(r.headers().firstValue("ETag")).as(ifNoneMatch).contains(etag);
    }
    assertThat(server.getBytes(view, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void pagingThroughOneFilterCountsOnlyOnce() {
    java.util.concurrent.atomic.AtomicInteger counts = new java.util.concurrent.atomic.AtomicInteger();
    server.database.dsl().configuration().set(new org.jooq.impl.DefaultExecuteListenerProvider(new org.jooq.ExecuteListener() {
      @Override
      public void executeStart(org.jooq.ExecuteContext ctx) {
        if (ctx.sql() != null && ctx.sql().contains("count(*)")) counts.incrementAndGet();
      }
    }));
    server.clearCache();
    TestServer.Response first = server.get("/2.3.0/events/?mode=list&limit=1&offset=0&ordering=-date&date__lt=2100-01-01T00:00:00Z");
    TestServer.Response second = server.get("/2.3.0/events/?mode=list&limit=1&offset=1&ordering=-date&date__lt=2100-01-01T00:00:00Z");
    assertThat(first.status()).isEqualTo(200);
    assertThat(second.json().get("count")).isEqualTo(first.json().get("count"));
    assertThat(counts.get()).as("count(*) statements for two pages of one query").isEqualTo(1);
  }

  @Test
  void cacheControlIsNoCacheByDefault() {
    assertThat(server.get("/2.3.0/events/").headers().firstValue("Cache-Control")).contains("no-cache");
  }

  @Test
  void cacheControlMaxAgeAsConfiguredAndEtagsWithoutTheRenderCache() {
    try (TestServer configured = TestServer.start(database(),
        c -> c.withCaching(new Server.Caching(RenderCache.Settings.DISABLED, 60)))) {
      configured.importEvents(List.of(EventFixture.event(1).build()));
      TestServer.Response r = configured.get("/2.3.0/events/1/");
      assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=60");
      String etag = r.headers().firstValue("ETag").orElseThrow();
      assertThat(configured.get("/2.3.0/events/1/").headers().firstValue("ETag")).contains(etag);
      assertThat(configured.getBytes("/2.3.0/events/1/", "If-None-Match", etag).statusCode()).isEqualTo(304);
    } catch (dev.tminus.ingest.ImportException e) {
      throw new AssertionError(e);
    }
  }

  // ---- gzip and Vary

  @Test
  void gzipIsNegotiatedAndDecompressesToTheSameBytesUnderItsOwnEtag() throws IOException {
    String view = "/2.3.0/events/?mode=detailed";
    HttpResponse<byte[]> plain = server.getBytes(view);
    HttpResponse<byte[]> gzipped = server.getBytes(view, "Accept-Encoding", "gzip, deflate");
    assertThat(plain.body().length).isGreaterThan(1024);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
    String plainTag = plain.headers().firstValue("ETag").orElseThrow();
    String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
    assertThat(gzipTag).isNotEqualTo(plainTag).endsWith("-gzip\"");
    assertThat(server.getBytes(view, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode()).isEqualTo(304);
    assertThat(server.getBytes(view, "If-None-Match", gzipTag).statusCode()).as("identity is another representation")
        .isEqualTo(200);
    assertThat(server.getBytes(view, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void smallBodiesAreNotCompressed() {
    HttpResponse<byte[]> r = server.getBytes("/2.3.0/events/?id=424242", "Accept-Encoding", "gzip");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).startsWith("{\"count\":0");
  }

  @Test
  void responsesVaryOnAcceptAndAcceptEncoding() {
    for (String view : List.of("/2.3.0/events/", "/2.3.0/events/1/", "/2.3.0/events/?format=api")) {
      assertThat(server.get(view).headers().firstValue("Vary")).as(view).contains("Accept, Accept-Encoding");
    }
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

}
