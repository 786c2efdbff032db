package dev.tminus.api;

import dev.tminus.db.Bulk;
import dev.tminus.db.DataVersion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Writes objects of any {@link Shape} into the normalized tables, with everything nested in them:
 * each object is upserted by its key with exactly the columns its shape carries, so an agency seen
 * first in an event ({@code AgencyMini}) and later on its own page ({@code AgencyDetailed}) is one
 * row, filled in and never erased. A nested list that is absent ({@code null}) leaves what is
 * stored; a present one replaces it. {@code url} and {@code response_mode} are ours to build and
 * are not stored.
 *
 * <p>Objects are written {@value #BATCH} at a time, each table's rows of a batch with one
 * {@link Bulk} write, parents before children. One writer serves one transaction: it takes the
 * database's write turn ({@link DataVersion#bump}); within it a nested object is written the first
 * time it is met, and an object given to {@link #add} twice ends as its last copy. A copy of an
 * object nested in another one never overwrites the object itself, given to {@link #add} earlier
 * in the transaction with a shape that carries all of the copy's columns and lists: an agency's own
 * page is the truth about it, whatever an older copy embedded in one of its configurations says.
 * Call {@link #flush()} before the transaction commits.
 *
 * <p>Values are read from the given object by component name, so an object may be a richer record
 * than the shape's own (a detailed import record written with a normal-mode shape).
 */
public final class ShapeWriter {
  static final int BATCH = 2000;

  private final DSLContext dsl;
  private final Map<Shape<?>, Set<Object>> written = new HashMap<>();
  private final Map<Object, Step> steps = new LinkedHashMap<>();
  private final Map<Shape<?>, Set<Object>> rootsInBatch = new HashMap<>();
  private final Map<org.jooq.Table<?>, Map<Object, Shape<?>>> roots = new HashMap<>();
  private int pending;
  private int created;
  private int updated;

  public ShapeWriter(DSLContext dsl) {
    this.dsl = dsl;
    DataVersion.bump(dsl);
  }

  /** Queues {@code object} as an object of {@code shape}; it is written with its batch, or by {@link #flush()}. */
  public <R extends java.lang.Record> void add(Shape<R> shape, Object object) {
    plan(shape);
    Object key = keyOf(shape, object);
    if (key == null) throw new IllegalArgumentException(shape.type.getSimpleName() + " without a key");
    if (rootsInBatch.computeIfAbsent(shape, s -> new LinkedHashSet<>()).contains(key)
        || written(shape).contains(key) && inBatch(shape, key)) {
      flush();
    }
    rootsInBatch.computeIfAbsent(shape, s -> new LinkedHashSet<>()).add(key);
    roots.computeIfAbsent(shape.table, t -> new HashMap<>()).put(key, shape);
    written(shape).add(key);
    visit(shape, object, key);
    if (++pending >= BATCH) flush();
  }

  /** Writes what is queued. */
  public void flush() {
    if (pending == 0 && steps.values().stream().allMatch(Step::isEmpty)) return;
    for (var e : rootsInBatch.entrySet()) {
      Shape<?> shape = e.getKey();
      @SuppressWarnings({"unchecked", "rawtypes"})
      Field<Object> key = (Field) shape.key;
      int existing = e.getValue().isEmpty() ? 0
          : dsl.fetchCount(dsl.selectOne().from(shape.table).where(key.in(e.getValue())));
      created += e.getValue().size() - existing;
      updated += existing;
    }
    // Every object's row first, in nesting order (what a row points to before it); then the rows an
    // owner lists; then join rows, which point to both ends. Shapes share list steps (an agency's
    // countries are one step whatever shape lists them), so a join may belong to a shape planned later.
    for (Step step : steps.values()) if (step instanceof Upsert) step.write(dsl);
    for (Step step : steps.values()) if (step instanceof ChildRows) step.write(dsl);
    for (Step step : steps.values()) if (step instanceof Join) step.write(dsl);
    rootsInBatch.clear();
    pending = 0;
  }

  /** Objects given to {@link #add} that were new. */
  public int created() {
    return created;
  }

  /** Objects given to {@link #add} that replaced stored ones. */
  public int updated() {
    return updated;
  }

  private Set<Object> written(Shape<?> shape) {
    return written.computeIfAbsent(shape, s -> new HashSet<>());
  }

  private boolean inBatch(Shape<?> shape, Object key) {
    Step step = steps.get(shape);
    return step instanceof Upsert u && u.keys.contains(key);
  }

  // --- the plan: which steps, in which order (static, from the shapes) ---

  private void plan(Shape<?> shape) {
    if (steps.containsKey(shape)) return;
    for (Part p : shape.parts()) {
      if (p instanceof Part.One one) plan(one.shape());
    }
    steps.put(shape, new Upsert(shape));
    planLists(shape);
  }

  private void planLists(Shape<?> shape) {
    for (Part p : shape.parts()) {
      if (p instanceof Part.Many many) {
        plan(many.shape());
        steps.putIfAbsent(many, new Join(many));
      } else if (p instanceof Part.Children children) {
        for (Part cp : children.shape().parts()) {
          if (cp instanceof Part.One one) plan(one.shape());
        }
        steps.putIfAbsent(children, new ChildRows(children));
        planLists(children.shape());
      }
    }
  }

  // --- visiting objects: rows into the steps ---

  private Object visit(Shape<?> shape, Object object, Object key) {
    Upsert upsert = (Upsert) steps.get(shape);
    upsert.add(key, columnValues(shape, object));
    lists(shape, object, key);
    return key;
  }

  private Object nested(Shape<?> shape, Object object) {
    if (object == null) return null;
    Object key = keyOf(shape, object);
    if (key == null || !written(shape).add(key)) return key;
    Shape<?> root = roots.getOrDefault(shape.table, Map.of()).get(key);
    if (root != null && covers(root, shape)) return key;
    return visit(shape, object, key);
  }

  private static final Map<List<Shape<?>>, Boolean> COVERS = new ConcurrentHashMap<>();

  /** Whether {@code root} writes every column and every list that {@code copy} would. */
  private static boolean covers(Shape<?> root, Shape<?> copy) {
    return COVERS.computeIfAbsent(List.of(root, copy), pair -> {
      if (!columns(root, root.key).containsAll(columns(copy, copy.key))) return false;
      Set<String> rootLists = new HashSet<>();
      for (Part p : root.parts()) {
        if (p instanceof Part.Many || p instanceof Part.Children) rootLists.add(p.name());
      }
      for (Part p : copy.parts()) {
        if ((p instanceof Part.Many || p instanceof Part.Children) && !rootLists.contains(p.name())) return false;
      }
      return true;
    });
  }

  /** The values of the shape's own columns, in {@link Upsert#columns} order, nested objects written first. */
  private List<Object> columnValues(Shape<?> shape, Object object) {
    List<Object> values = new ArrayList<>();
    for (Part p : shape.parts()) {
      if (p instanceof Part.Column c) {
        if (!c.column().equals(shape.key)) values.add(stored(get(object, c.name())));
      } else if (p instanceof Part.One one && one.match() != null) {
        Object shared = get(object, one.name());
        nested(one.shape(), shared);
        values.add(shared == null ? null : columnValue(one.shape(), shared, one.match()));
      } else if (p instanceof Part.One one) {
        values.add(nested(one.shape(), get(object, one.name())));
      }
    }
    return values;
  }

  /** What {@code shape} writes in {@code column} for {@code object}: a value of its own or a nested object's key. */
  private static Object columnValue(Shape<?> shape, Object object, Field<?> column) {
    if (column.equals(shape.key)) return keyOf(shape, object);
    for (Part p : shape.parts()) {
      if (p instanceof Part.Column c && c.column().equals(column)) return stored(get(object, c.name()));
      if (p instanceof Part.One one && one.foreignKey().equals(column)) {
        Object nested = get(object, one.name());
        if (nested == null) return null;
        return one.match() == null ? keyOf(one.shape(), nested) : columnValue(one.shape(), nested, one.match());
      }
    }
    throw new IllegalStateException(shape.type.getSimpleName() + " writes no column " + column.getName());
  }

  private void lists(Shape<?> shape, Object object, Object key) {
    for (Part p : shape.parts()) {
      if (p instanceof Part.Many many) {
        List<?> items = (List<?>) get(object, many.name());
        if (items == null) continue;
        Set<Object> targets = new LinkedHashSet<>();
        for (Object item : items) targets.add(nested(many.shape(), item));
        targets.remove(null);
        ((Join) steps.get(many)).add(key, targets);
      } else if (p instanceof Part.Children children) {
        List<?> items = (List<?>) get(object, children.name());
        if (items == null) continue;
        ChildRows rows = (ChildRows) steps.get(children);
        rows.owner(key);
        Shape<?> child = children.shape();
        for (Object item : items) {
          Object childKey = keyOf(child, item);
          rows.add(key, childKey, columnValues(child, item));
          if (childKey != null) lists(child, item, childKey);
        }
      }
    }
  }

  private static Object keyOf(Shape<?> shape, Object object) {
    String name = keyComponent(shape);
    return name == null ? null : get(object, name);
  }

  private static final Map<Shape<?>, String> KEY_COMPONENTS = new ConcurrentHashMap<>();

  /** The component that holds the shape's key, e.g. {@code id}; null when the record has none. */
  static String keyComponent(Shape<?> shape) {
    return KEY_COMPONENTS.computeIfAbsent(shape, s -> {
      for (Part p : s.parts()) {
        if (p instanceof Part.Column c && c.column().equals(s.key)) return c.name();
      }
      return "";
    }).transform(n -> n.isEmpty() ? null : n);
  }

  // LL2 timestamps have whole seconds; keeping them so makes output identical to input.
  private static Object stored(Object value) {
    return value instanceof Instant t ? t.truncatedTo(ChronoUnit.SECONDS) : value;
  }

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  /** The {@code response_mode} an object says it is in, or null when its record has none. */
  public static Object responseMode(java.lang.Record object) {
    for (RecordComponent c : object.getClass().getRecordComponents()) {
      if (c.getName().equals("responseMode")) return get(object, "response_mode");
    }
    return null;
  }

  /** The value of the component whose wire name is {@code name}. */
  static Object get(Object object, String name) {
    Map<String, Method> accessors = ACCESSORS.computeIfAbsent(object.getClass(), type -> {
      Map<String, Method> out = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) out.put(dev.tminus.json.Json.wireName(c), c.getAccessor());
      return out;
    });
    Method accessor = accessors.get(name);
    if (accessor == null) {
      throw new IllegalArgumentException(object.getClass().getSimpleName() + " has no component '" + name + "'");
    }
    try {
      return accessor.invoke(object);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name + " of " + object.getClass().getSimpleName(), e);
    }
  }

  /** The columns a shape writes: its key, its own columns, and the foreign keys of its nested objects. */
  static List<Field<?>> columns(Shape<?> shape, Field<?> first) {
    List<Field<?>> columns = new ArrayList<>();
    if (first != null) columns.add(first);
    for (Part p : shape.parts()) {
      if (p instanceof Part.Column c && !c.column().equals(shape.key)) columns.add(c.column());
      else if (p instanceof Part.One one) columns.add(one.foreignKey());
    }
    return columns;
  }

  // --- steps ---

  private sealed interface Step {
    void write(DSLContext dsl);

    boolean isEmpty();
  }

  /** Upserts of one shape's rows. */
  private static final class Upsert implements Step {
    final Shape<?> shape;
    final List<Field<?>> columns;
    final Set<Object> keys = new HashSet<>();
    Bulk rows;

    Upsert(Shape<?> shape) {
      this.shape = shape;
      this.columns = columns(shape, shape.key);
      this.rows = Bulk.of(shape.table, columns.toArray(Field<?>[]::new));
    }

    void add(Object key, List<Object> values) {
      Object[] row = new Object[values.size() + 1];
      row[0] = key;
      for (int i = 0; i < values.size(); i++) row[i + 1] = values.get(i);
      rows.row(row);
      keys.add(key);
    }

    @Override
    public boolean isEmpty() {
      return rows.isEmpty();
    }

    @Override
    public void write(DSLContext dsl) {
      if (rows.isEmpty()) return;
      rows.upsert(dsl, shape.key);
      rows = Bulk.of(shape.table, columns.toArray(Field<?>[]::new));
      keys.clear();
    }
  }

  /** The join rows of owners whose list was given: their old rows are replaced. */
  private static final class Join implements Step {
    final Part.Many part;
    final Map<Object, Set<Object>> byOwner = new LinkedHashMap<>();

    Join(Part.Many part) {
      this.part = part;
    }

    void add(Object owner, Set<Object> targets) {
      byOwner.put(owner, targets);
    }

    @Override
    public boolean isEmpty() {
      return byOwner.isEmpty();
    }

    @Override
    public void write(DSLContext dsl) {
      if (byOwner.isEmpty()) return;
      @SuppressWarnings({"unchecked", "rawtypes"})
      Field<Object> owner = (Field) part.owner();
      dsl.deleteFrom(part.join()).where(owner.in(byOwner.keySet())).execute();
      Bulk rows = Bulk.of(part.join(), part.owner(), part.target());
      byOwner.forEach((o, targets) -> targets.forEach(t -> rows.row(o, t)));
      if (!rows.isEmpty()) rows.insert(dsl);
      byOwner.clear();
    }
  }

  /**
   * The child rows of owners whose list was given: their old rows are replaced. A keyed child listed
   * again keeps its row, upserted, so what points to it stays (a docking event's target flight).
   */
  private static final class ChildRows implements Step {
    static final int VALUES = 10_000;
    final Part.Children part;
    final Set<Object> owners = new LinkedHashSet<>();
    final List<Field<?>> columns;
    final boolean keyed;
    // The owner column may also be a nested object of the child (a spacecraft configuration's
    // agency, listed in that agency's spacecraft_list): then it is written once, as the owner.
    final int ownerAmongOwn;
    final Set<Object> keys = new HashSet<>();
    final Map<Object, Set<Object>> keysByOwner = new HashMap<>();
    Bulk rows;

    ChildRows(Part.Children part) {
      this.part = part;
      Shape<?> child = part.shape();
      this.keyed = keyComponent(child) != null;
      List<Field<?>> own = columns(child, null);
      this.ownerAmongOwn = own.indexOf(part.owner());
      List<Field<?>> cs = new ArrayList<>();
      if (ownerAmongOwn < 0) cs.add(part.owner());
      if (keyed) cs.add(child.key);
      cs.addAll(own);
      this.columns = cs;
      this.rows = Bulk.of(child.table, columns.toArray(Field<?>[]::new));
    }

    void owner(Object key) {
      owners.add(key);
    }

    void add(Object owner, Object key, List<Object> values) {
      if (keyed && !keys.add(key)) return; // a child listed twice is one row
      if (keyed) keysByOwner.computeIfAbsent(owner, o -> new HashSet<>()).add(key);
      List<Object> row = new ArrayList<>();
      if (ownerAmongOwn < 0) row.add(owner);
      if (keyed) row.add(key);
      List<Object> own = new ArrayList<>(values);
      if (ownerAmongOwn >= 0) own.set(ownerAmongOwn, owner);
      row.addAll(own);
      rows.row(row.toArray());
    }

    @Override
    public boolean isEmpty() {
      return owners.isEmpty();
    }

    /** Deletes the owners' rows that their new lists leave out, in statements of at most {@value #VALUES} values. */
    private void deleteUnlisted(DSLContext dsl, Field<Object> owner) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Field<Object> key = (Field) part.shape().key;
      List<Object> someOwners = new ArrayList<>();
      Set<Object> theirKeys = new HashSet<>();
      for (Object o : owners) {
        Set<Object> listed = keysByOwner.getOrDefault(o, Set.of());
        if (!someOwners.isEmpty() && someOwners.size() + theirKeys.size() + 1 + listed.size() > VALUES) {
          deleteUnlisted(dsl, owner, key, someOwners, theirKeys);
          someOwners.clear();
          theirKeys.clear();
        }
        someOwners.add(o);
        theirKeys.addAll(listed);
      }
      if (!someOwners.isEmpty()) deleteUnlisted(dsl, owner, key, someOwners, theirKeys);
    }

    private void deleteUnlisted(DSLContext dsl, Field<Object> owner, Field<Object> key, List<Object> someOwners,
        Set<Object> kept) {
      dsl.deleteFrom(part.shape().table)
          .where(owner.in(someOwners))
          .and(kept.isEmpty() ? DSL.noCondition() : key.notIn(kept))
          .execute();
    }

    @Override
    public void write(DSLContext dsl) {
      if (owners.isEmpty()) return;
      @SuppressWarnings({"unchecked", "rawtypes"})
      Field<Object> owner = (Field) part.owner();
      if (part.owned() && keyed) deleteUnlisted(dsl, owner);
      else if (part.owned()) dsl.deleteFrom(part.shape().table).where(owner.in(owners)).execute();
      if (!rows.isEmpty()) {
        if (keyed) rows.upsert(dsl, part.shape().key);
        else rows.insert(dsl);
      }
      owners.clear();
      keys.clear();
      keysByOwner.clear();
      rows = Bulk.of(part.shape().table, columns.toArray(Field<?>[]::new));
    }
  }
}
