package dev.tminus.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.json.Format;
import dev.tminus.json.Json;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The component schemas of wire records, found by reflection: one schema per record, named by its
 * simple class name (which is the upstream schema's name), with its components as properties in
 * declaration order (which is the wire order) under the names {@link Json#MAPPER} writes.
 *
 * <p>What Java types cannot say comes from annotations on the components: {@link Nullable},
 * {@link Format} and {@link NotRequired}. A nullable nested object is written as
 * {@code {"allOf": [{"$ref": …}], "nullable": true}}, as drf-spectacular does.
 */
final class Schemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String REF_PREFIX = "#/components/schemas/";

  private final Map<String, ObjectNode> schemas;
  private final Map<String, Class<?>> owners = new HashMap<>();

  /** Adds schemas to {@code schemas}, a map from schema name to schema. */
  Schemas(Map<String, ObjectNode> schemas) {
    this.schemas = schemas;
  }

  static ObjectNode ref(String schemaName) {
    return NODES.objectNode().put("$ref", REF_PREFIX + schemaName);
  }

  /** A {@code $ref} to the schema of {@code record}, which is added (with all it reaches) when new. */
  ObjectNode ref(Class<?> record) {
    String name = record.getSimpleName();
    Class<?> owner = owners.putIfAbsent(name, record);
    if (owner == null) {
      schemas.put(name, NODES.objectNode()); // placeholder, so that cycles end
      schemas.put(name, schemaOf(record));
    } else if (owner != record) {
      throw new IllegalStateException("two wire records are named " + name + ": " + owner.getName() + " and "
          + record.getName() + "; schema names must be unique, rename one as its upstream schema is named");
    }
    return ref(name);
  }

  private ObjectNode schemaOf(Class<?> record) {
    ObjectNode schema = NODES.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    Set<String> required = new TreeSet<>(); // drf-spectacular lists them sorted
    for (RecordComponent c : record.getRecordComponents()) {
      String name = wireName(c);
      properties.set(name, property(c));
      if (!c.isAnnotationPresent(NotRequired.class)) required.add(name);
    }
    if (!required.isEmpty()) {
      ArrayNode list = schema.putArray("required");
      required.forEach(list::add);
    }
    return schema;
  }

  private String wireName(RecordComponent c) {
    return Json.wireName(c);
  }

  private ObjectNode property(RecordComponent c) {
    ObjectNode schema = typeOf(c.getGenericType(), c);
    Format format = c.getAnnotation(Format.class);
    if (format != null) {
      if (!"string".equals(schema.path("type").asText())) {
        throw new IllegalStateException(where(c) + ": @Format applies to strings only");
      }
      schema.put("format", format.value());
    }
    if (c.isAnnotationPresent(Nullable.class)) {
      if (schema.has("$ref")) {
        ObjectNode wrapped = NODES.objectNode();
        wrapped.putArray("allOf").add(schema);
        schema = wrapped;
      }
      schema.put("nullable", true);
    }
    return schema;
  }

  private ObjectNode typeOf(Type type, RecordComponent where) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      ObjectNode array = NODES.objectNode().put("type", "array");
      array.set("items", typeOf(p.getActualTypeArguments()[0], where));
      return array;
    }
    if (!(type instanceof Class<?> c)) throw new IllegalStateException(where(where) + ": unsupported type " + type);
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) return simple("integer");
    // Django's FloatField, as drf-spectacular types it.
    if (c == double.class || c == Double.class) return simple("number").put("format", "double");
    if (c == boolean.class || c == Boolean.class) return simple("boolean");
    if (c == String.class) return simple("string");
    if (c == Instant.class || c == OffsetDateTime.class) return simple("string").put("format", "date-time");
    if (c == LocalDate.class) return simple("string").put("format", "date");
    if (c == UUID.class) return simple("string").put("format", "uuid");
    if (c.isRecord()) return ref(c);
    throw new IllegalStateException(where(where) + ": no OpenAPI type for " + c.getName()
        + "; use a record, a List, a String, a number, a boolean, Instant, LocalDate or UUID");
  }

  private static ObjectNode simple(String type) {
    return NODES.objectNode().put("type", type);
  }

  private static String where(RecordComponent c) {
    return c.getDeclaringRecord().getSimpleName() + "." + c.getName();
  }
}
