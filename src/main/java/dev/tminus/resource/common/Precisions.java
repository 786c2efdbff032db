package dev.tminus.resource.common;

import dev.tminus.db.Tables.Described;
import org.jooq.Record;

/** Reads a {@link NetPrecision} from a row that left-joined the {@code net_precision} table. */
public final class Precisions {
  private Precisions() {}

  public static NetPrecision from(Record r, Described table) {
    Integer id = r.get(table.id());
    return id == null ? null
        : new NetPrecision(id, r.get(table.name()), r.get(table.abbrev()), r.get(table.description()));
  }
}
