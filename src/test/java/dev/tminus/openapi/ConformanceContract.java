package dev.tminus.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamSchemas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every served list and detail path, in every mode its resource offers, over data in every resource
 * ({@link ConformanceData}), validated against the upstream OpenAPI schemas (not ours): a list
 * against the page schema upstream's document gives its path ({@code PaginatedPadList},
 * {@code PaginatedPolymorphicLocationEndpointList}), a detail against the schema of the mode asked
 * for. See {@link UpstreamSchemas} for how OpenAPI 3.0 is read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConformanceContract {
  private TestServer server;
  private UpstreamSchemas upstream;
  private UpstreamDocument document;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    upstream = UpstreamSchemas.load();
    document = UpstreamDocument.load();
    server = TestServer.start(database());
    ConformanceData.load(server, upstream);
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  /** Every list path with each mode to ask for: none (the default), then each the resource offers. */
  Stream<Arguments> listsAndModes() {
    List<Arguments> out = new ArrayList<>();
    for (Resource<?> resource : Resources.ALL) {
      for (Subset subset : resource.subsets()) {
        out.add(Arguments.of(UpstreamDocument.listPath(resource, subset), null));
        if (resource.single()) continue;
        for (Mode mode : resource.modes()) out.add(Arguments.of(UpstreamDocument.listPath(resource, subset), mode.wire()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} mode={1}")
  @MethodSource("listsAndModes")
  void listPagesConformInEveryMode(String path, String mode) {
    Resource<?> resource = resourceOf(path);
    JsonNode page = get(path + "?limit=100" + (mode == null ? "" : "&mode=" + mode));

    assertThat(page.get("results")).as("the test data should populate " + path).isNotEmpty();
    String schema = document.responseSchema(path);
    assertThat(upstream.violations(schema, page)).as(path + " as " + schema).isEmpty();
    if (!resource.single()) {
      String expected = mode == null ? resource.listMode().wire() : mode;
      page.get("results").forEach(o -> assertThat(o.get("response_mode").asText()).isEqualTo(expected));
    }
  }

  @ParameterizedTest(name = "{0}'{id}'/ mode={1}")
  @MethodSource("listsAndModes")
  void detailsConformInEveryMode(String path, String mode) {
    Resource<?> resource = resourceOf(path);
    String schema = document.detailSchema(resource, mode);
    List<String> problems = new ArrayList<>();
    // Every object of the list, or a sample of 15 for the subsets, which hold the same objects.
    int sample = path.equals("/2.3.0/" + resource.collection() + "/") ? 100 : 15;
    JsonNode listed = get(path + "?limit=" + sample).get("results");
    assertThat(listed).as("the test data should populate " + path).isNotEmpty();
    for (JsonNode item : listed) {
      String id = item.get("id").asText();
      JsonNode object = get(path + id + "/" + (mode == null ? "" : "?mode=" + mode));
      upstream.violations(schema, object).forEach(v -> problems.add(id + ": " + v));
      String expected = mode == null ? resource.detailMode().wire() : mode;
      if (!resource.single() && !object.path("response_mode").asText().equals(expected)) {
        problems.add(id + ": response_mode " + object.get("response_mode"));
      }
    }
    assertThat(problems).as(path + "{id}/ in mode " + mode + " as " + schema).isEmpty();
  }

  @Test
  void dockingEventsWithFlightTargetsConform() {
    JsonNode launch = get("/2.3.0/launches/" + dev.tminus.support.CrewFixture.uuid(1) + "/");
    assertThat(launch.at("/rocket/spacecraft_stage/0/docking_events/0/flight_vehicle_target/launch").isObject()).isTrue();
    assertThat(launch.at("/rocket/payloads/0/docking_events/0/payload_flight_target/launch").isObject()).isTrue();
    assertThat(upstream.violations("LaunchDetailed", launch)).isEmpty();
  }

  @Test
  void apiThrottleConformsToTheObjectUpstreamsArrayHolds() {
    JsonNode throttle = get("/2.3.0/api-throttle/");
    assertThat(throttle.isObject()).isTrue();
    assertThat(upstream.violations("APIThrottle", throttle)).isEmpty();
  }

  @Test
  void pagesWithNextAndPreviousLinksConform() {
    JsonNode page = get("/2.3.0/events/?limit=7&offset=14&format=json");
    assertThat(page.get("next").isNull()).isFalse();
    assertThat(page.get("previous").isNull()).isFalse();
    assertThat(upstream.violations("PaginatedPolymorphicEventsEndpointList", page)).isEmpty();
    JsonNode types = get("/2.3.0/config/event_types/?limit=5&offset=5");
    assertThat(types.get("previous").isNull()).isFalse();
    assertThat(upstream.violations("PaginatedEventTypeList", types)).isEmpty();
  }

  @Test
  void upstreamsEventTypesRoundTripKeyForKey() throws Exception {
    JsonNode sample = ConformanceData.read(ConformanceData.EVENT_TYPES_SAMPLE);
    // A database of its own: the generated events of the shared one bring event types too.
    try (TestServer fresh = TestServer.start(database())) {
      fresh.importJson("config/event_types", Json.MAPPER.writeValueAsString(sample));
      TestServer.Response response = fresh.get("/2.3.0/config/event_types/?limit=100");
      assertThat(response.status()).isEqualTo(200);
      JsonNode page = response.json();
      // Upstream's page lists them in its database's order; ours, without an ordering, by id.
      List<JsonNode> expected = StreamSupport.stream(sample.get("results").spliterator(), false)
          .sorted(Comparator.comparingInt(t -> t.get("id").asInt())).toList();
      assertThat(page.get("count").asInt()).isEqualTo(sample.get("count").asInt());
      assertThat(page.get("next").isNull()).isTrue();
      assertThat(Json.MAPPER.writeValueAsString(page.get("results"))).isEqualTo(Json.MAPPER.writeValueAsString(expected));
      assertThat(fresh.get("/2.3.0/config/event_types/10/").body()).isEqualTo("{\"id\":10,\"name\":\"Abort Test\"}");
    }
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
    // a location in normal mode has no pads
    ObjectNode location = (ObjectNode) get("/2.3.0/locations/15/");
    assertThat(upstream.violations("LocationSerializerWithPads", location)).isEmpty();
    assertThat(upstream.violations("Location", location)).isNotEmpty();
    ObjectNode orbit = (ObjectNode) get("/2.3.0/config/orbits/901/");
    assertThat(upstream.violations("Orbit", orbit.deepCopy().without("celestial_body"))).isNotEmpty();
  }

  private static Resource<?> resourceOf(String path) {
    String rest = path.substring("/2.3.0/".length(), path.length() - 1);
    Resource<?> resource = Resources.byCollection(rest);
    if (resource == null) resource = Resources.byCollection(rest.substring(0, rest.lastIndexOf('/')));
    return resource;
  }

  private JsonNode get(String pathAndQuery) {
    TestServer.Response response = server.get(pathAndQuery);
    assertThat(response.status()).as(pathAndQuery + " → " + response.body()).isEqualTo(200);
    return response.json();
  }
}
