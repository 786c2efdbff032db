package dev.tminus.api;

import dev.tminus.api.LoadPlan.Edge;
import dev.tminus.api.LoadPlan.Node;
import dev.tminus.api.RowReader.Row;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The objects of a page in the {@link Shape} of their mode, read level by level with batched
 * {@code IN (…)} statements: the page's rows by id, then for each shape nested in them one statement
 * for the objects of every row at once ({@code WHERE id IN (the foreign keys read)}), and one per
 * list ({@code WHERE owner IN (the owners read)}); nested objects that nest nothing themselves are
 * LEFT JOINed into the statement of the rows pointing to them. The number of statements depends only
 * on the declaration ({@link LoadPlan}), never on the number of rows; a level with no rows takes none.
 *
 * <p>Objects come back in the order of the ids given; an id whose row is gone is left out.
 */
public final class ShapeLoader<K> implements Representation<K> {
  private final Map<Mode, LoadPlan> plans = new EnumMap<>(Mode.class);

  public ShapeLoader(Map<Mode, Shape<?>> shapes) {
    shapes.forEach((mode, shape) -> plans.put(mode, new LoadPlan(shape)));
  }

  /** The most statements a page in {@code mode} takes, whatever its size. */
  int statements(Mode mode) {
    return plans.get(mode).statements();
  }

  @Override
  public List<Object> represent(DSLContext dsl, List<K> ids, Mode mode, Links links) {
    if (ids.isEmpty()) return List.of();
    LoadPlan plan = plans.get(mode);
    Loaded page = new Loaded(plan, links);
    page.wanted.get(plan.root.id).addAll(ids);
    for (Node node : plan.order) page.read(dsl, node);
    Map<Object, Row> roots = page.rows.get(plan.root.id);
    List<Object> out = new ArrayList<>(ids.size());
    for (K id : ids) {
      Row row = roots.get(id);
      if (row != null) out.add(page.build(plan.root, row)); // deleted between the id query and this one
    }
    return out;
  }

  /** What one page has read so far, by node and by list, and the records built from it. */
  private static final class Loaded {
    final Links links;
    final List<Map<Object, Row>> rows = new ArrayList<>();
    final List<Set<Object>> wanted = new ArrayList<>();
    final List<Map<Object, Object>> built = new ArrayList<>();
    final List<Map<Object, List<Row>>> lists = new ArrayList<>();

    Loaded(LoadPlan plan, Links links) {
      this.links = links;
      for (int i = 0; i < plan.nodes(); i++) {
        rows.add(new LinkedHashMap<>());
        wanted.add(new LinkedHashSet<>());
        built.add(new HashMap<>());
      }
      for (int i = 0; i < plan.edges(); i++) lists.add(new HashMap<>());
    }

    /**
     * Reads the node's objects that foreign keys asked for, then what its objects nest: the keys of
     * the objects they point to, for those nodes to read later, and their lists, now. Every row of
     * the node is known by then: the nodes that nest it came first.
     */
    void read(DSLContext dsl, Node node) {
      Map<Object, Row> known = rows.get(node.id);
      // Keys some list read already are asked for again: a statement then depends on whether its
      // level has rows, never on which rows other statements happened to bring.
      Set<Object> keys = wanted.get(node.id);
      if (!keys.isEmpty()) {
        for (Record r : node.byKey.fetch(dsl, keys)) {
          Row row = node.byKey.reader.read(r, links);
          known.putIfAbsent(row.key(), row);
        }
      }
      for (Edge edge : node.edges) {
        if (edge.list() == null) {
          Set<Object> targets = wanted.get(edge.target().id);
          for (Row row : known.values()) {
            Object key = row.values()[edge.index()];
            if (key != null) targets.add(key);
          }
        } else if (!known.isEmpty()) {
          Map<Object, Row> targets = rows.get(edge.target().id);
          Map<Object, List<Row>> byOwner = lists.get(edge.id());
          for (Record r : edge.list().fetch(dsl, known.keySet())) {
            Row row = edge.list().reader.read(r, links);
            Row first = targets.putIfAbsent(row.key(), row);
            byOwner.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(first == null ? row : first);
          }
        }
      }
    }

    /** The record of {@code row}, with everything it nests; built once per object however often it is nested. */
    Object build(Node node, Row row) {
      Map<Object, Object> done = built.get(node.id);
      Object record = done.get(row.key());
      if (record != null) return record;
      Object[] values = row.values().clone();
      for (Edge edge : node.edges) {
        int i = edge.index();
        if (edge.list() == null) {
          Row target = values[i] == null ? null : rows.get(edge.target().id).get(values[i]);
          values[i] = target == null ? null : build(edge.target(), target);
        } else {
          List<Row> items = lists.get(edge.id()).getOrDefault(row.key(), List.of());
          List<Object> list = new ArrayList<>(items.size());
          for (Row item : items) list.add(build(edge.target(), item));
          values[i] = list;
        }
      }
      record = node.shape.build(values, links);
      done.put(row.key(), record);
      return record;
    }
  }
}
