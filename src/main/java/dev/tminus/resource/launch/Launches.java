package dev.tminus.resource.launch;

import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.LAUNCH_STATUS;
import static dev.tminus.db.schema.Tables.NET_PRECISION;

import dev.tminus.db.Join;
import dev.tminus.api.Rows;
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
  public static Supplier<Map<Integer, List<LaunchBasic>>> ofOwners(DSLContext dsl, Join<Integer, UUID> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner())
        .select(LAUNCH.fields())
        .select(LAUNCH_STATUS.fields())
        .select(NET_PRECISION.fields())
        .from(join.table())
        .join(LAUNCH).on(LAUNCH.ID.eq(join.target()))
        .leftJoin(LAUNCH_STATUS).on(LAUNCH_STATUS.ID.eq(LAUNCH.STATUS_ID))
        .leftJoin(NET_PRECISION).on(NET_PRECISION.ID.eq(LAUNCH.NET_PRECISION_ID))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    for (Record r : rows) shared.needImage(r.get(LAUNCH.IMAGE_ID));
    return () -> Rows.group(rows, join.owner(), r -> launch(r, shared));
  }

  private static LaunchBasic launch(Record r, Shared shared) {
    UUID id = r.get(LAUNCH.ID);
    Integer statusId = r.get(LAUNCH_STATUS.ID);
    return new LaunchBasic(id, shared.links().url(COLLECTION, id), r.get(LAUNCH.NAME), LaunchBasic.MODE,
        r.get(LAUNCH.SLUG), r.get(LAUNCH.LAUNCH_DESIGNATOR),
        statusId == null ? null : new LaunchStatus(statusId, r.get(LAUNCH_STATUS.NAME),
            r.get(LAUNCH_STATUS.ABBREV), r.get(LAUNCH_STATUS.DESCRIPTION)),
        r.get(LAUNCH.LAST_UPDATED), r.get(LAUNCH.NET), Precisions.from(r),
        r.get(LAUNCH.WINDOW_END), r.get(LAUNCH.WINDOW_START),
        shared.image(r.get(LAUNCH.IMAGE_ID)), r.get(LAUNCH.INFOGRAPHIC));
  }
}
