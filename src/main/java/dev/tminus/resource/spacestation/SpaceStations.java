package dev.tminus.resource.spacestation;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.SPACE_STATION_STATUS;
import static dev.tminus.db.Tables.SPACE_STATION_TYPE;

import dev.tminus.db.Tables.SpaceStation;
import dev.tminus.resource.Rows;
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

  private static final List<Field<?>> COLUMNS = Stream.concat(Stream.of(Tables.fields(SpaceStation.TABLE)),
      Stream.of(SPACE_STATION_STATUS.id(), SPACE_STATION_STATUS.name(), SPACE_STATION_TYPE.id(),
          SPACE_STATION_TYPE.name())).toList();

  private SpaceStations() {}

  /** The stations of {@code ids}, by id. */
  public static Supplier<Map<Integer, SpaceStationNormal>> byIds(DSLContext dsl, Collection<Integer> ids,
      Shared shared) {
    if (ids.isEmpty()) return Map::of;
    var rows = withLookups(dsl.select(COLUMNS).from(SpaceStation.TABLE))
        .where(SpaceStation.ID.in(ids))
        .fetch();
    for (Record r : rows) shared.needImage(r.get(SpaceStation.IMAGE_ID));
    return () -> {
      Map<Integer, SpaceStationNormal> out = new HashMap<>();
      for (Record r : rows) out.put(r.get(SpaceStation.ID), station(r, shared));
      return out;
    };
  }

  /** The stations of each owner of {@code join} (an event), ordered by station id. */
  public static Supplier<Map<Integer, List<SpaceStationNormal>>> ofOwners(DSLContext dsl, Tables.Join<Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = withLookups(dsl.select(join.owner()).select(COLUMNS).from(join.table())
            .join(SpaceStation.TABLE).on(SpaceStation.ID.eq(join.target())))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    for (Record r : rows) shared.needImage(r.get(SpaceStation.IMAGE_ID));
    return () -> Rows.group(rows, join.owner(), r -> station(r, shared));
  }

  /** {@code from} joined to the station's status and type, which {@link #COLUMNS} read. */
  private static SelectJoinStep<Record> withLookups(SelectJoinStep<Record> from) {
    return from
        .leftJoin(SPACE_STATION_STATUS.table()).on(SPACE_STATION_STATUS.id().eq(SpaceStation.STATUS_ID))
        .leftJoin(SPACE_STATION_TYPE.table()).on(SPACE_STATION_TYPE.id().eq(SpaceStation.TYPE_ID));
  }

  private static SpaceStationNormal station(Record r, Shared shared) {
    int id = r.get(SpaceStation.ID);
    Integer statusId = r.get(SPACE_STATION_STATUS.id());
    Integer typeId = r.get(SPACE_STATION_TYPE.id());
    return new SpaceStationNormal(id, shared.links().url(COLLECTION, id), r.get(SpaceStation.NAME),
        shared.image(r.get(SpaceStation.IMAGE_ID)),
        statusId == null ? null : new SpaceStationStatus(statusId, r.get(SPACE_STATION_STATUS.name())),
        r.get(SpaceStation.FOUNDED), r.get(SpaceStation.DEORBITED), r.get(SpaceStation.DESCRIPTION),
        r.get(SpaceStation.ORBIT),
        typeId == null ? null : new SpaceStationType(typeId, r.get(SPACE_STATION_TYPE.name())));
  }
}
