package dev.tminus.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Links;
import dev.tminus.generate.Generator;
import dev.tminus.json.Json;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every events endpoint in every mode, over generated events, validated against the upstream
 * OpenAPI schemas (not ours): lists against {@code PaginatedPolymorphicEventsEndpointList}, details
 * against the schema of the mode asked for. See {@link UpstreamSchemas} for how OpenAPI 3.0 is read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConformanceContract {
  private static final int GENERATED = 150;
  private static final List<String> LISTS =
      List.of("/2.3.0/events/", "/2.3.0/events/upcoming/", "/2.3.0/events/previous/");
  /** null: the endpoint's default mode. */
  private static final List<String> MODES = java.util.Arrays.asList(null, "list", "normal", "detailed");

  private TestServer server;
  private UpstreamSchemas upstream;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    upstream = UpstreamSchemas.load();
    server = TestServer.start(database());
    List<EventEndpointDetailed> events = new ArrayList<>();
    Generator.events(GENERATED, 2303, Links.of(server.origin(), null)).forEachRemaining(event -> {
      // What goes in must be valid upstream for what comes out to be judged; the generator keeps to it.
      assertThat(upstream.violations("EventEndpointDetailed", Json.MAPPER.valueToTree(event)))
          .as("generated event " + event.id() + " is valid upstream").isEmpty();
      events.add(event);
    });
    server.importEvents(events);
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  Stream<Arguments> listsAndModes() {
    return LISTS.stream().flatMap(path -> MODES.stream().map(mode -> Arguments.of(path, mode)));
  }

  @ParameterizedTest(name = "{0} mode={1}")
  @MethodSource("listsAndModes")
  void listPagesConformInEveryMode(String path, String mode) {
    JsonNode page = get(path + "?limit=100" + (mode == null ? "" : "&mode=" + mode));

    assertThat(page.get("results")).as("the generated data should populate " + path).isNotEmpty();
    assertThat(upstream.violations("PaginatedPolymorphicEventsEndpointList", page)).as(path).isEmpty();
    String expected = mode == null ? "normal" : mode;
    page.get("results").forEach(e -> assertThat(e.get("response_mode").asText()).isEqualTo(expected));
  }

  @ParameterizedTest(name = "{0}'{id}'/ mode={1}")
  @MethodSource("listsAndModes")
  void detailsConformInEveryMode(String path, String mode) {
    List<String> problems = new ArrayList<>();
    // Every event of the list, or a sample of 15 for the subsets, which hold the same events.
    int sample = path.equals(LISTS.get(0)) ? 100 : 15;
    for (JsonNode listed : get(path + "?mode=list&limit=" + sample).get("results")) {
      JsonNode event = get(path + listed.get("id").asInt() + "/" + (mode == null ? "" : "?mode=" + mode));
      String expected = mode == null ? "detailed" : mode;
      upstream.violations("EventEndpoint" + capitalized(expected), event)
          .forEach(v -> problems.add(listed.get("id") + ": " + v));
      if (!event.path("response_mode").asText().equals(expected)) {
        problems.add(listed.get("id") + ": response_mode " + event.get("response_mode"));
      }
    }
    assertThat(problems).as(path + " in mode " + mode).isEmpty();
  }

  @Test
  void pagesWithNextAndPreviousLinksConform() {
    JsonNode page = get("/2.3.0/events/?limit=7&offset=14&format=json");
    assertThat(page.get("next").isNull()).isFalse();
    assertThat(page.get("previous").isNull()).isFalse();
    assertThat(upstream.violations("PaginatedPolymorphicEventsEndpointList", page)).isEmpty();
  }

  @Test
  void theValidatorRejectsWhatUpstreamForbids() {
    int id = get("/2.3.0/events/?limit=1").at("/results/0/id").asInt();
    ObjectNode event = (ObjectNode) get("/2.3.0/events/" + id + "/");
    assertThat(upstream.violations("EventEndpointDetailed", event)).isEmpty();

    assertThat(upstream.violations("EventEndpointDetailed", event.deepCopy().put("id", "1"))).isNotEmpty();
    assertThat(upstream.violations("EventEndpointDetailed", event.deepCopy().putNull("name"))).isNotEmpty();
    assertThat(upstream.violations("EventEndpointDetailed", event.deepCopy().put("url", "not a uri"))).isNotEmpty();
    assertThat(upstream.violations("EventEndpointDetailed", event.deepCopy().put("date", "yesterday"))).isNotEmpty();
    assertThat(upstream.violations("EventEndpointDetailed", event.deepCopy().put("extra", 1))).isNotEmpty();
    assertThat(upstream.violations("EventEndpointDetailed", event.deepCopy().without("slug"))).isNotEmpty();
    // image is nullable upstream, so null is fine
    assertThat(upstream.violations("EventEndpointDetailed", event.deepCopy().putNull("image"))).isEmpty();
    // a detailed event that says it is "list" is checked as a list event, which has no "agencies"
    ObjectNode page = (ObjectNode) get("/2.3.0/events/?limit=1&mode=detailed");
    ((ObjectNode) page.get("results").get(0)).put("response_mode", "list");
    assertThat(upstream.violations("PaginatedPolymorphicEventsEndpointList", page)).isNotEmpty();
  }

  private JsonNode get(String pathAndQuery) {
    TestServer.Response response = server.get(pathAndQuery);
    assertThat(response.status()).as(pathAndQuery + " → " + response.body()).isEqualTo(200);
    return response.json();
  }

  private static String capitalized(String mode) {
    return Character.toUpperCase(mode.charAt(0)) + mode.substring(1);
  }
}
