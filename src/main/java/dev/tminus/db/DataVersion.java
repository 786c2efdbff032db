package dev.tminus.db;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The database's data version: a counter every writing transaction increments first. Updating
 * its one row also serializes writers across processes (each waits for the other's commit), and a
 * server that sees the number change knows that anything it rendered before may be stale.
 */
public final class DataVersion {
  private static final Table<Record> TABLE = table(name("data_version"));
  private static final Field<Integer> ID = field(name("data_version", "id"), Integer.class);
  private static final Field<Long> VERSION = field(name("data_version", "version"), Long.class);

  private DataVersion() {}

  /** Locks the writers' row until the transaction ends, and counts this write. */
  public static void bump(DSLContext tx) {
    tx.update(TABLE).set(VERSION, VERSION.plus(1)).where(ID.eq(1)).execute();
  }

  /** The committed version. */
  public static long current(DSLContext dsl) {
    return dsl.select(VERSION).from(TABLE).where(ID.eq(1)).fetchSingle(VERSION);
  }
}
