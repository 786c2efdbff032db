package dev.tminus.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Multi-row writes, the same on H2 and PostgreSQL: one statement for many rows, so that an import
 * costs a few statements per hundred events rather than dozens per event.
 *
 * <pre>{@code
 * Bulk.of(Agency.TABLE, Agency.ID, Agency.NAME, Agency.ABBREV).row(44, "NASA", "NASA").upsert(dsl, Agency.ID);
 * }</pre>
 */
public final class Bulk {
  // PostgreSQL accepts at most 65535 bind values in one statement.
  private static final int MAX_BIND_VALUES = 30_000;

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
    for (List<Object[]> chunk : chunks()) values(dsl, chunk).execute();
  }

  /** Inserts every row, or updates the row with the same {@code key}; the rows' keys must be distinct. */
  public void upsert(DSLContext dsl, Field<?> key) {
    if (dsl.dialect().family() == SQLDialect.H2) {
      // H2 runs its own MERGE … KEY as one prepared statement per batch far faster than jOOQ's
      // multi-row emulation (MERGE … USING a UNION ALL of every row).
      Object[] placeholders = new Object[fields.size()];
      var batch = dsl.batch(dsl.mergeInto(table, fields).key(key).values(placeholders));
      for (Object[] row : rows) batch = batch.bind(row);
      batch.execute();
      return;
    }
    Map<Field<?>, Object> updates = new LinkedHashMap<>();
    for (Field<?> f : fields) {
      if (!f.equals(key)) updates.put(f, DSL.excluded(f));
    }
    for (List<Object[]> chunk : chunks()) {
      var insert = values(dsl, chunk).onConflict(key);
      if (updates.isEmpty()) insert.doNothing().execute();
      else insert.doUpdate().set(updates).execute();
    }
  }

  private InsertValuesStepN<Record> values(DSLContext dsl, List<Object[]> chunk) {
    @SuppressWarnings("unchecked")
    InsertValuesStepN<Record> insert = (InsertValuesStepN<Record>) dsl.insertInto(table, fields);
    for (Object[] row : chunk) insert = insert.values(Arrays.asList(row));
    return insert;
  }

  private List<List<Object[]>> chunks() {
    int perChunk = Math.max(1, MAX_BIND_VALUES / Math.max(1, fields.size()));
    List<List<Object[]>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i += perChunk) out.add(rows.subList(i, Math.min(rows.size(), i + perChunk)));
    return out;
  }
}
