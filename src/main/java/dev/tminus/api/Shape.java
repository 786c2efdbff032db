package dev.tminus.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;

/**
 * How one upstream schema — a Java record named as upstream names it, e.g. {@code AgencyMini} — is
 * read from its table and written back to it. One declaration serves reading ({@link ShapeLoader}:
 * a page of any depth with one batched statement per nested shape and per list), writing
 * ({@link ShapeWriter}: exactly the columns this shape carries, so a small shape never erases what a
 * larger one stored) and the API description.
 *
 * <p>A record component maps by convention: a scalar {@code founding_year} to the column of the same
 * name. Everything else is declared, in any order:
 *
 * <pre>{@code
 * Shape.of(AgencyMini.class, AGENCY, AGENCY.ID)
 *     .mode("list")                              // response_mode
 *     .url("agencies")                           // url: /2.3.0/agencies/{id}/
 *     .one("type", AGENCY.TYPE_ID, AGENCY_TYPE_SHAPE)
 * }</pre>
 *
 * A component that maps to nothing fails {@link #validate()} with a message that says what to declare.
 */
public final class Shape<R extends java.lang.Record> {
  final Class<R> type;
  final Table<?> table;
  final Field<?> key;
  private final Map<String, Part> declared = new LinkedHashMap<>();
  // Read on every record built, by any thread: written once, last, by resolve().
  private volatile List<Part> parts;
  private Constructor<R> constructor;
  private Class<?>[] types;
  private int keyIndex = -1;

  private Shape(Class<R> type, Table<?> table, Field<?> key) {
    this.type = type;
    this.table = table;
    this.key = key;
  }

  /** The shape of {@code type}, read from {@code table} whose primary key is {@code key}. */
  public static <R extends java.lang.Record> Shape<R> of(Class<R> type, Table<?> table, Field<?> key) {
    if (!type.isRecord()) throw new IllegalArgumentException(type.getName() + " is not a record");
    return new Shape<>(type, table, key);
  }

  /** {@code response_mode}: always {@code mode} ("list", "normal", "detailed"), whatever the request asked. */
  public Shape<R> mode(String mode) {
    return constant("response_mode", mode);
  }

  /** A component that is always {@code value}; not stored. */
  public Shape<R> constant(String component, Object value) {
    return declare(new Part.Constant(component, value));
  }

  /** {@code url}: the object's own address, {@code <api root>/<collection>/<id>/}, echoing {@code ?format=}. */
  public Shape<R> url(String collection) {
    return declare(new Part.Url("url", collection));
  }

  /** A component stored in a column whose name differs from the component's. */
  public Shape<R> column(String component, Field<?> column) {
    return declare(new Part.Column(component, column));
  }

  /** A read-only component computed from the row, e.g. a count; {@code expression} gets the (aliased) table. */
  public Shape<R> computed(String component, Function<Table<?>, Field<?>> expression) {
    return declare(new Part.Computed(component, expression));
  }

  /** A nested object the row points to with {@code foreignKey}; null when the key is null. */
  public Shape<R> one(String component, Field<?> foreignKey, Shape<?> nested) {
    return declare(new Part.One(component, foreignKey, nested, null));
  }

  /**
   * A nested object that shares a value with the row rather than being pointed to: the object whose
   * column {@code theirs} equals the row's column {@code ours} (a flight's launch is the launch of
   * the flight's rocket), the first by key if several do; null when none does. Writing the row
   * writes the object and stores in {@code ours} the object's {@code theirs}.
   */
  public Shape<R> oneSharing(String component, Field<?> ours, Field<?> theirs, Shape<?> nested) {
    return declare(new Part.One(component, ours, nested, theirs));
  }

  /**
   * A list of objects related through a join table ({@code owner} → this row's key, {@code target}
   * → the nested object's key), ordered by the nested object's key as upstream lists them.
   */
  public Shape<R> many(String component, Table<?> join, Field<?> owner, Field<?> target, Shape<?> nested) {
    return declare(new Part.Many(component, join, owner, target, nested));
  }

  /**
   * A list of rows that belong to this one ({@code owner} is their column holding this row's key), in
   * {@code order}: writing the list replaces the owner's rows (an image's variants).
   */
  public Shape<R> children(String component, Field<?> owner, Shape<?> child, SortField<?>... order) {
    return declare(new Part.Children(component, owner, child, List.of(order), true));
  }

