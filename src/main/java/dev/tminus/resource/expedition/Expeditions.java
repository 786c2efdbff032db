package dev.tminus.resource.expedition;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.EXPEDITION_MISSION_PATCH;

import dev.tminus.api.Links;
import dev.tminus.db.Tables.Expedition;
import dev.tminus.db.Tables.Spacewalk;
import dev.tminus.resource.Rows;
import dev.tminus.resource.common.Shared;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.MissionPatches;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import dev.tminus.resource.spacestation.SpaceStations;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** Reads the {@link ExpeditionNormal}s of owners through a join table, with their station, mission patches and spacewalks. */
public final class Expeditions {
  public static final String COLLECTION = "expeditions";
  public static final String SPACEWALKS = "spacewalks";

  private Expeditions() {}

  /** The expeditions of each owner of {@code join} (an event), ordered by expedition id. */
  public static Supplier<Map<Integer, List<ExpeditionNormal>>> ofOwners(DSLContext dsl, Tables.Join<Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner()).select(Tables.fields(Expedition.TABLE))
        .from(join.table())
        .join(Expedition.TABLE).on(Expedition.ID.eq(join.target()))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    if (rows.isEmpty()) return Map::of;
    Set<Integer> ids = Rows.distinct(rows, Expedition.ID);
    var stations = SpaceStations.byIds(dsl, Rows.distinct(rows, Expedition.SPACESTATION_ID), shared);
    var patches = MissionPatches.ofOwners(dsl, EXPEDITION_MISSION_PATCH, ids, shared);
    Map<Integer, List<SpacewalkList>> spacewalks = spacewalks(dsl, ids, shared.links());
    return () -> {
      Map<Integer, SpaceStationNormal> stationsById = stations.get();
      Map<Integer, List<MissionPatch>> patchesById = patches.get();
      return Rows.group(rows, join.owner(), r -> {
        int id = r.get(Expedition.ID);
        return new ExpeditionNormal(id, shared.links().url(COLLECTION, id), r.get(Expedition.NAME),
            r.get(Expedition.START_TIME), r.get(Expedition.END_TIME), ExpeditionNormal.MODE,
            Rows.lookup(stationsById, r.get(Expedition.SPACESTATION_ID)),
            Rows.listOf(patchesById, id), Rows.listOf(spacewalks, id));
      });
    };
  }

  private static Map<Integer, List<SpacewalkList>> spacewalks(DSLContext dsl, Collection<Integer> ids, Links links) {
    return Rows.group(
        dsl.select(Tables.fields(Spacewalk.TABLE)).from(Spacewalk.TABLE)
            .where(Spacewalk.EXPEDITION_ID.in(ids)).orderBy(Spacewalk.ID).fetch(),
        Spacewalk.EXPEDITION_ID,
        r -> new SpacewalkList(SpacewalkList.MODE, r.get(Spacewalk.ID), links.url(SPACEWALKS, r.get(Spacewalk.ID)),
            r.get(Spacewalk.NAME), r.get(Spacewalk.START_TIME), r.get(Spacewalk.END_TIME),
            r.get(Spacewalk.DURATION), r.get(Spacewalk.LOCATION)));
  }
}
