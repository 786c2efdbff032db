package dev.tminus.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tminus.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The component schemas of the upstream OpenAPI document (read in place from shared/), as JSON
 * Schema draft 7 validators (components become {@code definitions}). OpenAPI 3.0 is not JSON Schema,
 * so each schema is converted first:
 * <ul>
 *   <li>{@code nullable: true} becomes {@code anyOf: [{type: null}, <the schema>]};
 *   <li>a {@code oneOf} with a {@code discriminator} becomes one {@code if/then} per mapping entry, so
 *       an object is checked against the schema its {@code response_mode} names (the mode schemas
 *       nest, so plain {@code oneOf} would match several);
 *   <li>object schemas get {@code additionalProperties: false}: a response must not carry a key
 *       upstream does not declare;
 *   <li>a {@code uri} also accepts {@code ""}: Django's blank URLField, which upstream serves;
 *   <li>the nested objects upstream serves as {@code null} when there is none, though its schema does
 *       not call them nullable ({@link #SERVED_NULL}), accept {@code null}.
 * </ul>
 * Formats ({@code uri}, {@code date-time}, {@code date}, {@code uuid}) are asserted.
 */
public final class UpstreamSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DOCUMENT = "reference/ll2/ll2-2.3.0-openapi.json";
  private static final String COMPONENTS = "#/components/schemas/";
  private static final String DEFINITIONS = "#/definitions/";

  /**
   * Properties upstream serves as {@code null} when there is nothing to point to, though its schema
   * does not say {@code nullable} (drf-spectacular marks only fields declared {@code allow_null}): a
   * payload flight's landing (upstream's Sputnik 1 sample; so in each of its shapes), a first stage's
   * landing, previous flight and turnaround (a first flight has neither), a spacecraft flight's
   * landing (in each of its shapes), a docking event's
   * targets and docking location (an event has one target of three), and a docking location's
   * station, spacecraft configuration and payload (a port has not all three). README, "Compatibility
   * with LL2".
   */
  static final Map<String, List<String>> SERVED_NULL = Map.of(
      "PayloadFlightSerializerNoLaunch", List.of("landing"),
      "PayloadFlightNormal", List.of("landing"),
      "FirstStageNormal", List.of("landing", "previous_flight", "turn_around_time"),
      "SpacecraftFlightDetailedSerializerNoLaunch", List.of("landing"),
      "SpacecraftFlightNormal", List.of("landing"),
      "DockingEventForChaserNormal", List.of("docking_location", "space_station_target", "flight_vehicle_target",
          "payload_flight_target"),
      "DockingLocation", List.of("spacestation", "spacecraft", "payload"));

  private final ObjectNode definitions;
  private final Map<String, JsonSchema> validators = new HashMap<>();
  private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
  private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
      .formatAssertionsEnabled(true).nullableKeywordEnabled(false).build();

  private UpstreamSchemas(ObjectNode definitions) {
    this.definitions = definitions;
  }

  /** The upstream schemas, or a skipped test when shared/ is absent. */
  public static UpstreamSchemas load() {
    try {
      JsonNode doc = Json.MAPPER.readTree(Shared.require(DOCUMENT).toFile());
      ObjectNode schemas = NODES.objectNode();
      doc.at("/components/schemas").fields().forEachRemaining(e -> schemas.set(e.getKey(), convert(e.getValue())));
      SERVED_NULL.forEach((schema, properties) -> {
        ObjectNode declared = (ObjectNode) schemas.at("/" + schema + "/properties");
        for (String property : properties) {
          if (!declared.has(property)) throw new IllegalStateException(schema + " has no property " + property);
          declared.set(property, orNull(declared.get(property)));
        }
      });
      return new UpstreamSchemas(schemas);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What is wrong with {@code instance} as an upstream {@code schemaName}; empty when it conforms. */
  public List<String> violations(String schemaName, JsonNode instance) {
    JsonSchema schema = validators.computeIfAbsent(schemaName, name -> {
      if (!definitions.has(name)) throw new IllegalArgumentException("no upstream schema " + name);
      ObjectNode root = NODES.objectNode().put("$schema", "http://json-schema.org/draft-07/schema#");
      root.putArray("allOf").addObject().put("$ref", DEFINITIONS + name);
      root.set("definitions", definitions);
      return factory.getSchema(root, config);
    });
    return schema.validate(instance).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  static JsonNode convert(JsonNode node) {
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(n -> out.add(convert(n)));
      return out;
    }
    if (!node.isObject()) return node;
    ObjectNode out = NODES.objectNode();
    for (var it = node.fields(); it.hasNext(); ) {
      Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "nullable", "discriminator", "example" -> { }
        case "$ref" -> out.put("$ref", e.getValue().asText().replace(COMPONENTS, DEFINITIONS));
        // property names are not schemas, but their values are
        case "properties" -> {
          ObjectNode props = out.putObject("properties");
          e.getValue().fields().forEachRemaining(p -> props.set(p.getKey(), convert(p.getValue())));
        }
        default -> out.set(e.getKey(), convert(e.getValue()));
      }
    }
    if (node.has("discriminator") && node.has("oneOf")) {
      out.remove("oneOf");
      String property = node.at("/discriminator/propertyName").asText();
      out.putArray("required").add(property);
      ArrayNode values = out.putObject("properties").putObject(property).putArray("enum");
      ArrayNode cases = out.putArray("allOf");
      node.at("/discriminator/mapping").fields().forEachRemaining(m -> {
        values.add(m.getKey());
        ObjectNode when = cases.addObject();
        ObjectNode condition = when.putObject("if");
        condition.putObject("properties").putObject(property).put("const", m.getKey());
        condition.putArray("required").add(property);
        when.putObject("then").put("$ref", m.getValue().asText().replace(COMPONENTS, DEFINITIONS));
      });
    }
    if ("object".equals(node.path("type").asText()) && node.has("properties") && !node.has("additionalProperties")) {
      out.put("additionalProperties", false);
    }
    if ("uri".equals(node.path("format").asText())) {
      // Django stores a blank URLField as "", which upstream serves (Sputnik 1's pad: "wiki_url": "").
      ObjectNode blankOrUri = NODES.objectNode();
      blankOrUri.putArray("anyOf").add(NODES.objectNode().put("const", "")).add(out);
      out = blankOrUri;
    }
    return node.path("nullable").asBoolean(false) ? orNull(out) : out;
  }

  /** {@code schema}, or {@code null}. */
  private static ObjectNode orNull(JsonNode schema) {
    ObjectNode either = NODES.objectNode();
    either.putArray("anyOf").add(NODES.objectNode().put("type", "null")).add(schema);
    return either;
  }
}
