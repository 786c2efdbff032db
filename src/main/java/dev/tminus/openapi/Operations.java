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
 * {@code events_list}, {@code /2.3.0/events/{id}/} is {@code events_retrieve}, each subset adds
 * {@code events_upcoming_list} and {@code events_upcoming_retrieve}, and
 * {@code /2.3.0/config/event_types/} is {@code config_event_types_list}, tagged {@code config}.
 * Each operation's description is the endpoint's help text ({@link Help#markdown}).
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
      String description = Help.markdown(resource, subset, Help.Docs.DOCUMENT);
      paths.putObject(path).set("get", list(id + "_list", subset, description, pageSchema));
      paths.putObject(path + "{id}/").set("get", retrieve(id + "_retrieve", description));
    }
  }

  /**
   * The schema of a list's items, added to {@code schemas} when new: the record of a resource of one
   * shape ({@code EventType}), or the union of the modes it offers, told apart by
   * {@code response_mode} ({@code PolymorphicLocationEndpoint}: normal and detailed).
   */
  String itemsSchema(Map<String, ObjectNode> found) {
    if (!polymorphic()) return recordName(schemas.ref(resource.modeRecords().get(resource.detailMode())));
    String name = "Polymorphic" + resource.schemaName();
    ObjectNode schema = NODES.objectNode();
    ArrayNode oneOf = schema.putArray("oneOf");
    ObjectNode mapping = schema.putObject("discriminator").put("propertyName", "response_mode").putObject("mapping");
    for (Map.Entry<Mode, Class<? extends Record>> e : resource.modeRecords().entrySet()) {
      ObjectNode ref = schemas.ref(e.getValue());
      oneOf.add(ref);
      mapping.put(e.getKey().wire(), ref.get("$ref").asText());
    }
    found.put(name, schema);
    return name;
  }

  private boolean polymorphic() {
    return !resource.single() && resource.schemaName() != null && resource.modes().size() > 1;
  }

  private ObjectNode list(String operationId, Subset subset, String description, String pageSchema) {
    List<ObjectNode> parameters = new ArrayList<>();
    List<Filter> filters = new ArrayList<>(resource.filters());
    filters.addAll(subset.extraParams());
    filters.forEach(f -> parameters.add(Parameters.filter(f)));
    parameters.add(Parameters.limit());
    parameters.add(Parameters.offset());
    // DRF's OrderingFilter and SearchFilter are every LL2 list's backends; drf-spectacular documents
    // both even where a view declares no fields (ordering then takes the serializer's fields).
    parameters.add(Parameters.ordering());
    parameters.add(Parameters.search());
    if (polymorphic()) parameters.add(Parameters.mode(resource.modes(), resource.listMode()));
    parameters.add(Parameters.format());
    return operation(operationId, description, parameters, pageSchema);
  }

  private ObjectNode retrieve(String operationId, String description) {
    Class<? extends Record> detailed = resource.modeRecords().get(resource.detailMode());
    List<ObjectNode> parameters = new ArrayList<>();
    parameters.add(Parameters.id(DrfNames.camelcaseToSpaces(resource.modelName()), idSchema(detailed)));
    if (polymorphic()) parameters.add(Parameters.mode(resource.modes(), resource.detailMode()));
    parameters.add(Parameters.format());
    String schema = recordName(schemas.ref(detailed));
    return operation(operationId, description, parameters, schema);
  }

  private ObjectNode operation(String operationId, String description, List<ObjectNode> parameters, String schema) {
    ObjectNode op = NODES.objectNode().put("operationId", operationId).put("description", description);
    ArrayNode params = op.putArray("parameters");
    // drf-spectacular sorts parameters by name, path parameters first.
    parameters.stream()
        .sorted(Comparator.comparing((ObjectNode p) -> !p.path("in").asText().equals("path"))
            .thenComparing(p -> p.path("name").asText()))
        .forEach(params::add);
    // drf-spectacular tags an operation with the first segment of its path after the version.
    op.putArray("tags").add(resource.collection().split("/")[0]);
    ObjectNode ok = op.putObject("responses").putObject("200");
    ok.putObject("content").putObject("application/json").set("schema", Schemas.ref(schema));
    ok.put("description", "");
    return op;
  }

  private static String recordName(ObjectNode ref) {
    String target = ref.get("$ref").asText();
    return target.substring(target.lastIndexOf('/') + 1);
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
}
