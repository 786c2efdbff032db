package dev.tminus.resource.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.ingest.ImportException;
import dev.tminus.json.Json;
import dev.tminus.support.BrowsableText;
import dev.tminus.support.Shared;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The seed event through import and {@code GET /2.3.0/events/{id}/}, on each database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventDetailContract {
  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() {
    server = TestServer.start(database());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void seedEventRoundTripsKeyForKeyInOrder() throws Exception {
    String seed = Shared.seedEventJson();
    server.importJson(seed);

    TestServer.Response response = server.get("/2.3.0/events/1304/?format=api");

    assertThat(response.status()).isEqualTo(200);
    BrowsableText page = BrowsableText.of(response.body());
    // url fields are built from our request, so the seed's host becomes ours; all else must be identical.
    String expected = Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(
        seed.replace("https://lldev.thespacedevs.com/", server.origin() + "/")));
    String actual = Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(page.json()));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void theSeedEventTakesOneStatementPerTableRead() throws Exception {
    server.importJson(Shared.seedEventJson());
    AtomicInteger statements = new AtomicInteger();
    server.database.dsl().configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext ctx) {
        // The render cache's data version check is not the event's, and is made at most once a second.
        if (!ctx.sql().contains("data_version")) statements.incrementAndGet();
      }
    }));
    server.clearCache();

    assertThat(server.get("/2.3.0/events/1304/").status()).isEqualTo(200);

    // The existence check, then events, info urls, video urls, updates, the six relations, the
    // expedition's station, patches and spacewalks, the programs' agencies and patches, and once for
    // the event, whatever level points to them, the images (with their variants) and the agencies.
    assertThat(statements.get()).isEqualTo(19);
  }

  @Test
  void seedPageShowsTheSameViewNameHelpTextAndRequest() throws Exception {
    server.importJson(Shared.seedEventJson());
    List<String> seed = Shared.seedPageLines();
    BrowsableText page = BrowsableText.of(server.get("/2.3.0/events/1304/?format=api").body());

    assertThat(page.viewName()).isEqualTo(seed.get(0));
    assertThat(page.request()).isEqualTo(seed.get(seed.size() - 1));
    List<String> help = page.help().lines().toList();
    List<String> seedHelp = seed.subList(1, seed.size() - 1);
    assertThat(help).hasSameSizeAs(seedHelp);
    for (int i = 0; i < help.size(); i++) {
      if (seedHelp.get(i).startsWith("Parameters - ")) {
        // Ours lists every filter that works here: the seed's, plus LL2 2.4's relation filters.
        List<String> ours = List.of(help.get(i).substring("Parameters - ".length()).split(", "));
        assertThat(ours).isSorted().containsAll(List.of(seedHelp.get(i).substring("Parameters - ".length()).split(", ")));
      } else {
        assertThat(help.get(i)).isEqualTo(seedHelp.get(i));
      }
    }
    assertThat(page.meta()).isEqualTo("HTTP 200 OK\nAllow: GET, HEAD, OPTIONS\nContent-Type: application/json\nVary: Accept");
  }

  @Test
  void urlsEchoFormatJsonAndOmitItWithoutFormat() throws Exception {
    server.importJson(Shared.seedEventJson());

    JsonNode plain = server.get("/2.3.0/events/1304/").json();
    JsonNode json = server.get("/2.3.0/events/1304/?format=json").json();

    assertThat(plain.get("url").asText()).isEqualTo(server.origin() + "/2.3.0/events/1304/");
    assertThat(plain.at("/agencies/0/url").asText()).isEqualTo(server.origin() + "/2.3.0/agencies/44/");
    assertThat(json.get("url").asText()).isEqualTo(server.origin() + "/2.3.0/events/1304/?format=json");
    assertThat(json.at("/expeditions/0/spacestation/url").asText())
        .isEqualTo(server.origin() + "/2.3.0/space_stations/4/?format=json");
  }

  @Test
  void unknownIdIsNotFoundWithDjangoMessage() {
    TestServer.Response response = server.get("/2.3.0/events/999999/");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"detail\":\"No Event matches the given query.\"}");
  }

  @Test
  void nonIntegerIdIsNotFound() {
    assertThat(server.get("/2.3.0/events/abc/").status()).isEqualTo(404);
    assertThat(server.get("/2.3.0/events/-1/").status()).isEqualTo(404);
    assertThat(server.get("/2.3.0/events/99999999999999/").json().get("detail").asText())
        .isEqualTo("No Event matches the given query.");
  }

  @Test
  void unsupportedFormatIsNotFound() {
    TestServer.Response response = server.get("/2.3.0/events/?format=xml");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("detail").asText()).isEqualTo("Not found.");
  }

  @Test
  void healthAnswersWhileTheDatabaseDoes() {
    TestServer.Response response = server.get("/health");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("database").asText()).isEqualTo("up");
  }

  @Test
  void healthIsUnavailableWhenTheDatabaseDoesNotAnswer() {
    TestServer other = TestServer.start(database());
    try {
      other.database.close();
      TestServer.Response response = other.get("/health");
      assertThat(response.status()).isEqualTo(503);
      assertThat(response.json().get("database").asText()).isEqualTo("down");
      assertThat(other.get("/2.3.0/events/").status()).isEqualTo(503);
    } finally {
      other.close();
    }
  }

  @Test
  void timestampsHaveNoFractionsAndEndInZ() throws ImportException {
    server.importJson(Shared.seedEventJson());
    JsonNode e = server.get("/2.3.0/events/1304/").json();
    assertThat(e.get("date").asText()).isEqualTo("2025-12-08T21:45:00Z");
    assertThat(e.get("last_updated").asText()).isEqualTo("2025-12-04T17:06:15Z");
    assertThat(e.at("/expeditions/0/spacestation/founded").asText()).isEqualTo("1998-11-20");
  }

  @Test
  void importRejectsUnknownShapes() {
    assertThatThrownBy(() -> server.importJson("42")).isInstanceOf(ImportException.class)
        .hasMessageContaining("expected an event, an array of events or a page of events");
  }
}
