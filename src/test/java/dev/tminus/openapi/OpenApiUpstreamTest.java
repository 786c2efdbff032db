package dev.tminus.openapi;

import dev.tminus.resource.Resources;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import dev.tminus.support.Shared;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Our generated OpenAPI document against the upstream one ({@code ../shared/reference/ll2/…}), for
 * the events paths and every schema their responses reach. Compared: paths, operation ids,
 * parameter names, {@code in}, schema types and formats, styles, explode and required flags;
 * response schema names; schema property names in order, types, formats, {@code $ref}s,
 * {@code nullable} flags, {@code required} lists, and the polymorphic {@code oneOf}/discriminator.
 * Not compared (left out of ours on purpose, write-side validation of DRF): {@code readOnly},
 * {@code maxLength}, {@code pattern}, {@code default}, {@code minimum}/{@code maximum} of
 * properties, {@code example}, descriptions, security.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiUpstreamTest {
  private static final String PREFIX = "/2.3.0/events";

  /** Parameters we accept and document beyond upstream's list operations, with why. */
  private static final Map<String, String> EXTRA_LIST_PARAMS = Map.of(
      "date__lt", "the correct name of upstream's misspelt date__gt__lt (which we also keep)",
      "launch__ids", "relation filter of LL2 2.4",
      "program__ids", "relation filter of LL2 2.4",
      "spacestation__ids", "relation filter of LL2 2.4",
      "expedition__ids", "relation filter of LL2 2.4",
      "mode", "documented upstream from 2.3.1 on; 2.3.0 accepts it undocumented",
      "format", "DRF's renderer switch (json | api), undocumented upstream");

  /** Parameters we document beyond upstream's retrieve operations, with why. */
  private static final Map<String, String> EXTRA_DETAIL_PARAMS = Map.of(
      "mode", "detail views take the mode too",
      "format", "DRF's renderer switch (json | api)");

  /** Upstream irregularities we deliberately do not reproduce: "Schema.property" → reason. None so far. */
  private static final Map<String, String> DELIBERATE_SCHEMA_DIFFERENCES = Map.of();

  private JsonNode upstream;
  private JsonNode ours;

  @BeforeAll
  void load() throws IOException {
    upstream = Json.MAPPER.readTree(Shared.require("reference/ll2/ll2-2.3.0-openapi.json").toFile());
    ours = Json.MAPPER.valueToTree(OpenApi.document(Resources.ALL));
  }

  @Test
  void describesTheSameEventsPathsWithTheSameOperationIds() {
    assertThat(eventsPaths(ours)).containsExactlyInAnyOrderElementsOf(eventsPaths(upstream));
    for (String path : eventsPaths(upstream)) {
      assertThat(op(ours, path).path("operationId").asText()).as(path)
          .isEqualTo(op(upstream, path).path("operationId").asText());
    }
  }

  @Test
  void parametersHaveUpstreamNamesTypesAndStylesPlusListedExtras() {
    for (String path : eventsPaths(upstream)) {
      Map<String, JsonNode> theirs = params(op(upstream, path));
      Map<String, JsonNode> mine = params(op(ours, path));
      for (Map.Entry<String, JsonNode> e : theirs.entrySet()) {
        assertThat(mine).as(path + " lacks parameter " + e.getKey()).containsKey(e.getKey());
        assertThat(paramShape(mine.get(e.getKey()))).as(path + " " + e.getKey())
            .isEqualTo(paramShape(e.getValue()));
      }
      Set<String> extras = new TreeSet<>(mine.keySet());
      extras.removeAll(theirs.keySet());
      Set<String> allowed = (path.endsWith("{id}/") ? EXTRA_DETAIL_PARAMS : EXTRA_LIST_PARAMS).keySet();
      assertThat(allowed).as(path + ": undeclared extra parameters").containsAll(extras);
    }
  }

  @Test
  void extraParametersAreTypedLikeTheirUpstreamSiblings() {
    Map<String, JsonNode> list = params(op(ours, PREFIX + "/"));
    assertThat(paramShape(list.get("date__lt"))).isEqualTo(paramShape(list.get("date__gt__lt")));
    assertThat(paramShape(list.get("program__ids"))).isEqualTo(paramShape(list.get("agency__ids")));
    assertThat(list.get("mode").at("/schema/enum").toString()).isEqualTo("[\"list\",\"normal\",\"detailed\"]");
    assertThat(params(op(ours, PREFIX + "/previous/"))).doesNotContainKey("hide_recent_previous");
  }

  @Test
  void responsesReferenceTheUpstreamSchemas() {
    for (String path : eventsPaths(upstream)) {
      String schema = "/responses/200/content/application~1json/schema/$ref";
      assertThat(op(ours, path).at(schema).asText()).as(path).isEqualTo(op(upstream, path).at(schema).asText());
    }
  }

  @Test
  void everyReachableSchemaHasUpstreamPropertiesInOrderWithTypesNullabilityAndRequired() {
    Set<String> reachable = reachable(upstream);
    assertThat(reachable).contains("EventEndpointDetailed", "PolymorphicEventsEndpoint", "AgencyMini", "Language");
    assertThat(reachable(ours)).containsExactlyInAnyOrderElementsOf(reachable);
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
      theirs.get("properties").fields().forEachRemaining(p -> {
        String key = name + "." + p.getKey();
        if (DELIBERATE_SCHEMA_DIFFERENCES.containsKey(key)) return;
        compare(problems, key, shape(mine.path("properties").path(p.getKey())), shape(p.getValue()));
      });
    }
    assertThat(problems).as("differences from upstream").isEmpty();
  }

  private static void compare(List<String> problems, String what, Object mine, Object theirs) {
    if (!String.valueOf(mine).equals(String.valueOf(theirs))) {
      problems.add(what + ": ours " + mine + ", upstream " + theirs);
    }
  }

  /** What a property schema says about values: type, format, nullable, $ref (through allOf), items. */
  private static Map<String, Object> shape(JsonNode s) {
    Map<String, Object> shape = new LinkedHashMap<>();
    JsonNode ref = s.has("allOf") ? s.get("allOf").get(0).get("$ref") : s.get("$ref");
    shape.put("$ref", ref == null ? null : ref.asText());
    shape.put("type", s.path("type").asText(null));
    shape.put("format", s.path("format").asText(null));
    shape.put("nullable", s.path("nullable").asBoolean(false));
    if (s.has("items")) shape.put("items", shape(s.get("items")));
    return shape;
  }

  /** What a parameter says to a client: where it goes, its type, and how lists are written. */
  private static Map<String, Object> paramShape(JsonNode p) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("in", p.path("in").asText());
    shape.put("required", p.path("required").asBoolean(false));
    shape.put("schema", shape(p.get("schema")));
    shape.put("minimum", p.at("/schema/minimum").asText(null));
    shape.put("maximum", p.at("/schema/maximum").asText(null));
    shape.put("style", p.path("style").asText(null));
    shape.put("explode", p.has("explode") ? p.get("explode").asBoolean() : null);
    return shape;
  }

  private static Set<String> eventsPaths(JsonNode doc) {
    Set<String> paths = new TreeSet<>();
    doc.get("paths").fieldNames().forEachRemaining(p -> {
      if (p.startsWith(PREFIX + "/")) paths.add(p);
    });
    return paths;
  }

  private static JsonNode op(JsonNode doc, String path) {
    return doc.get("paths").get(path).get("get");
  }

  private static Map<String, JsonNode> params(JsonNode op) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    op.path("parameters").forEach(p -> byName.put(p.get("name").asText(), p));
    return byName;
  }

  private static JsonNode schema(JsonNode doc, String name) {
    JsonNode s = doc.at("/components/schemas/" + name);
    assertThat(s.isMissingNode()).as("schema " + name + " is missing").isFalse();
    return s;
  }

  /** Names of the schemas the events operations reach, through $refs. */
  private static Set<String> reachable(JsonNode doc) {
    Set<String> seen = new TreeSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    eventsPaths(doc).forEach(p -> todo.add(op(doc, p).get("responses")));
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.has("$ref")) {
        String name = node.get("$ref").asText().replace("#/components/schemas/", "");
        if (seen.add(name)) todo.add(schema(doc, name));
      }
      node.forEach(todo::add);
    }
    return seen;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> sorted(JsonNode array) {
    Set<String> values = new TreeSet<>();
    if (array != null) array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
