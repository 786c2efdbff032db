package dev.tminus.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Mode;
import dev.tminus.api.filter.Filter;
import dev.tminus.api.filter.Filter.ParamType;
import java.util.List;

/**
 * Query and path parameters as drf-spectacular describes them: django-filter filters by their
 * {@link ParamType}, DRF's pagination, search and ordering parameters, plus LL2's {@code mode} and
 * DRF's {@code format}.
 */
final class Parameters {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Parameters() {}

  static ObjectNode filter(Filter filter) {
    ObjectNode p = query(filter.param(), filter.help());
    ParamType type = filter.type();
    p.set("schema", switch (type) {
      case INTEGER -> schema("integer");
      // the chosen model's IntegerField bounds, which drf-spectacular copies into a ModelChoiceFilter
      case INTEGER_CHOICE -> schema("integer").put("maximum", Integer.MAX_VALUE).put("minimum", Integer.MIN_VALUE);
      case INTEGER_LIST, INTEGER_REPEATED -> array("integer");
      case NUMBER -> schema("number").put("format", "float");
      case NUMBER_LIST -> array("number");
      case STRING -> schema("string");
      case STRING_LIST -> array("string");
      case UUID_LIST -> {
        ObjectNode uuids = array("string");
        ((ObjectNode) uuids.get("items")).put("format", "uuid");
        yield uuids;
      }
      case DATE -> schema("string").put("format", "date");
      case DATE_TIME -> schema("string").put("format", "date-time");
      case BOOLEAN -> schema("boolean");
    });
    if (p.get("schema").has("items")) {
      // Comma-separated lists are form style without explode; ModelMultipleChoiceFilter repeats the parameter.
      p.put("explode", type == ParamType.INTEGER_REPEATED).put("style", "form");
    }
    return p;
  }

  static ObjectNode limit() {
    return query("limit", "Number of results to return per page.").put("required", false)
        .set("schema", schema("integer"));
  }

  static ObjectNode offset() {
    return query("offset", "The initial index from which to return the results.").put("required", false)
        .set("schema", schema("integer"));
  }

  // DRF's OrderingFilter.ordering_description and SearchFilter.search_description, as upstream shows them.
  static ObjectNode ordering() {
    return query("ordering", "Which field to use when ordering the results.").put("required", false)
        .set("schema", schema("string"));
  }

  static ObjectNode search() {
    return query("search", "A search term.").put("required", false).set("schema", schema("string"));
  }

  /** LL2's {@code mode}: the modes the resource offers, e.g. {@code normal} and {@code detailed} for locations. */
  static ObjectNode mode(List<Mode> offered, Mode fallback) {
    ObjectNode schema = schema("string");
    offered.stream().map(Mode::wire).forEach(schema.putArray("enum")::add);
    return query("mode", "Specifies the level of detail of the response: "
        + String.join(", ", offered.stream().map(Mode::wire).toList()) + " (default " + fallback.wire() + ").")
        .put("required", false).set("schema", schema);
  }

  static ObjectNode format() {
    ObjectNode schema = schema("string");
    schema.putArray("enum").add("json").add("api");
    return query("format", "The renderer: json, or api for the browsable HTML page. Links in the response "
        + "repeat it.").put("required", false).set("schema", schema);
  }

  static ObjectNode id(String modelName, ObjectNode schema) {
    String kind = schema.path("format").asText().equals("uuid") ? "UUID string" : "integer value";
    ObjectNode p = NODES.objectNode().put("in", "path").put("name", "id");
    p.set("schema", schema);
    return p.put("description", "A unique " + kind + " identifying this " + modelName + ".").put("required", true);
  }

  private static ObjectNode query(String name, String description) {
    ObjectNode p = NODES.objectNode().put("in", "query").put("name", name);
    if (description != null && !description.isEmpty()) p.put("description", description);
    return p;
  }

  private static ObjectNode schema(String type) {
    return NODES.objectNode().put("type", type);
  }

  private static ObjectNode array(String itemType) {
    ObjectNode array = schema("array");
    array.set("items", schema(itemType));
    return array;
  }
}
