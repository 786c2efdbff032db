package dev.tminus.mirror;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.INSTANT;
import static org.jooq.impl.SQLDataType.VARCHAR;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** The jOOQ declaration of {@code mirror_state} (migration V2). */
final class MirrorTables {
  private static final String T = "mirror_state";

  static final Table<Record> MIRROR_STATE = table(name(T));
  static final Field<String> UPSTREAM = field(name(T, "upstream"), VARCHAR);
  static final Field<Instant> HIGH_WATER_MARK = field(name(T, "high_water_mark"), INSTANT);
  static final Field<Instant> LAST_SUCCESS = field(name(T, "last_success"), INSTANT);
  static final Field<String> LAST_ERROR = field(name(T, "last_error"), VARCHAR);
  static final Field<Instant> LAST_ERROR_AT = field(name(T, "last_error_at"), INSTANT);

  private MirrorTables() {}
}
