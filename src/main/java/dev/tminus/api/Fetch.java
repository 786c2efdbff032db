package dev.tminus.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.Table;

/**
 * One statement of a {@link ShapeLoader}'s plan: the rows of a shape whose key, or whose owner's
 * key, is in a set of values, e.g. {@code SELECT … FROM image LEFT JOIN image_license … WHERE
 * image.id IN (…)}. A list's statement reads the owner's key first, then the rows in the list's order.
 */
final class Fetch {
  final RowReader reader;
  /** Whether the owner's key comes first in each record (the statement of a list). */
  final boolean owned;
  private final List<Field<?>> select;
  private final Table<?> from;
  private final Field<Object> in;
  private final List<SortField<?>> order;

  private Fetch(RowReader reader, boolean owned, List<Field<?>> select, Table<?> from, Field<?> in,
      List<SortField<?>> order) {
    this.reader = reader;
    this.owned = owned;
    this.select = List.copyOf(select);
    this.from = from;
    @SuppressWarnings("unchecked")
    Field<Object> column = (Field<Object>) in;
    this.in = column;
    this.order = List.copyOf(order);
  }

  /** Objects of {@code shape} by their keys: the page's objects, or those foreign keys point to. */
  static Fetch byKey(Shape<?> shape, RowReader.Aliases aliases) {
    List<Field<?>> select = new ArrayList<>();
    RowReader reader = new RowReader(shape, aliases.of(shape.table), select, aliases);
    return new Fetch(reader, false, select, reader.joinLeaves(reader.table()), reader.table().field(shape.key),
        List.of());
  }

  /** The objects related to each owner through {@code many}'s join table, in the order of their keys. */
  static Fetch many(Part.Many many, RowReader.Aliases aliases) {
    Table<?> join = aliases.of(many.join());
    List<Field<?>> select = new ArrayList<>(List.of(join.field(many.owner())));
    Shape<?> shape = many.shape();
    RowReader reader = new RowReader(shape, aliases.of(shape.table), select, aliases);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Field<Object> key = (Field) reader.table().field(shape.key);
    Table<?> from = reader.joinLeaves(join.join(reader.table()).on(key.eq(join.field(many.target()))));
    return new Fetch(reader, true, select, from, join.field(many.owner()), List.of(key.asc()));
  }

  /** The rows that point to each owner with {@code children}'s column, in its declared order. */
  static Fetch children(Part.Children children, RowReader.Aliases aliases) {
    Shape<?> shape = children.shape();
    Table<?> table = aliases.of(shape.table);
    List<Field<?>> select = new ArrayList<>(List.of(table.field(children.owner())));
    RowReader reader = new RowReader(shape, table, select, aliases);
    List<SortField<?>> order = new ArrayList<>();
    for (SortField<?> s : children.order()) {
      Field<?> f = table.field(s.$field());
      order.add(s.getOrder() == SortOrder.DESC ? f.desc() : f.asc());
    }
    return new Fetch(reader, true, select, reader.joinLeaves(table), table.field(children.owner()), order);
  }

  /** The records whose key (or owner's key) is one of {@code values}; {@code values} must not be empty. */
  Result<Record> fetch(DSLContext dsl, Collection<?> values) {
    return dsl.select(select).from(from).where(in.in(values)).orderBy(order).fetch();
  }
}
