package dev.tminus.db;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** Insert-or-update of one row by its key, the same on H2 and PostgreSQL. */
public final class Upsert {
  private final Table<?> table;
  private final Field<?> key;
  private final Map<Field<?>, Object> values = new LinkedHashMap<>();

  private Upsert(Table<?> table, Field<?> key) {
    this.table = table;
    this.key = key;
  }

  /** {@code Upsert.into(AGENCY, AGENCY.ID).set(AGENCY.ID, 44).set(AGENCY.NAME, "NASA").execute(dsl)}. */
  public static Upsert into(Table<?> table, Field<?> key) {
    return new Upsert(table, key);
  }

  public <T> Upsert set(Field<T> field, T value) {
    values.put(field, value);
    return this;
  }

  public void execute(DSLContext dsl) {
    Map<Field<?>, Object> updates = new LinkedHashMap<>(values);
    updates.remove(key);
    var insert = dsl.insertInto(table).set(values).onConflict(key);
    if (updates.isEmpty()) insert.doNothing().execute();
    else insert.doUpdate().set(updates).execute();
  }
}
