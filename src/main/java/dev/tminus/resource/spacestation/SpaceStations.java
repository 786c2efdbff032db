package dev.tminus.resource.spacestation;

import static dev.tminus.db.schema.Tables.SPACE_STATION;
import static dev.tminus.db.schema.Tables.SPACE_STATION_STATUS;
import static dev.tminus.db.schema.Tables.SPACE_STATION_TYPE;

import dev.tminus.db.Join;
import dev.tminus.api.Rows;
import dev.tminus.resource.common.Shared;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** Reads {@link SpaceStationNormal}s, by id or through a join table: one query, their images {@link Shared}. */
public final class SpaceStations {
  public static final String COLLECTION = "space_stations";

  private static final List<Field<?>> COLUMNS = Stream.concat(Stream.of(SPACE_STATION.fields()),
      Stream.of(SPACE_STATION_STATUS.ID, SPACE_STATION_STATUS.NAME, SPACE_STATION_TYPE.ID,
          SPACE_STATION_TYPE.NAME)).toList();

  private SpaceStations() {}

  /** The stations of {@code ids}, by id. */
  public static Supplier<Map<Integer, SpaceStationNormal>> byIds(DSLContext dsl, Collection<Integer> ids,
      Shared shared) {
    if (ids.isEmpty()) return Map::of;
    var rows = withLookups(dsl.select(COLUMNS).from(SPACE_STATION))
        .where(SPACE_STATION.ID.in(ids))
        .fetch();
    for (Record r : rows) shared.needImage(r.get(SPACE_STATION.IMAGE_ID));
    return () -> {
      Map<Integer, SpaceStationNormal> out = new HashMap<>();
      for (Record r : rows) out.put(r.get(SPACE_STATION.ID), station(r, shared));
      return out;
    };
  }

  /** The stations of each owner of {@code join} (an event), ordered by station id. */
  public static Supplier<Map<Integer, List<SpaceStationNormal>>> ofOwners(DSLContext dsl, Join<Integer, Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = withLookups(dsl.select(join.owner()).select(COLUMNS).from(join.table())
            .join(SPACE_STATION).on(SPACE_STATION.ID.eq(join.target())))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    for (Record r : rows) shared.needImage(r.get(SPACE_STATION.IMAGE_ID));
    return () -> Rows.group(rows, join.owner(), r -> station(r, shared));
  }

  /** {@code from} joined to the station's status and type, which {@link #COLUMNS} read. */
  private static SelectJoinStep<Record> withLookups(SelectJoinStep<Record> from) {
    return from
        .leftJoin(SPACE_STATION_STATUS).on(SPACE_STATION_STATUS.ID.eq(SPACE_STATION.STATUS_ID))
        .leftJoin(SPACE_STATION_TYPE).on(SPACE_STATION_TYPE.ID.eq(SPACE_STATION.TYPE_ID));
  }

  private static SpaceStationNormal station(Record r, Shared shared) {
    int id = r.get(SPACE_STATION.ID);
    Integer statusId = r.get(SPACE_STATION_STATUS.ID);
    Integer typeId = r.get(SPACE_STATION_TYPE.ID);
    return new SpaceStationNormal(id, shared.links().url(COLLECTION, id), r.get(SPACE_STATION.NAME),
        shared.image(r.get(SPACE_STATION.IMAGE_ID)),
        statusId == null ? null : new SpaceStationStatus(statusId, r.get(SPACE_STATION_STATUS.NAME)),
        r.get(SPACE_STATION.FOUNDED), r.get(SPACE_STATION.DEORBITED), r.get(SPACE_STATION.DESCRIPTION),
        r.get(SPACE_STATION.ORBIT),
        typeId == null ? null : new SpaceStationType(typeId, r.get(SPACE_STATION_TYPE.NAME)));
  }
}
