package dev.tminus.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Links;
import dev.tminus.api.Resource;
import dev.tminus.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.0 description of the API, served at {@code GET /2.3.0/schema/}, generated from the
 * resource declarations and their wire records, so that it cannot drift from what is served.
 *
 * <p>It follows drf-spectacular's output for LL2 (the upstream document): the same paths, operation
 * ids, parameter names and styles, and the same schema names, property order, types, formats,
 * {@code nullable} flags and {@code required} lists. It adds what tminus accepts beyond upstream
 * ({@code mode}, {@code format}, the filters LL2 2.4 added) and leaves out upstream's validation
 * details for writes ({@code maxLength}, {@code pattern}, {@code readOnly}), and authentication.
 */
public final class OpenApi {
  public static final String TITLE = "tminus \u2014 Launch Library 2 compatible API";
  public static final String VERSION = "2.3.0";
  /** drf-spectacular's media type for the JSON rendering of a schema. */
  public static final String MEDIA_TYPE = "application/vnd.oai.openapi+json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * An endpoint that is not a resource, answering one object of {@code response}, e.g.
   * {@code /2.3.0/api-throttle/} ({@code api_throttle_list}, tag {@code api-throttle}).
   */
  public record Endpoint(String path, String operationId, String tag, String description,
      Class<? extends Record> response) {}

  private OpenApi() {}

  /** The document for {@code resources} and {@code endpoints}; fails, naming the record at fault, when one cannot be described. */
  public static ObjectNode document(List<Resource<?>> resources, List<Endpoint> endpoints) {
    ObjectNode doc = NODES.objectNode().put("openapi", "3.0.3");
    doc.putObject("info").put("title", TITLE).put("version", VERSION)
        .put("description", "A self-hostable server that speaks The Space Devs' Launch Library 2 (LL2) API "
            + VERSION + ". Responses have the shapes of LL2's own OpenAPI document; see the compatibility "
            + "notes of the README for where this description differs.");
    doc.putArray("servers").addObject().put("url", "/");
    Map<String, ObjectNode> found = new HashMap<>();
    Schemas schemas = new Schemas(found);
    // Paths in the order of their names, as upstream lists them: api-throttle, celestial_bodies, config/…
    Map<String, ObjectNode> groups = new TreeMap<>();
    for (Resource<?> resource : resources) {
      Operations operations = new Operations(resource, schemas);
      String items = operations.itemsSchema(found);
      String page = "Paginated" + items + "List";
      found.put(page, page(items));
      ObjectNode group = NODES.objectNode();
      operations.addTo(group, page);
      groups.put(resource.collection() + "/", group);
    }
    for (Endpoint e : endpoints) {
      ObjectNode op = NODES.objectNode().put("operationId", e.operationId()).put("description", e.description());
      op.putArray("tags").add(e.tag());
      ObjectNode ok = op.putObject("responses").putObject("200");
      ok.putObject("content").putObject("application/json").set("schema", schemas.ref(e.response()));
      ok.put("description", "");
      ObjectNode group = NODES.objectNode();
      group.putObject(e.path()).set("get", op);
      groups.put(e.path().substring(Links.API_PREFIX.length() + 1), group);
    }
    ObjectNode paths = doc.putObject("paths");
    groups.values().forEach(paths::setAll);
    // drf-spectacular sorts component schemas by name.
    doc.putObject("components").putObject("schemas").setAll(new TreeMap<>(found));
    return doc;
  }

  /** The document as JSON bytes, for serving. */
  public static byte[] json(List<Resource<?>> resources, List<Endpoint> endpoints) {
    return Json.bytes(document(resources, endpoints));
  }

  /** DRF's LimitOffsetPagination envelope around {@code items} (its get_paginated_response_schema). */
  private static ObjectNode page(String items) {
    ObjectNode schema = NODES.objectNode().put("type", "object");
    schema.putArray("required").add("count").add("results");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("count").put("type", "integer").put("example", 123);
    properties.putObject("next").put("type", "string").put("nullable", true).put("format", "uri")
        .put("example", "http://api.example.org/accounts/?offset=400&limit=100");
    properties.putObject("previous").put("type", "string").put("nullable", true).put("format", "uri")
        .put("example", "http://api.example.org/accounts/?offset=200&limit=100");
    properties.putObject("results").put("type", "array").set("items", Schemas.ref(items));
    return schema;
  }
}
