package dev.tminus.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What two OpenAPI documents are compared on: the parts of parameters and schemas a client reads. */
final class DocumentShapes {
  private DocumentShapes() {}

  static void compare(List<String> problems, String what, Object mine, Object theirs) {
    if (!String.valueOf(mine).equals(String.valueOf(theirs))) {
      problems.add(what + ": ours " + mine + ", upstream " + theirs);
    }
  }

  /** What a property schema says about values: type, format, nullable, $ref (through allOf), items. */
  static Map<String, Object> shape(JsonNode s) {
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
  static Map<String, Object> paramShape(JsonNode p) {
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

  static JsonNode op(JsonNode doc, String path) {
    return doc.get("paths").get(path).get("get");
  }

  static Map<String, JsonNode> params(JsonNode op) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    op.path("parameters").forEach(p -> byName.put(p.get("name").asText(), p));
    return byName;
  }

  static JsonNode schema(JsonNode doc, String name) {
    JsonNode s = doc.at("/components/schemas/" + name);
    assertThat(s.isMissingNode()).as("schema " + name + " is missing").isFalse();
    return s;
  }

  /** Names of the schemas the operations of {@code paths} reach, through $refs. */
  static Set<String> reachable(JsonNode doc, List<String> paths) {
    Set<String> seen = new TreeSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    paths.forEach(p -> todo.add(op(doc, p).get("responses")));
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.has("$ref")) {
        String name = UpstreamDocument.name(node.get("$ref").asText());
        if (seen.add(name)) todo.add(schema(doc, name));
      }
      node.forEach(todo::add);
    }
    return seen;
  }

  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static Set<String> sorted(JsonNode array) {
    Set<String> values = new TreeSet<>();
    if (array != null) array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
