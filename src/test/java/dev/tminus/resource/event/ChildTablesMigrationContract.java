package dev.tminus.resource.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.ingest.Importer;
import dev.tminus.json.Json;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.web.Server;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V8 turns the events' own info url, video url and update tables into the shared child
 * tables: a database filled before it serves the same events after it, and keeps taking new rows.
 */
abstract class ChildTablesMigrationContract {
  abstract TestDatabase database();

  @Test
  void eventsFilledBeforeV8ServeTheirUrlsAndUpdatesAfterIt() throws Exception {
    DatabaseConfig config = database().config();
    migrateTo6AndFillTheEventTables(config);

    try (Database database = Database.open(config);
        Server server = Server.start(TestServer.config(), database)) {
      String origin = "http://127.0.0.1:" + server.port();
      JsonNode one = get(origin + "/2.3.0/events/1/");

      assertThat(one.at("/info_urls").findValuesAsText("url")).containsExactly("https://a.example", "https://b.example");
      assertThat(one.at("/info_urls/0/type/name").asText()).isEqualTo("Official");
      assertThat(one.at("/info_urls/0/language/code").asText()).isEqualTo("en");
      assertThat(one.at("/vid_urls/0/url").asText()).isEqualTo("https://video.example/1");
      assertThat(one.at("/vid_urls/0/start_time").asText()).isEqualTo("2025-12-08T21:00:00Z");
      assertThat(one.at("/vid_urls/0/live").asBoolean()).isTrue();
      assertThat(one.at("/updates").findValuesAsText("comment")).containsExactly("second", "first");
      assertThat(get(origin + "/2.3.0/events/?video_url=https://video.example/1").at("/count").asInt()).isEqualTo(1);
      assertThat(get(origin + "/2.3.0/events/2/").at("/info_urls").findValuesAsText("url"))
          .containsExactly("https://c.example");

      // New rows take ids after the moved ones (the identity kept counting), in upstream order.
      new Importer(database).importStream("test", new ByteArrayInputStream("""
          {"id": 3, "name": "Three", "slug": "three", "type": {"id": 1, "name": "Docking"}, "webcast_live": false,
           "info_urls": [{"priority": 0, "url": "https://d.example", "type": null, "language": null},
                         {"priority": 0, "url": "https://e.example", "type": null, "language": null}],
           "vid_urls": [], "updates": []}
          """.getBytes(StandardCharsets.UTF_8)));
      assertThat(get(origin + "/2.3.0/events/3/").at("/info_urls").findValuesAsText("url"))
          .containsExactly("https://d.example", "https://e.example");
      assertThat(get(origin + "/2.3.0/events/1/")).isEqualTo(one);
    }
  }

  /** The schema as it was before V8, with rows in the events' own child tables. */
  private void migrateTo6AndFillTheEventTables(DatabaseConfig config) throws Exception {
    String[] locations = database() == TestDatabase.POSTGRES
        ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
        : new String[] {"classpath:db/migration"};
    Flyway.configure().dataSource(config.jdbcUrl(), config.user(), config.password()).locations(locations)
        .target("6").load().migrate();
    try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
        Statement s = c.createStatement()) {
      s.execute("insert into event_type (id, name) values (1, 'Docking')");
      s.execute("insert into info_url_type (id, name) values (1, 'Official')");
      s.execute("insert into vid_url_type (id, name) values (1, 'Webcast')");
      s.execute("insert into language (id, name, code) values (1, 'English', 'en')");
      s.execute("insert into event (id, name, slug, type_id) values (1, 'One', 'one', 1), (2, 'Two', 'two', 1)");
      s.execute("insert into event_info_url (event_id, priority, url, type_id, language_id) values"
          + " (1, 5, 'https://b.example', null, null), (2, 0, 'https://c.example', null, null),"
          + " (1, 1, 'https://a.example', 1, 1)");
      s.execute("insert into event_vid_url (event_id, priority, url, type_id, language_id, start_time, live) values"
          + " (1, 0, 'https://video.example/1', 1, 1, timestamp with time zone '2025-12-08 21:00:00+00', true)");
      s.execute("insert into event_update (id, event_id, comment, created_on) values"
          + " (10, 1, 'first', timestamp with time zone '2025-12-01 10:00:00+00'),"
          + " (11, 1, 'second', timestamp with time zone '2025-12-02 10:00:00+00')");
    }
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return Json.MAPPER.readTree(response.body());
  }
}
