package dev.tminus.api;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;

/** One component of a {@link Shape}: where its value comes from when read, and where it goes when written. */
sealed interface Part {
  /** The component's wire name, e.g. {@code founding_year}. */
  String name();

  /** The component's value from what was read ({@link ShapeLoader} reads what each kind of part needs). */
  default Object value(Object raw, Links links) {
    return raw;
  }

  /** The shapes this part nests. */
  default List<Shape<?>> nested() {
    return List.of();
  }

  /** Fails when the record component cannot hold what the part gives. */
  default void check(Class<?> owner, RecordComponent component) {}

  static String where(Class<?> owner, RecordComponent component) {
    return owner.getSimpleName() + "." + component.getName();
  }

  static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) return type;
    if (type == int.class) return Integer.class;
    if (type == long.class) return Long.class;
    if (type == boolean.class) return Boolean.class;
    if (type == double.class) return Double.class;
    throw new IllegalArgumentException("unsupported primitive " + type);
  }

  /** A value stored in a column of the shape's own table. */
  record Column(String name, Field<?> column) implements Part {
    @Override
    public void check(Class<?> owner, RecordComponent component) {
      if (!boxed(component.getType()).isAssignableFrom(column.getType())) {
        throw new IllegalStateException(where(owner, component) + " is a " + component.getType().getSimpleName()
            + " but column " + column.getName() + " holds " + column.getType().getSimpleName());
      }
    }
  }

  /** A fixed value such as {@code response_mode}. */
  record Constant(String name, Object constant) implements Part {
    @Override
    public Object value(Object raw, Links links) {
      return constant;
    }
  }

  /** The object's own address, built from its key (which the shape reads anyway). */
  record Url(String name, String collection) implements Part {
    @Override
    public Object value(Object raw, Links links) {
      return links.url(collection, raw);
    }
  }

  /** A read-only value computed from the row. */
  record Computed(String name, Function<Table<?>, Field<?>> expression) implements Part {}

  /**
   * A nested object found by a column of the row: {@code foreignKey} holds its key, or, when
   * {@code match} is set, the value of the nested object's column {@code match} (the launch whose
   * rocket is a flight's rocket).
   */
  record One(String name, Field<?> foreignKey, Shape<?> shape, Field<?> match) implements Part {
    @Override
    public List<Shape<?>> nested() {
      return List.of(shape);
    }

    @Override
    public void check(Class<?> owner, RecordComponent component) {
      if (component.getType() != shape.type) {
        throw new IllegalStateException(where(owner, component) + " is a " + component.getType().getSimpleName()
            + " but the nested shape is " + shape.type.getSimpleName());
      }
      if (match != null && !ShapeWriter.columns(shape, shape.key).contains(match)) {
        throw new IllegalStateException(where(owner, component) + " is matched by column " + match.getName()
            + ", which " + shape.type.getSimpleName() + " does not write");
      }
    }
  }

  /** Related objects through a join table, in the order of their keys. */
  record Many(String name, Table<?> join, Field<?> owner, Field<?> target, Shape<?> shape) implements Part {
    @Override
    public List<Shape<?>> nested() {
      return List.of(shape);
    }

    @Override
    public void check(Class<?> owner, RecordComponent component) {
      if (component.getType() != List.class) {
        throw new IllegalStateException(where(owner, component) + " must be a List to hold related " + shape.type.getSimpleName());
      }
    }
  }

  /**
   * Rows of another table whose {@code owner} column holds this row's key, in a declared order;
   * {@code owned} when writing the list replaces the owner's rows rather than only adding to them.
   */
  record Children(String name, Field<?> owner, Shape<?> shape, List<SortField<?>> order, boolean owned)
      implements Part {
    @Override
    public List<Shape<?>> nested() {
      return List.of(shape);
    }

    @Override
    public void check(Class<?> owner, RecordComponent component) {
      if (component.getType() != List.class) {
        throw new IllegalStateException(where(owner, component) + " must be a List to hold " + shape.type.getSimpleName());
      }
    }
  }
}
