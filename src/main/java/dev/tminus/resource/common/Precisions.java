package dev.tminus.resource.common;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import org.jooq.Record;

/** How a {@link NetPrecision} is read: as a shape wherever it is embedded, or from a row that left-joined its table. */
public final class Precisions {
  public static final Shape<NetPrecision> NET_PRECISION =
      Shape.of(NetPrecision.class, Tables.NET_PRECISION, Tables.NET_PRECISION.ID);

  private Precisions() {}

  public static NetPrecision from(Record r) {
    Integer id = r.get(Tables.NET_PRECISION.ID);
    return id == null ? null
        : new NetPrecision(id, r.get(Tables.NET_PRECISION.NAME), r.get(Tables.NET_PRECISION.ABBREV),
            r.get(Tables.NET_PRECISION.DESCRIPTION));
  }
}
