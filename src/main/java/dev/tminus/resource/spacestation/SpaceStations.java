package dev.tminus.resource.spacestation;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.SPACE_STATION_STATUS;
import static dev.tminus.db.Tables.SPACE_STATION_TYPE;

import dev.tminus.api.Links;
import dev.tminus.db.Tables.SpaceStation;
import dev.tminus.resource.Rows;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.Images;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads {@link SpaceStationNormal}s by id: one query, plus their images. */
public final class SpaceStations {
  public static final String COLLECTION = "space_stations";

  private SpaceStations() {}

  public static Map<Integer, SpaceStationNormal> byIds(DSLContext dsl, Collection<Integer> ids, Links links) {
    if (ids.isEmpty()) return Map.of();
    var rows = dsl.select(Tables.fields(SpaceStation.TABLE))
        .select(SPACE_STATION_STATUS.id(), SPACE_STATION_STATUS.name(), SPACE_STATION_TYPE.id(), SPACE_STATION_TYPE.name())
        .from(SpaceStation.TABLE)
        .leftJoin(SPACE_STATION_STATUS.table()).on(SPACE_STATION_STATUS.id().eq(SpaceStation.STATUS_ID))
        .leftJoin(SPACE_STATION_TYPE.table()).on(SPACE_STATION_TYPE.id().eq(SpaceStation.TYPE_ID))
        .where(SpaceStation.ID.in(ids))
        .fetch();
    Map<Integer, Image> images = Images.byIds(dsl, Rows.distinct(rows, SpaceStation.IMAGE_ID));
    Map<Integer, SpaceStationNormal> out = new HashMap<>();
    for (Record r : rows) {
      int id = r.get(SpaceStation.ID);
      Integer statusId = r.get(SPACE_STATION_STATUS.id());
      Integer typeId = r.get(SPACE_STATION_TYPE.id());
      out.put(id, new SpaceStationNormal(id, links.url(COLLECTION, id), r.get(SpaceStation.NAME),
          Rows.lookup(images, r.get(SpaceStation.IMAGE_ID)),
          statusId == null ? null : new SpaceStationStatus(statusId, r.get(SPACE_STATION_STATUS.name())),
          r.get(SpaceStation.FOUNDED), r.get(SpaceStation.DEORBITED), r.get(SpaceStation.DESCRIPTION),
          r.get(SpaceStation.ORBIT),
          typeId == null ? null : new SpaceStationType(typeId, r.get(SPACE_STATION_TYPE.name()))));
    }
    return out;
  }
}
