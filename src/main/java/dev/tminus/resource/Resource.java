package dev.tminus.resource;

import dev.tminus.api.Mode;
import dev.tminus.resource.filter.Filter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;

/**
 * An LL2 resource declared as data, like a DRF viewset: its table and id, its filters, search
 * fields, ordering fields, subsets and representation. {@link ResourcePipeline} runs every
 * resource the same way.
 *
 * <pre>{@code
 * Resource.named("events", "Event")
 *     .table(EVENT, EVENT.ID, Values::integerId)
 *     .filters(numberIn("id", EVENT.ID, "…"), …)
 *     .search(EVENT.NAME)
 *     .ordering("date", EVENT.DATE).ordering("last_updated", EVENT.LAST_UPDATED)
 *     .defaultOrdering(EVENT.DATE.asc())
 *     .represent(new EventRepresentation())
 * }</pre>
 */
public final class Resource<K> {
  final String collection;
  final String modelName;
  Table<?> table;
  Field<K> id;
  Function<String, K> idParser;
  String schemaName;
  final Map<Mode, Class<? extends Record>> modeRecords = new java.util.EnumMap<>(Mode.class);
  final List<Filter> filters = new ArrayList<>();
  final List<Field<String>> searchFields = new ArrayList<>();
  final Map<String, Field<?>> orderingFields = new LinkedHashMap<>();
  final List<Subset> subsets = new ArrayList<>();
  Representation<K> representation;
  final java.util.Set<String> hiddenFromHelp = new java.util.HashSet<>();
  String filterExample = "";
  String searchExample = "";
  String orderingExample = "";
  Mode listMode = Mode.NORMAL;
  Mode detailMode = Mode.DETAILED;

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

  public Resource<K> filters(List<Filter> filters) {
    this.filters.addAll(filters);
    return this;
  }

  @SafeVarargs
  public final Resource<K> search(Field<String>... fields) {
    this.searchFields.addAll(List.of(fields));
    return this;
  }

  public Resource<K> ordering(String name, Field<?> field) {
    orderingFields.put(name, field);
    return this;
  }

  /**
   * The record of each mode, as its upstream schema is named ({@code EventEndpointList}, …), and the
   * name upstream gives the union of them ({@code "EventsEndpoint"} → {@code PolymorphicEventsEndpoint}).
   */
  public Resource<K> modes(String schemaName, Class<? extends Record> list, Class<? extends Record> normal,
      Class<? extends Record> detailed) {
    this.schemaName = schemaName;
    modeRecords.put(Mode.LIST, list);
    modeRecords.put(Mode.NORMAL, normal);
    modeRecords.put(Mode.DETAILED, detailed);
    return this;
  }

  /** The unnamed subset: every object, sorted by {@code defaultOrdering} unless {@code ordering} says otherwise. */
  public Resource<K> defaultOrdering(SortField<?>... defaultOrdering) {
    subsets.add(0, new Subset("", (query, now) -> org.jooq.impl.DSL.noCondition(), List.of(defaultOrdering), List.of()));
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

  public Resource<K> represent(Representation<K> representation) {
    this.representation = representation;
    return this;
  }

  /** Checks the declaration at start-up, with a message that says how to fix it. */
  public Resource<K> validate() {
    String where = "resource '" + collection + "': ";
    Objects.requireNonNull(table, where + "declare its table with .table(TABLE, ID, parser)");
    Objects.requireNonNull(representation, where + "declare its records with .represent(…)");
    Objects.requireNonNull(schemaName,
        where + "declare the record of each mode with .modes(schemaName, List.class, Normal.class, Detailed.class)");
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

  public List<Filter> filters() {
    return List.copyOf(filters);
  }

  /** False for a filter kept out of the help text (and the browsable form), such as an alias. */
  public boolean shownInHelp(String param) {
    return !hiddenFromHelp.contains(param);
  }

  public List<String> searchFieldNames() {
    return searchFields.stream().map(Field::getName).toList();
  }

  public List<String> orderingNames() {
    return List.copyOf(orderingFields.keySet());
  }

  public List<Subset> subsets() {
    return List.copyOf(subsets);
  }

  /** The name of the union of the mode records in the API description, e.g. {@code EventsEndpoint}. */
  public String schemaName() {
    return schemaName;
  }

  /** The record each mode is written as, e.g. {@code DETAILED → EventEndpointDetailed}. */
  public Map<Mode, Class<? extends Record>> modeRecords() {
    return java.util.Collections.unmodifiableMap(modeRecords);
  }

  public Mode listMode() {
    return listMode;
  }

  public Mode detailMode() {
    return detailMode;
  }
}
