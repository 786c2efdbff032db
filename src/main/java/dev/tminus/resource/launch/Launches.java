package dev.tminus.resource.launch;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.LAUNCH_STATUS;
import static dev.tminus.db.Tables.NET_PRECISION;

import dev.tminus.db.Tables.Launch;
import dev.tminus.resource.Rows;
import dev.tminus.resource.common.Precisions;
import dev.tminus.resource.common.Shared;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads the {@link LaunchBasic}s of owners through a join table: one query, their images {@link Shared}. */
public final class Launches {
  public static final String COLLECTION = "launches";

  private Launches() {}

  /** The launches of each owner of {@code join} (an event), ordered by launch id. */
  public static Supplier<Map<Integer, List<LaunchBasic>>> ofOwners(DSLContext dsl, Tables.Join<UUID> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner())
        .select(Tables.fields(Launch.TABLE))
        .select(Tables.fields(LAUNCH_STATUS.table()))
        .select(Tables.fields(NET_PRECISION.table()))
        .from(join.table())
        .join(Launch.TABLE).on(Launch.ID.eq(join.target()))
        .leftJoin(LAUNCH_STATUS.table()).on(LAUNCH_STATUS.id().eq(Launch.STATUS_ID))
        .leftJoin(NET_PRECISION.table()).on(NET_PRECISION.id().eq(Launch.NET_PRECISION_ID))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    for (Record r : rows) shared.needImage(r.get(Launch.IMAGE_ID));
    return () -> Rows.group(rows, join.owner(), r -> launch(r, shared));
  }

  private static LaunchBasic launch(Record r, Shared shared) {
    UUID id = r.get(Launch.ID);
    Integer statusId = r.get(LAUNCH_STATUS.id());
    return new LaunchBasic(id, shared.links().url(COLLECTION, id), r.get(Launch.NAME), LaunchBasic.MODE,
        r.get(Launch.SLUG), r.get(Launch.LAUNCH_DESIGNATOR),
        statusId == null ? null : new LaunchStatus(statusId, r.get(LAUNCH_STATUS.name()),
            r.get(LAUNCH_STATUS.abbrev()), r.get(LAUNCH_STATUS.description())),
        r.get(Launch.LAST_UPDATED), r.get(Launch.NET), Precisions.from(r, NET_PRECISION),
        r.get(Launch.WINDOW_END), r.get(Launch.WINDOW_START),
        shared.image(r.get(Launch.IMAGE_ID)), r.get(Launch.INFOGRAPHIC));
  }
}
