package dev.tminus.api;

import dev.tminus.api.Mode;
import dev.tminus.api.ResourceWriter;
import dev.tminus.api.Shape;
import dev.tminus.api.ShapeWriter;
import dev.tminus.api.filter.Filter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * An LL2 resource declared as data, like a DRF viewset: its table and id, its modes (one shape per
 * upstream schema), filters, search fields, ordering fields and subsets. {@link ResourcePipeline}
 * runs every resource the same way; {@link dev.tminus.resource.Resources#ALL} lists them.
 *
 * <pre>{@code
 * Resource.<Integer>named("celestial_bodies", "CelestialBody")
 *     .table(CELESTIAL_BODY, CELESTIAL_BODY.ID, Resource::integerId)
 *     .polymorphic("CelestialBodyEndpoint")
 *     .mode(Mode.LIST, CelestialBodyShapes.MINI).mode(Mode.NORMAL, CelestialBodyShapes.NORMAL)
 *     .mode(Mode.DETAILED, CelestialBodies.ENDPOINT_DETAILED)
 *     .search(CELESTIAL_BODY.NAME)
 *     .ordering("id", CELESTIAL_BODY.ID).ordering("name", CELESTIAL_BODY.NAME)
 *     .defaultOrdering(CELESTIAL_BODY.ID.asc())
 *     .validate()
 * }</pre>
 *
 * A resource of one shape ({@link #single}) ignores {@code mode}, as upstream does. Lists default
 * to {@code normal} where the resource has it; a detail answers its richest mode.
 */
public final class Resource<K> {
  final String collection;
  final String modelName;
  Table<?> table;
  Field<K> id;
  Function<String, K> idParser;
  String schemaName;
  final Map<Mode, Class<? extends Record>> modeRecords = new EnumMap<>(Mode.class);
  private final Map<Mode, Shape<?>> shapes = new EnumMap<>(Mode.class);
  private boolean single;
  final List<Filter> filters = new ArrayList<>();
  final List<Search.Field> searchFields = new ArrayList<>();
  final Map<String, Field<?>> orderingFields = new LinkedHashMap<>();
  final List<Subset> subsets = new ArrayList<>();
  private Representation<K> representation;
  private Function<DSLContext, ResourceWriter> writer;
  private Class<?> importType;
  private boolean importByMode;
  private final Set<String> hiddenFromHelp = new HashSet<>();
  String filterExample = "";
  String searchExample = "";
  String orderingExample = "";

  private Resource(String collection, String modelName) {
    this.collection = collection;
    this.modelName = modelName;
  }

  /** A resource served under {@code /2.3.0/<collection>/}, whose objects are called {@code modelName} in messages. */
  public static <K> Resource<K> named(String collection, String modelName) {
    return new Resource<>(collection, modelName);
  }

  /** The table and its id; {@code idParser} turns a path segment into an id, or null when it cannot be one. */
  public Resource<K> table(Table<?> table, Field<K> id, Function<String, K> idParser) {
    this.table = table;
    this.id = id;
    this.idParser = idParser;
    return this;
  }

  // Django's URL pattern for an integer pk is digits only; anything else is a 404.
  public static Integer integerId(String raw) {
    if (raw == null || !raw.matches("\\d{1,10}")) return null;
    long id = Long.parseLong(raw);
    return id > Integer.MAX_VALUE ? null : (int) id;
  }

  /** A UUID path segment such as {@code e3df2ecd-c239-472f-95e4-2b89b4f75800}; anything else is a 404. */
  public static UUID uuidId(String raw) {
    if (raw == null || !raw.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      return null;
    }
    return UUID.fromString(raw);
  }

  public Resource<K> filters(List<Filter> filters) {
    this.filters.addAll(filters);
    return this;
  }

  public Resource<K> filters(Filter... filters) {
    return filters(List.of(filters));
  }

  /** Searched columns, each named as its column is, e.g. {@code name}. */
  @SafeVarargs
  public final Resource<K> search(org.jooq.Field<String>... fields) {
    for (org.jooq.Field<String> f : fields) searchFields.add(Search.column(f.getName(), f));
    return this;
  }

  /** A searched value under the name upstream gives it, e.g. {@code ("type__name", typeNameOfTheRow)}. */
  public Resource<K> search(String name, org.jooq.Field<?> value) {
    searchFields.add(Search.column(name, value));
    return this;
  }

  /** A searched field built by {@link Search}, e.g. {@code Search.related("manufacturer__name", …)}. */
  public Resource<K> search(Search.Field field) {
    searchFields.add(field);
    return this;
  }

  /** A declared ordering field, shown in the help text, e.g. {@code ordering("-total_launch_count")}. */
  public Resource<K> ordering(String name, Field<?> field) {
    orderingFields.put(name, field);
    return this;
  }

  /** The name upstream gives the union of the modes, e.g. {@code "CelestialBodyEndpoint"}. */
  public Resource<K> polymorphic(String schemaName) {
    this.schemaName = schemaName;
    return this;
  }

  /** The shape of one mode; a resource offers the modes it declares. */
  public Resource<K> mode(Mode mode, Shape<?> shape) {
    shapes.put(mode, shape);
    modeRecords.put(mode, shape.type());
    return this;
  }

  /** The one shape of a resource without modes: {@code mode} is ignored, as upstream does. */
  public Resource<K> single(Shape<?> shape) {
    single = true;
    return mode(Mode.NORMAL, shape);
  }

  /** The unnamed subset: every object, sorted by {@code defaultOrdering} unless {@code ordering} says otherwise. */
  public Resource<K> defaultOrdering(SortField<?>... defaultOrdering) {
    subsets.add(0, new Subset("", (query, now) -> DSL.noCondition(), List.of(defaultOrdering), List.of()));
    return this;
  }

  public Resource<K> subset(Subset subset) {
    subsets.add(subset);
    return this;
  }

  /** The example queries of the endpoint's help text, e.g. {@code "type__ids=2,8"}, {@code "Flyby"}, {@code "-last_updated"}. */
  public Resource<K> examples(String filter, String search, String ordering) {
    this.filterExample = filter;
    this.searchExample = search;
    this.orderingExample = ordering;
    return this;
  }

  /** Filters that work but are left out of the help text, such as an alias kept for generated clients. */
  public Resource<K> hideFromHelp(String... params) {
    hiddenFromHelp.addAll(List.of(params));
    return this;
  }

  /** A writer of imported objects other than the shapes' own, e.g. the events' bulk writer. */
  public Resource<K> writer(Function<DSLContext, ResourceWriter> writer) {
    this.writer = writer;
    return this;
  }

  /** Checks the declaration at start-up, with a message that says how to fix it. */
  public Resource<K> validate() {
    String where = "resource '" + collection + "': ";
    Objects.requireNonNull(table, where + "declare its table with .table(TABLE, ID, parser)");
    if (shapes.isEmpty()) {
      throw new IllegalStateException(where + "declare its shapes with .mode(Mode, Shape) or .single(Shape)");
    }
    shapes.values().forEach(Shape::validate);
    representation = new ShapeLoader<>(shapes);
    if (writer == null) writer = dsl -> new ShapesWriter(dsl, shapes);
    importType = shapes.get(detailMode()).type();
    if (!single && shapes.size() > 1 && schemaName == null) {
      throw new IllegalStateException(where + "name the union of its modes with .polymorphic(\"…Endpoint\")");
    }
    if (subsets.stream().noneMatch(Subset::isRoot)) {
      throw new IllegalStateException(where + "declare .defaultOrdering(…) for its own list");
    }
    List<String> names = new ArrayList<>();
    for (Filter f : filters) {
      if (names.contains(f.param())) throw new IllegalStateException(where + "filter '" + f.param() + "' is declared twice");
      names.add(f.param());
    }
    return this;
  }

  public String collection() {
    return collection;
  }

  public String modelName() {
    return modelName;
  }

  /** The table of the resource's objects, e.g. for {@code mirror --full} to delete what the upstream no longer has. */
  public Table<?> table() {
    return table;
  }

  /** The column of the objects' upstream ids. */
  public Field<K> idField() {
    return id;
  }

  public List<Filter> filters() {
    return List.copyOf(filters);
  }

  /** False for a filter kept out of the help text (and the browsable form), such as an alias. */
  public boolean shownInHelp(String param) {
    return !hiddenFromHelp.contains(param);
  }

  public List<String> searchFieldNames() {
    return searchFields.stream().map(Search.Field::name).toList();
  }

  /** The ordering fields the help text names; empty when the resource declares none. */
  public List<String> orderingNames() {
    return List.copyOf(orderingFields.keySet());
  }

  /**
   * What {@code ordering=} accepts: the declared fields, or — as DRF's OrderingFilter does when a
   * view declares none — every plain field of the list's shape.
   */
  Map<String, Field<?>> orderable() {
    if (!orderingFields.isEmpty() || shapes.isEmpty()) return orderingFields;
    Map<String, Field<?>> out = new LinkedHashMap<>();
    for (String column : shapes.get(listMode()).scalarColumns()) out.put(column, table.field(column));
    return out;
  }

  public List<Subset> subsets() {
    return List.copyOf(subsets);
  }

  /** The name of the union of the mode records in the API description, e.g. {@code EventsEndpoint}; null for one shape. */
  public String schemaName() {
    return schemaName;
  }

  /** The record each mode is written as, e.g. {@code DETAILED → EventEndpointDetailed}, in mode order. */
  public Map<Mode, Class<? extends Record>> modeRecords() {
    return Collections.unmodifiableMap(modeRecords);
  }

  /** The shape of each mode. */
  Map<Mode, Shape<?>> shapes() {
    return Collections.unmodifiableMap(shapes);
  }

  /** True when the resource has one shape and ignores {@code mode}. */
  public boolean single() {
    return single;
  }

  /** The modes the resource offers, in order. */
  public List<Mode> modes() {
    return List.copyOf(modeRecords.keySet());
  }

  /** A list's mode when the request names none (or one the resource does not offer): normal where offered. */
  public Mode listMode() {
    return modeRecords.containsKey(Mode.NORMAL) ? Mode.NORMAL : modes().get(0);
  }

  /** A detail's mode when the request names none: the richest the resource offers. */
  public Mode detailMode() {
    List<Mode> modes = modes();
    return modes.get(modes.size() - 1);
  }

  /** The mode a request's {@code mode} value selects, or {@code fallback}. */
  public Mode mode(String value, Mode fallback) {
    if (single) return fallback;
    Mode asked = Mode.parse(value, fallback);
    return modeRecords.containsKey(asked) ? asked : fallback;
  }

  /** The objects of {@code ids} in {@code mode}, in that order, as the resource's representation reads them. */
  public List<Object> represent(DSLContext db, List<K> ids, Mode mode, dev.tminus.api.Links links) {
    return representation.represent(db, ids, mode, links);
  }

  /**
   * Imports each object as the record of the mode it says it is in ({@code response_mode}), for a
   * resource whose modes nest different records (a launch's provider is an AgencyMini in normal
   * mode and an AgencyDetailed in detailed mode), rather than all as the richest mode's.
   */
  public Resource<K> importByMode() {
    this.importByMode = true;
    return this;
  }

  /** True when {@link #importByMode()} was declared. */
  public boolean importsByMode() {
    return importByMode;
  }

  /** The record an imported object in {@code mode} ({@code response_mode}; null when absent) is read as. */
  public Class<?> importType(String mode) {
    if (mode == null || single) return importType;
    for (Map.Entry<Mode, Class<? extends Record>> e : modeRecords.entrySet()) {
      if (e.getKey().wire().equals(mode)) return e.getValue();
    }
    return importType;
  }

  /** The record an imported object of this resource is read as: its richest mode's. */
  public Class<?> importType() {
    return importType;
  }

  /** A writer of this resource's imported objects, for one transaction. */
  public ResourceWriter writer(DSLContext tx) {
    return writer.apply(tx);
  }

  /**
   * Writes each imported object with the shape of the mode it says it is in ({@code response_mode}),
   * or the richest shape when it says none: a list-mode object then writes list-mode columns only.
   */
  private static final class ShapesWriter implements ResourceWriter {
    private final ShapeWriter writer;
    private final Map<Mode, Shape<?>> shapes;
    private final Shape<?> richest;

    ShapesWriter(DSLContext dsl, Map<Mode, Shape<?>> shapes) {
      this.writer = new ShapeWriter(dsl);
      this.shapes = shapes;
      Shape<?> last = null;
      for (Shape<?> s : shapes.values()) last = s;
      this.richest = last;
    }

    @Override
    public void add(Object object) {
      Shape<?> shape = richest;
      if (shapes.size() > 1 && object instanceof Record r) {
        Object mode = ShapeWriter.responseMode(r);
        if (mode instanceof String m) shape = shapes.getOrDefault(Mode.parse(m, null), richest);
      }
      writer.add(shape, object);
    }

    @Override
    public void flush() {
      writer.flush();
    }

    @Override
    public int created() {
      return writer.created();
    }

    @Override
    public int updated() {
      return writer.updated();
    }
  }
}