  /**
   * A list of objects of their own that point to this row with {@code foreignKey} (a celestial body's
   * locations, a location's pads), in {@code order}: writing the list upserts them pointing here and
   * deletes none.
   */
  public Shape<R> referencedBy(String component, Field<?> foreignKey, Shape<?> nested, SortField<?>... order) {
    return declare(new Part.Children(component, foreignKey, nested, List.of(order), false));
  }

  private Shape<R> declare(Part part) {
    if (declared.put(part.name(), part) != null) {
      throw new IllegalStateException(type.getSimpleName() + ": component '" + part.name() + "' is declared twice");
    }
    parts = null;
    return this;
  }

  /**
   * Resolves every component, in record order: declared parts, then columns of the same name. Fails
   * with a message naming the component and what to declare for it.
   */
  public Shape<R> validate() {
    if (parts == null) resolve();
    return this;
  }

  private synchronized void resolve() {
    if (parts != null) return;
    List<Part> resolved = new ArrayList<>();
    RecordComponent[] components = type.getRecordComponents();
    Map<String, Part> unused = new LinkedHashMap<>(declared);
    for (RecordComponent c : components) {
      String name = dev.tminus.json.Json.wireName(c);
      Part part = unused.remove(name);
      if (part == null) {
        Field<?> column = table.field(name);
        if (column == null) {
          throw new IllegalStateException(type.getSimpleName() + ": component '" + name + "' has no column '" + name
              + "' in table " + table.getName() + "; declare it with .column, .one, .many, .children, .computed or .constant");
        }
        part = new Part.Column(name, column);
      }
      part.check(type, c);
      resolved.add(part);
    }
    if (!unused.isEmpty()) {
      throw new IllegalStateException(type.getSimpleName() + ": declared " + unused.keySet()
          + " but the record has no such component");
    }
    try {
      Class<?>[] componentTypes = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) componentTypes[i] = components[i].getType();
      constructor = type.getDeclaredConstructor(componentTypes);
      types = componentTypes;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
    }
    for (int i = 0; i < resolved.size(); i++) {
      if (resolved.get(i) instanceof Part.Column c && c.column().equals(key)) keyIndex = i;
    }
    if (keyIndex < 0 && resolved.stream().anyMatch(p -> p instanceof Part.Url)) {
      throw new IllegalStateException(type.getSimpleName() + ": a url is built from the key, which the record lacks");
    }
    parts = List.copyOf(resolved);
    for (Part p : parts) {
      for (Shape<?> nested : p.nested()) nested.validate();
    }
  }


  public Class<R> type() {
    return type;
  }

  public Table<?> table() {
    return table;
  }

  public Field<?> key() {
    return key;
  }

  List<Part> parts() {
    return validate().parts;
  }

  /** The table's columns that this shape reads as plain values, e.g. for DRF's default ordering fields. */
  public List<String> scalarColumns() {
    List<String> out = new ArrayList<>();
    for (Part p : parts()) {
      if (p instanceof Part.Column c) out.add(c.name());
    }
    return out;
  }

  /**
   * The record whose parts' values, by part index, are {@code values} (nested objects and lists
   * already built; whatever a url or a constant holds is ignored): constants and the url are filled
   * in here, the url from the key the row carries.
   */
  R build(Object[] values, Links links) {
    List<Part> ps = parts();
    for (int i = 0; i < values.length; i++) {
      Part p = ps.get(i);
      if (p instanceof Part.Url) values[i] = p.value(values[keyIndex], links);
      else if (p instanceof Part.Constant) values[i] = p.value(null, links);
      if (values[i] == null && types[i].isPrimitive()) values[i] = zero(types[i]);
    }
    try {
      return constructor.newInstance(values);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName() + " from " + java.util.Arrays.toString(values), e);
    }
  }

  // An absent counter or flag reads as upstream's default: 0 or false.
  private static Object zero(Class<?> primitive) {
    if (primitive == boolean.class) return false;
    if (primitive == int.class) return 0;
    if (primitive == long.class) return 0L;
    if (primitive == double.class) return 0.0;
    throw new IllegalStateException("unsupported primitive " + primitive);
  }
}
