package dev.tminus.api;

import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * How one statement of a {@link ShapeLoader} reads the rows of a {@link Shape}: its columns and
 * computed values from an alias of its table, the foreign key of each object it points to, and —
 * LEFT JOINed into the same statement — each nested object that nests nothing itself (a type, a
 * status, a language), built as the row is read.
 *
 * <p>A row is read into the values of the shape's parts by part index ({@link Row}); a nested object
 * that nests more, and every list, is left for the loader to resolve.
 */
final class RowReader {
  private final Shape<?> shape;
  private final Table<?> table;
  private final int keyAt;
  /** Per part: the position in the statement of its value (or foreign key), or -1. */
  private final int[] at;
  /** Per part: the reader of its LEFT JOINed object, or null. */
  private final RowReader[] leaves;

  /**
   * A reader of {@code shape} from {@code table} (an alias of its table); the fields it needs are
   * appended to {@code select}, the statement's select list so far.
   */
  RowReader(Shape<?> shape, Table<?> table, List<Field<?>> select, Aliases aliases) {
    this.shape = shape;
    this.table = table;
    List<Part> parts = shape.parts();
    this.keyAt = add(select, table.field(shape.key));
    this.at = new int[parts.size()];
    this.leaves = new RowReader[parts.size()];
    for (int i = 0; i < at.length; i++) {
      Part p = parts.get(i);
      at[i] = -1;
      if (p instanceof Part.Column c) {
        at[i] = c.column().equals(shape.key) ? keyAt : add(select, table.field(c.column()));
      } else if (p instanceof Part.Computed c) {
        at[i] = add(select, c.expression().apply(table));
      } else if (p instanceof Part.One one && one.match() != null) {
        at[i] = add(select, sharing(one, table, aliases));
      } else if (p instanceof Part.One one && joinable(one.shape())) {
        leaves[i] = new RowReader(one.shape(), aliases.of(one.shape().table), select, aliases);
      } else if (p instanceof Part.One one) {
        at[i] = add(select, table.field(one.foreignKey()));
      } else if (!(p instanceof Part.Many || p instanceof Part.Children || p instanceof Part.Constant
          || p instanceof Part.Url)) {
        throw new IllegalStateException(shape.type.getSimpleName() + "." + p.name() + ": ShapeLoader cannot read a "
            + p.getClass().getSimpleName());
      }
    }
  }

  /** The key of the object a row shares {@code one}'s column with: the first by key, for the loader to read by key. */
  private static Field<?> sharing(Part.One one, Table<?> table, Aliases aliases) {
    Table<?> theirs = aliases.of(one.shape().table);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Field<Object> match = (Field) theirs.field(one.match());
    Field<?> key = theirs.field(one.shape().key);
    return DSL.field(DSL.select(key).from(theirs).where(match.eq(table.field(one.foreignKey())))
        .orderBy(key).limit(1));
  }

  /** Whether objects of {@code shape} are read by joining its table into the statement of the rows that point to them. */
  static boolean joinable(Shape<?> shape) {
    for (Part p : shape.parts()) {
      if (p instanceof Part.One || p instanceof Part.Many || p instanceof Part.Children) return false;
    }
    return true;
  }

  private static int add(List<Field<?>> select, Field<?> field) {
    select.add(field);
    return select.size() - 1;
  }

  Table<?> table() {
    return table;
  }

  /** {@code from} with the table of every joined nested object LEFT JOINed by its foreign key. */
  Table<?> joinLeaves(Table<?> from) {
    List<Part> parts = shape.parts();
    for (int i = 0; i < leaves.length; i++) {
      if (leaves[i] == null) continue;
      Part.One one = (Part.One) parts.get(i);
      @SuppressWarnings({"unchecked", "rawtypes"})
      Field<Object> key = (Field) leaves[i].table.field(one.shape().key);
      from = from.leftJoin(leaves[i].table).on(key.eq(table.field(one.foreignKey())));
    }
    return from;
  }

  /** The row {@code r} holds; null when it holds none (a LEFT JOIN that found nothing). */
  Row read(Record r, Links links) {
    Object key = r.get(keyAt);
    if (key == null) return null;
    Object[] values = new Object[at.length];
    for (int i = 0; i < at.length; i++) {
      if (at[i] >= 0) {
        values[i] = r.get(at[i]);
      } else if (leaves[i] != null) {
        Row leaf = leaves[i].read(r, links);
        values[i] = leaf == null ? null : leaves[i].shape.build(leaf.values(), links);
      }
    }
    return new Row(key, values);
  }

  /** A row of a shape: its key, and the values of its parts by index (a foreign key for an object read apart, null for a list). */
  record Row(Object key, Object[] values) {}

  /** Fresh aliases of tables within one plan, so a table joined twice (or into itself) is two tables. */
  static final class Aliases {
    private int next;

    <T extends org.jooq.Record> Table<T> of(Table<T> table) {
      return table.as(table.getName() + "_" + ++next);
    }
  }
}
