package dev.tminus.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The key order of every object of a response against the upstream OpenAPI document (read in place
 * from shared/): each object's keys must be its schema's properties in the document's order, and a
 * {@code response_mode} must be the value the schema gives as its default ({@code "list"} for an
 * {@code AgencyMini}, …), recursively through nested objects and lists. References
 * ({@code $ref}, {@code allOf: [$ref]}) are followed; a polymorphic {@code oneOf} is resolved by its
 * discriminator.
 */
public final class UpstreamKeyOrder {
  private static final String COMPONENTS = "#/components/schemas/";
  private final JsonNode document;

  private UpstreamKeyOrder(JsonNode document) {
    this.document = document;
  }

  /** The upstream document, or a skipped test when shared/ is absent. */
  public static UpstreamKeyOrder load() {
    try {
      return new UpstreamKeyOrder(Json.MAPPER.readTree(Shared.require("reference/ll2/ll2-2.3.0-openapi.json").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name of the schema of an operation's 200 answer, e.g. {@code ("/2.3.0/pads/{id}/")} → {@code Pad}. */
  public String responseSchema(String path) {
    JsonNode schema = document.path("paths").path(path).path("get").path("responses").path("200").path("content")
        .path("application/json").path("schema");
    if (schema.isMissingNode()) throw new IllegalArgumentException("upstream documents no GET " + path);
    return schema.path("$ref").asText().substring(COMPONENTS.length());
  }

  /** The schema of the items of a paginated list's {@code results}, e.g. {@code PolymorphicLocationEndpoint}. */
  public String resultsSchema(String listPath) {
    JsonNode page = component(responseSchema(listPath));
    return page.path("properties").path("results").path("items").path("$ref").asText().substring(COMPONENTS.length());
  }

  /** What differs between {@code instance} and the upstream schema {@code schemaName}; empty when nothing does. */
  public List<String> mismatches(String schemaName, JsonNode instance) {
    List<String> out = new ArrayList<>();
    check(component(schemaName), instance, "$", out);
    return out;
  }

  private JsonNode component(String name) {
    JsonNode schema = document.path("components").path("schemas").path(name);
    if (schema.isMissingNode()) throw new IllegalArgumentException("no upstream schema " + name);
    return schema;
  }

  /** The schema itself, following references and single-element allOf wrappers. */
  private JsonNode resolve(JsonNode schema) {
    while (true) {
      if (schema.has("$ref")) {
        schema = component(schema.get("$ref").asText().substring(COMPONENTS.length()));
      } else if (schema.has("allOf") && schema.get("allOf").size() == 1) {
        schema = schema.get("allOf").get(0);
      } else {
        return schema;
      }
    }
  }

  private void check(JsonNode schema, JsonNode node, String path, List<String> out) {
    schema = resolve(schema);
    if (node == null || node.isNull()) return;
    if (schema.has("oneOf") && schema.has("discriminator")) {
      String property = schema.at("/discriminator/propertyName").asText();
      JsonNode ref = schema.at("/discriminator/mapping").path(node.path(property).asText());
      if (ref.isMissingNode()) {
        out.add(path + ": " + property + " " + node.path(property) + " is none of " + schema.at("/discriminator/mapping"));
        return;
      }
      check(component(ref.asText().substring(COMPONENTS.length())), node, path, out);
      return;
    }
    if (schema.has("properties") && node.isObject()) {
      List<String> expected = new ArrayList<>();
      schema.get("properties").fieldNames().forEachRemaining(expected::add);
      List<String> actual = new ArrayList<>();
      node.fieldNames().forEachRemaining(actual::add);
      if (!actual.equals(expected)) out.add(path + ": keys " + actual + ", upstream " + expected);
      JsonNode mode = schema.get("properties").path("response_mode").path("default");
      if (!mode.isMissingNode() && !mode.asText().equals(node.path("response_mode").asText())) {
        out.add(path + ".response_mode: " + node.path("response_mode") + ", upstream " + mode);
      }
      schema.get("properties").fields().forEachRemaining(p -> check(p.getValue(), node.get(p.getKey()), path + "." + p.getKey(), out));
      return;
    }
    if (schema.has("items") && node.isArray()) {
      for (int i = 0; i < node.size(); i++) check(schema.get("items"), node.get(i), path + "[" + i + "]", out);
    }
  }
}
