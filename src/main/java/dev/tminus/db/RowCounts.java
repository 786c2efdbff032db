package dev.tminus.db;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * How many rows a whole table has, without counting them when the database can say at once: H2
 * answers an unfiltered {@code count(*)} from its primary index, and on PostgreSQL triggers keep the
 * number in {@code row_count} (migration {@code db/vendor/postgresql/V4}) as rows come and go.
 */
public final class RowCounts {
  private static final Table<Record> ROW_COUNT = table(name("row_count"));
  private static final Field<String> TABLE_NAME = field(name("row_count", "table_name"), String.class);
  private static final Field<Long> ROW_TOTAL = field(name("row_count", "row_total"), Long.class);

  private RowCounts() {}

  /** The number of rows of {@code table}: {@code SELECT count(*) FROM table}, exact. */
  public static long of(DSLContext dsl, Table<?> table) {
    if (dsl.dialect().family() == SQLDialect.POSTGRES) {
      Long kept = dsl.select(ROW_TOTAL).from(ROW_COUNT).where(TABLE_NAME.eq(table.getName())).fetchOne(ROW_TOTAL);
      if (kept != null) return kept;
    }
    return dsl.fetchCount(table);
  }
}
