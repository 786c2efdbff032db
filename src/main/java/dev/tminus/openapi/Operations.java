package dev.tminus.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Help;
import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.api.filter.Filter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The paths of one resource as drf-spectacular names them: {@code /2.3.0/events/} is
 * {@code events_list}, {@code /2.3.0/events/{id}/} is {@code events_retrieve}, and each subset adds
 * {@code events_upcoming_list} and {@code events_upcoming_retrieve}.
 */
final class Operations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Resource<?> resource;
  private final Schemas schemas;

  Operations(Resource<?> resource, Schemas schemas) {
    this.resource = resource;
    this.schemas = schemas;
  }

  /** Adds the resource's paths, root first, then each subset in declaration order. */
  void addTo(ObjectNode paths, String pageSchema) {
    for (Subset subset : resource.subsets()) {
      String path = Links.API_PREFIX + "/" + resource.collection() + "/" + (subset.isRoot() ? "" : subset.name() + "/");
      String id = (resource.collection() + (subset.isRoot() ? "" : "/" + subset.name())).replace('/', '_');
      // The endpoint's help text, as the browsable page and OPTIONS show it; a detail has its list's.
      String description = Help.markdown(resource, subset, Help.Docs.DOCUMENT);
      paths.putObject(path).set("get", list(id + "_list", subset, description, pageSchema));
      paths.putObject(path + "{id}/").set("get", retrieve(id + "_retrieve", description));
    }
  }

  private ObjectNode list(String operationId, Subset subset, String description, String pageSchema) {
    List<ObjectNode> parameters = new ArrayList<>();
    List<Filter> filters = new ArrayList<>(resource.filters());
    filters.addAll(subset.extraParams());
    filters.forEach(f -> parameters.add(Parameters.filter(f)));
    parameters.add(Parameters.limit());
    parameters.add(Parameters.offset());
    if (!resource.orderingNames().isEmpty()) parameters.add(Parameters.ordering(resource.orderingNames()));
    if (!resource.searchFieldNames().isEmpty()) parameters.add(Parameters.search(resource.searchFieldNames()));
    parameters.add(Parameters.mode(resource.listMode()));
    parameters.add(Parameters.format());
    return operation(operationId, description, parameters, pageSchema);
  }

  private ObjectNode retrieve(String operationId, String description) {
    Class<? extends Record> detailed = resource.modeRecords().get(resource.detailMode());
    List<ObjectNode> parameters = new ArrayList<>();
    parameters.add(Parameters.id(resource.modelName(), idSchema(detailed)));
    parameters.add(Parameters.mode(resource.detailMode()));
    parameters.add(Parameters.format());
    schemas.ref(detailed);
    return operation(operationId, description, parameters, detailed.getSimpleName());
  }

  private ObjectNode operation(String operationId, String description, List<ObjectNode> parameters, String schema) {
    ObjectNode op = NODES.objectNode().put("operationId", operationId).put("description", description);
    ArrayNode params = op.putArray("parameters");
    // drf-spectacular sorts parameters by name, path parameters first.
    parameters.stream()
        .sorted(Comparator.comparing((ObjectNode p) -> !p.path("in").asText().equals("path"))
            .thenComparing(p -> p.path("name").asText()))
        .forEach(params::add);
    op.putArray("tags").add(resource.collection());
    ObjectNode ok = op.putObject("responses").putObject("200");
    ok.putObject("content").putObject("application/json").set("schema", Schemas.ref(schema));
    ok.put("description", "");
    return op;
  }

  /** The schema of the path's id: the type of the {@code id} component of the detail record. */
  private static ObjectNode idSchema(Class<? extends Record> record) {
    for (var c : record.getRecordComponents()) {
      if (c.getName().equals("id") && c.getType() == UUID.class) {
        return NODES.objectNode().put("type", "string").put("format", "uuid");
      }
    }
    return NODES.objectNode().put("type", "integer");
  }

  /** The name of the union of a resource's modes, e.g. {@code PolymorphicEventsEndpoint}. */
  static String polymorphic(Resource<?> resource) {
    return "Polymorphic" + resource.schemaName();
  }

  /** {@code oneOf} the mode records, told apart by {@code response_mode} as upstream does. */
  ObjectNode polymorphicSchema() {
    ObjectNode schema = NODES.objectNode();
    ArrayNode oneOf = schema.putArray("oneOf");
    ObjectNode discriminator = schema.putObject("discriminator").put("propertyName", "response_mode");
    ObjectNode mapping = discriminator.putObject("mapping");
    for (Map.Entry<Mode, Class<? extends Record>> e : resource.modeRecords().entrySet()) {
      ObjectNode ref = schemas.ref(e.getValue());
      oneOf.add(ref);
      mapping.put(e.getKey().wire(), ref.get("$ref").asText());
    }
    return schema;
  }
}
