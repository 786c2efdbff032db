package dev.tminus.support;

import dev.tminus.resource.Resources;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.ingest.ImportException;
import dev.tminus.ingest.ImportResult;
import dev.tminus.ingest.Importer;
import dev.tminus.json.Json;
import dev.tminus.web.Server;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

/** A real tminus server on a free port of 127.0.0.1, over a real database, with a clock the test sets. */
public final class TestServer implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public final Database database;
  /** The database's settings, to open a second {@link Database} on it (another process, as far as the server knows). */
  public final DatabaseConfig config;
  public final MutableClock clock;
  private final Server server;

  private TestServer(DatabaseConfig config, Database database, MutableClock clock, Server server) {
    this.config = config;
    this.database = database;
    this.clock = clock;
    this.server = server;
  }

  /** {@code serve}'s defaults on a free port: what tests that start a {@link Server} themselves pass it. */
  public static Server.Config config() {
    return Server.Config.DEFAULTS.withPort(0);
  }

  public static TestServer start(TestDatabase db) {
    return start(db, UnaryOperator.identity());
  }

  /** A server configured as {@code configure} changes {@link #config()} with the test's clock, e.g. {@code c -> c.withCaching(…)}. */
  public static TestServer start(TestDatabase db, UnaryOperator<Server.Config> configure) {
    DatabaseConfig config = db.config();
    Database database = Database.open(config);
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
    Server server = Server.start(configure.apply(config().withClock(clock)), database);
    return new TestServer(config, database, clock, server);
  }

  /** Forgets the server's cached responses and fragments. */
  public void clearCache() {
    server.clearCache();
  }

  public String origin() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Imports a JSON document of events through the real importer. */
  public ImportResult importJson(String json) throws ImportException {
    return importJson("events", json);
  }

  /** Imports a JSON document of {@code collection}'s objects (e.g. {@code config/orbits}) through the real importer. */
  public ImportResult importJson(String collection, String json) throws ImportException {
    return new Importer(database).importStream("test", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        Resources.byCollection(collection), new Importer.Hooks() {});
  }

  /** Imports records (events) as one JSON array. */
  public ImportResult importEvents(List<?> events) throws ImportException {
    try {
      return importJson(Json.MAPPER.writeValueAsString(events));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public Response get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(origin() + pathAndQuery)).GET().build());
  }

  /** The JSON body of {@code GET pathAndQuery}, asserting that it answered 200. */
  public JsonNode ok(String pathAndQuery) {
    Response r = get(pathAndQuery);
    org.assertj.core.api.Assertions.assertThat(r.status()).as(pathAndQuery + " " + r.body()).isEqualTo(200);
    return r.json();
  }

  /**
   * The JSON body of {@code GET pathAndQuery}, asserting that it answered 200, with this server's
   * urls on upstream's host ({@code https://ll.thespacedevs.com/}): to compare with upstream's
   * samples and fixtures written as upstream serves them.
   */
  public JsonNode asUpstream(String pathAndQuery) {
    Response r = get(pathAndQuery);
    org.assertj.core.api.Assertions.assertThat(r.status()).as(pathAndQuery + " " + r.body()).isEqualTo(200);
    try {
      return Json.MAPPER.readTree(r.body().replace(origin() + "/", "https://ll.thespacedevs.com/"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** GET with extra headers, e.g. {@code get("/2.3.0/events/", "Accept-Encoding", "gzip")}. */
  public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + pathAndQuery)).GET();
    if (headers.length > 0) request.headers(headers);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }

  /** What a client received. */
  public record Response(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  /** A clock tests move by hand. */
  public static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    public void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
