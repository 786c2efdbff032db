package dev.tminus.resource.common;

import static dev.tminus.db.schema.Tables.NET_PRECISION;

import org.jooq.Record;

/** Reads a {@link NetPrecision} from a row that left-joined the {@code net_precision} table. */
public final class Precisions {
  private Precisions() {}

  public static NetPrecision from(Record r) {
    Integer id = r.get(NET_PRECISION.ID);
    return id == null ? null
        : new NetPrecision(id, r.get(NET_PRECISION.NAME), r.get(NET_PRECISION.ABBREV),
            r.get(NET_PRECISION.DESCRIPTION));
  }
}
