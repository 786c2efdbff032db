package dev.tminus.db;

import java.util.ArrayList;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * Writes of many rows at once, with the same result on H2 and PostgreSQL, each done the way its
 * database takes them fastest: on PostgreSQL a {@code COPY} (upserts through a staging table, see
 * {@link PostgresCopy}); on H2 one prepared statement bound once per row in a JDBC batch. Either way
 * an import costs a few statements per thousand events rather than dozens per event.
 *
 * <pre>{@code
 * Bulk.of(AGENCY, AGENCY.ID, AGENCY.NAME, AGENCY.ABBREV).row(44, "NASA", "NASA").upsert(dsl, AGENCY.ID);
 * }</pre>
 */
public final class Bulk {
  private final Table<?> table;
  private final List<Field<?>> fields;
  private final List<Object[]> rows = new ArrayList<>();

  private Bulk(Table<?> table, List<Field<?>> fields) {
    this.table = table;
    this.fields = fields;
  }

  public static Bulk of(Table<?> table, Field<?>... fields) {
    return new Bulk(table, List.of(fields));
  }

  /** One row, its values in the order of the fields. */
  public Bulk row(Object... values) {
    if (values.length != fields.size()) {
      throw new IllegalArgumentException(table.getName() + ": " + values.length + " values for " + fields.size() + " fields");
    }
    rows.add(values);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Inserts every row. */
  public void insert(DSLContext dsl) {
    if (dsl.dialect().family() == SQLDialect.POSTGRES) {
      PostgresCopy.insert(dsl, table, fields, rows);
      return;
    }
    // As for upserts below: one prepared statement, bound once per row, costs H2 (and jOOQ) far less
    // than rendering and parsing a statement of thousands of rows.
    bindEach(dsl, dsl.insertInto(table, fields).values(new Object[fields.size()]));
  }

  /** Inserts every row, or updates the row with the same {@code key}; the rows' keys must be distinct. */
  public void upsert(DSLContext dsl, Field<?> key) {
    if (dsl.dialect().family() == SQLDialect.H2) {
      // H2 runs its own MERGE … KEY as one prepared statement per batch far faster than jOOQ's
      // multi-row emulation (MERGE … USING a UNION ALL of every row).
      bindEach(dsl, dsl.mergeInto(table, fields).key(key).values(new Object[fields.size()]));
      return;
    }
    PostgresCopy.upsert(dsl, table, fields, key, rows);
  }

  private void bindEach(DSLContext dsl, Query statement) {
    BatchBindStep batch = dsl.batch(statement);
    for (Object[] row : rows) batch = batch.bind(row);
    batch.execute();
  }
}
