package dev.tminus.openapi;

import static dev.tminus.openapi.DocumentShapes.compare;
import static dev.tminus.openapi.DocumentShapes.names;
import static dev.tminus.openapi.DocumentShapes.op;
import static dev.tminus.openapi.DocumentShapes.paramShape;
import static dev.tminus.openapi.DocumentShapes.params;
import static dev.tminus.openapi.DocumentShapes.reachable;
import static dev.tminus.openapi.DocumentShapes.schema;
import static dev.tminus.openapi.DocumentShapes.shape;
import static dev.tminus.openapi.DocumentShapes.sorted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.resource.Resources;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The document we serve at {@code /2.3.0/schema/} against the upstream one
 * ({@code ../shared/reference/ll2/…}), for every path we serve and every schema we emit. Compared:
 * paths, operation ids, tags, descriptions, parameter names, {@code in}, schema types and formats,
 * bounds, styles, explode and required flags; response schema names; schema property names in
 * order, types, formats, {@code $ref}s, {@code nullable} flags, {@code required} lists, and the
 * polymorphic {@code oneOf}/discriminator. Not compared (left out of ours on purpose, write-side
 * validation of DRF): {@code readOnly}, {@code maxLength}, {@code pattern}, {@code default},
 * {@code minimum}/{@code maximum} of properties, {@code example}, parameter descriptions, security.
 * Every difference is either fixed or listed below with why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiUpstreamTest {
  private static final String API_THROTTLE = "/2.3.0/api-throttle/";

  /** Parameters the events lists accept and document beyond upstream's, with why. */
  private static final Map<String, String> EXTRA_EVENTS_PARAMS = Map.of(
      "date__lt", "the correct name of upstream's misspelt date__gt__lt (which we also keep)",
      "launch__ids", "relation filter of LL2 2.4",
      "program__ids", "relation filter of LL2 2.4",
      "spacestation__ids", "relation filter of LL2 2.4",
      "expedition__ids", "relation filter of LL2 2.4");

  /** Parameters every operation of a resource with several modes documents beyond upstream. */
  private static final String MODE = "mode"; // documented upstream from 2.3.1 on; 2.3.0 accepts it undocumented
  private static final String FORMAT = "format"; // DRF's renderer switch (json | api), undocumented upstream

  /**
   * Upstream bounds the path id of these config lists as a 32-bit integer (their Django models declare
   * the id as a plain IntegerField: ids given by hand); the others' AutoField ids have no bounds. Our
   * declarations do not say how upstream's model is keyed, and every id path accepts the same digits
   * (at most 2^31−1), so ours are all unbounded.
   */
  private static final Set<String> BOUNDED_ID_UPSTREAM = Set.of("agency_types", "celestial_body_types", "event_types",
      "first_stage_types", "launch_statuses", "mission_types", "net_precisions", "payload_types", "program_types")
      .stream().map(c -> "/2.3.0/config/" + c + "/{id}/").collect(java.util.stream.Collectors.toSet());

  /**
   * The Filters line of the events paths' descriptions is the seed's (LL2's own page shows
   * {@code date__lt}, not the document's misspelt {@code date__gt__lt}) plus the relation filters of
   * LL2 2.4 that work here; see the README.
   */
  private static final List<String> EVENTS_FILTERS_ADDED =
      List.of("date__lt", "expedition__ids", "launch__ids", "program__ids", "spacestation__ids");
  private static final List<String> EVENTS_FILTERS_LEFT_OUT = List.of("date__gt__lt");

  private JsonNode upstream;
  private JsonNode ours;
  private TestServer server;

  @BeforeAll
  void load() {
    upstream = UpstreamDocument.load().doc();
    server = TestServer.start(TestDatabase.H2);
    ours = server.get("/2.3.0/schema/").json();
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  /** Every path we serve: each resource's lists and details, root first, then each subset; and api-throttle. */
  private static List<String> servedPaths() {
    List<String> paths = new ArrayList<>();
    for (Resource<?> resource : Resources.ALL) {
      for (Subset subset : resource.subsets()) {
        String list = UpstreamDocument.listPath(resource, subset);
        paths.add(list);
        paths.add(list + "{id}/");
      }
    }
    paths.add(API_THROTTLE);
    return paths;
  }

  @Test
  void describesEveryServedPathWithUpstreamsOperationIdsAndTags() {
    assertThat(servedPaths()).hasSize(2 * (29 + 11) + 6 + 6 + 1); // events' and launches' subsets
    assertThat(names(ours.get("paths"))).containsExactlyInAnyOrderElementsOf(servedPaths());
    for (String path : servedPaths()) {
      assertThat(upstream.get("paths").has(path)).as(path + " is an upstream path").isTrue();
      assertThat(op(ours, path).path("operationId").asText()).as(path)
          .isEqualTo(op(upstream, path).path("operationId").asText());
      assertThat(op(ours, path).path("tags").toString()).as(path).isEqualTo(op(upstream, path).path("tags").toString());
    }
    assertThat(op(ours, "/2.3.0/config/event_types/").get("operationId").asText()).isEqualTo("config_event_types_list");
    assertThat(op(ours, "/2.3.0/pads/{id}/").get("operationId").asText()).isEqualTo("pads_retrieve");
  }

  @Test
  void parametersHaveUpstreamNamesTypesAndStylesPlusListedExtras() {
    List<String> problems = new ArrayList<>();
    for (String path : servedPaths()) {
      Map<String, JsonNode> theirs = params(op(upstream, path));
      Map<String, JsonNode> mine = params(op(ours, path));
      for (Map.Entry<String, JsonNode> e : theirs.entrySet()) {
        if (!mine.containsKey(e.getKey())) {
          problems.add(path + " lacks " + e.getKey());
          continue;
        }
        Map<String, Object> expected = paramShape(e.getValue());
        if (e.getKey().equals("id") && BOUNDED_ID_UPSTREAM.contains(path)) {
          expected.put("minimum", null);
          expected.put("maximum", null);
        }
        compare(problems, path + " " + e.getKey(), paramShape(mine.get(e.getKey())), expected);
      }
      Set<String> extras = new TreeSet<>(mine.keySet());
      extras.removeAll(theirs.keySet());
      Set<String> allowed = new TreeSet<>(Set.of(FORMAT));
      Resource<?> resource = resourceOf(path);
      if (resource != null && polymorphic(resource)) allowed.add(MODE);
      if (path.startsWith("/2.3.0/events/") && !path.endsWith("{id}/")) allowed.addAll(EXTRA_EVENTS_PARAMS.keySet());
      if (path.equals(API_THROTTLE)) allowed.clear();
      if (!allowed.containsAll(extras)) problems.add(path + ": undeclared extra parameters " + extras);
    }
    assertThat(problems).as("parameters unlike upstream's").isEmpty();
  }

  @Test
  void numberFiltersAreTypedByTheirColumnAndListsAreCommaSeparated() {
    Map<String, JsonNode> pads = params(op(ours, "/2.3.0/pads/"));
    assertThat(pads.get("latitude__gt").get("schema").toString()).isEqualTo("{\"type\":\"number\",\"format\":\"float\"}");
    assertThat(pads.get("total_launch_count__lte").get("schema").toString()).isEqualTo("{\"type\":\"integer\"}");
    assertThat(pads.get("agencies_ids").get("explode").asBoolean(true)).isFalse();
    assertThat(pads.get("agencies_ids").get("style").asText()).isEqualTo("form");
    Map<String, JsonNode> events = params(op(ours, "/2.3.0/events/"));
    assertThat(events.get("type").at("/schema/maximum").asLong()).isEqualTo(Integer.MAX_VALUE);
    assertThat(paramShape(events.get("date__lt"))).isEqualTo(paramShape(events.get("date__gt__lt")));
    assertThat(paramShape(events.get("program__ids"))).isEqualTo(paramShape(events.get("agency__ids")));
    assertThat(params(op(ours, "/2.3.0/events/previous/"))).doesNotContainKey("hide_recent_previous");
  }

  @Test
  void modeIsOfferedWhereTheResourceHasModesAndListsOnlyThose() {
    for (Resource<?> resource : Resources.ALL) {
      String list = "/2.3.0/" + resource.collection() + "/";
      for (String path : List.of(list, list + "{id}/")) {
        JsonNode mode = params(op(ours, path)).get(MODE);
        if (!polymorphic(resource)) {
          assertThat(mode).as(path + " has one shape and no mode").isNull();
          continue;
        }
        // the modes the upstream union of the list tells apart
        String union = UpstreamDocument.name(UpstreamDocument.load().schema(
            UpstreamDocument.load().responseSchema(list)).at("/properties/results/items/$ref").asText());
        List<String> offered = new ArrayList<>();
        mode.at("/schema/enum").forEach(m -> offered.add(m.asText()));
        assertThat(offered).as(path).isEqualTo(names(schema(upstream, union).at("/discriminator/mapping")));
      }
    }
    assertThat(params(op(ours, "/2.3.0/locations/")).get(MODE).at("/schema/enum").toString())
        .isEqualTo("[\"normal\",\"detailed\"]");
  }

  @Test
  void responsesReferenceTheUpstreamSchemas() {
    String schema = "/responses/200/content/application~1json/schema";
    for (String path : servedPaths()) {
      JsonNode theirs = op(upstream, path).at(schema);
      if (path.equals(API_THROTTLE)) {
        // Upstream declares an array (drf-spectacular's default for a list action); we serve, as LL2
        // does by its own client's reading, one object. See the README.
        assertThat(theirs.at("/type").asText()).isEqualTo("array");
        theirs = theirs.get("items");
      }
      assertThat(op(ours, path).at(schema + "/$ref").asText()).as(path).isEqualTo(theirs.at("/$ref").asText());
    }
    assertThat(op(ours, "/2.3.0/config/event_types/").at(schema + "/$ref").asText())
        .isEqualTo("#/components/schemas/PaginatedEventTypeList");
    assertThat(op(ours, "/2.3.0/config/event_types/{id}/").at(schema + "/$ref").asText())
        .isEqualTo("#/components/schemas/EventType");
  }

  @Test
  void descriptionsAreUpstreamsGeneratedFromTheHelpText() {
    List<String> problems = new ArrayList<>();
    for (String path : servedPaths()) {
      String theirs = op(upstream, path).path("description").asText();
      if (path.startsWith("/2.3.0/events/")) theirs = withOurFilters(theirs, EVENTS_FILTERS_LEFT_OUT, EVENTS_FILTERS_ADDED);
      compare(problems, path, op(ours, path).path("description").asText(), theirs);
    }
    assertThat(problems).as("descriptions unlike upstream's").isEmpty();
  }

  static String withOurFilters(String description, List<String> leftOut, List<String> added) {
    String prefix = "Parameters - ";
    StringBuilder out = new StringBuilder();
    for (String line : description.split("\n", -1)) {
      if (line.startsWith(prefix)) {
        Set<String> names = new TreeSet<>();
        for (String name : line.substring(prefix.length()).split(", ")) names.add(name.replace("`", ""));
        names.removeAll(leftOut);
        names.addAll(added);
        line = prefix + String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  @Test
  void everySchemaWeEmitHasUpstreamsPropertiesInOrderWithTypesNullabilityAndRequired() {
    Set<String> reachable = reachable(upstream, servedPaths());
    assertThat(reachable).contains("EventEndpointDetailed", "PolymorphicEventsEndpoint", "PaginatedPadList",
        "LocationSerializerWithPads", "APIThrottle", "EventType", "Orbit");
    assertThat(reachable(ours, servedPaths())).containsExactlyInAnyOrderElementsOf(reachable);
    assertThat(names(ours.at("/components/schemas"))).containsExactlyInAnyOrderElementsOf(reachable);
    List<String> problems = new ArrayList<>();
    for (String name : reachable) {
      JsonNode theirs = schema(upstream, name);
      JsonNode mine = schema(ours, name);
      if (theirs.has("oneOf")) {
        compare(problems, name + " oneOf", mine.get("oneOf"), theirs.get("oneOf"));
        compare(problems, name + " discriminator", mine.get("discriminator"), theirs.get("discriminator"));
        continue;
      }
      compare(problems, name + " property order", names(mine.get("properties")), names(theirs.get("properties")));
      compare(problems, name + " required", sorted(mine.get("required")), sorted(theirs.get("required")));
      theirs.get("properties").fields().forEachRemaining(p -> compare(problems, name + "." + p.getKey(),
          shape(mine.path("properties").path(p.getKey())), shape(p.getValue())));
    }
    assertThat(problems).as("differences from upstream").isEmpty();
  }

  private static boolean polymorphic(Resource<?> resource) {
    return !resource.single() && resource.modes().size() > 1;
  }

  private static Resource<?> resourceOf(String path) {
    String rest = path.substring("/2.3.0/".length()).replace("{id}/", "");
    rest = rest.substring(0, rest.length() - 1);
    Resource<?> resource = Resources.byCollection(rest);
    if (resource == null && rest.contains("/")) resource = Resources.byCollection(rest.substring(0, rest.lastIndexOf('/')));
    return resource;
  }
}
