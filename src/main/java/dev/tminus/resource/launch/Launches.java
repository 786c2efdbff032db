package dev.tminus.resource.launch;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.LAUNCH_STATUS;
import static dev.tminus.db.Tables.NET_PRECISION;

import dev.tminus.api.Links;
import dev.tminus.db.Tables.Launch;
import dev.tminus.resource.Rows;
import dev.tminus.resource.common.Precisions;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.Images;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads {@link LaunchBasic}s by id: one query, plus their images. */
public final class Launches {
  public static final String COLLECTION = "launches";

  private Launches() {}

  public static Map<UUID, LaunchBasic> byIds(DSLContext dsl, Collection<UUID> ids, Links links) {
    if (ids.isEmpty()) return Map.of();
    var rows = dsl.select(Tables.fields(Launch.TABLE))
        .select(Tables.fields(LAUNCH_STATUS.table()))
        .select(Tables.fields(NET_PRECISION.table()))
        .from(Launch.TABLE)
        .leftJoin(LAUNCH_STATUS.table()).on(LAUNCH_STATUS.id().eq(Launch.STATUS_ID))
        .leftJoin(NET_PRECISION.table()).on(NET_PRECISION.id().eq(Launch.NET_PRECISION_ID))
        .where(Launch.ID.in(ids))
        .fetch();
    Map<Integer, Image> images = Images.byIds(dsl, Rows.distinct(rows, Launch.IMAGE_ID));
    Map<UUID, LaunchBasic> out = new HashMap<>();
    for (Record r : rows) {
      UUID id = r.get(Launch.ID);
      Integer statusId = r.get(LAUNCH_STATUS.id());
      out.put(id, new LaunchBasic(id, links.url(COLLECTION, id), r.get(Launch.NAME), LaunchBasic.MODE,
          r.get(Launch.SLUG), r.get(Launch.LAUNCH_DESIGNATOR),
          statusId == null ? null : new LaunchStatus(statusId, r.get(LAUNCH_STATUS.name()),
              r.get(LAUNCH_STATUS.abbrev()), r.get(LAUNCH_STATUS.description())),
          r.get(Launch.LAST_UPDATED), r.get(Launch.NET), Precisions.from(r, NET_PRECISION),
          r.get(Launch.WINDOW_END), r.get(Launch.WINDOW_START),
          Rows.lookup(images, r.get(Launch.IMAGE_ID)), r.get(Launch.INFOGRAPHIC)));
    }
    return out;
  }
}
