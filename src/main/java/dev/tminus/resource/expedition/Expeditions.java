package dev.tminus.resource.expedition;

import static dev.tminus.db.schema.Tables.EXPEDITION;
import static dev.tminus.db.schema.Tables.SPACEWALK;

import dev.tminus.db.Join;
import dev.tminus.api.Links;
import dev.tminus.api.Rows;
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
  public static Supplier<Map<Integer, List<ExpeditionNormal>>> ofOwners(DSLContext dsl, Join<Integer, Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner()).select(EXPEDITION.fields())
        .from(join.table())
        .join(EXPEDITION).on(EXPEDITION.ID.eq(join.target()))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    if (rows.isEmpty()) return Map::of;
    Set<Integer> ids = Rows.distinct(rows, EXPEDITION.ID);
    var stations = SpaceStations.byIds(dsl, Rows.distinct(rows, EXPEDITION.SPACESTATION_ID), shared);
    var patches = MissionPatches.ofOwners(dsl, Join.EXPEDITION_MISSION_PATCHES, ids, shared);
    Map<Integer, List<SpacewalkList>> spacewalks = spacewalks(dsl, ids, shared.links());
    return () -> {
      Map<Integer, SpaceStationNormal> stationsById = stations.get();
      Map<Integer, List<MissionPatch>> patchesById = patches.get();
      return Rows.group(rows, join.owner(), r -> {
        int id = r.get(EXPEDITION.ID);
        return new ExpeditionNormal(id, shared.links().url(COLLECTION, id), r.get(EXPEDITION.NAME),
            r.get(EXPEDITION.START_TIME), r.get(EXPEDITION.END_TIME), ExpeditionNormal.MODE,
            Rows.lookup(stationsById, r.get(EXPEDITION.SPACESTATION_ID)),
            Rows.listOf(patchesById, id), Rows.listOf(spacewalks, id));
      });
    };
  }

  private static Map<Integer, List<SpacewalkList>> spacewalks(DSLContext dsl, Collection<Integer> ids, Links links) {
    return Rows.group(
        dsl.select(SPACEWALK.fields()).from(SPACEWALK)
            .where(SPACEWALK.EXPEDITION_ID.in(ids)).orderBy(SPACEWALK.ID).fetch(),
        SPACEWALK.EXPEDITION_ID,
        r -> new SpacewalkList(SpacewalkList.MODE, r.get(SPACEWALK.ID), links.url(SPACEWALKS, r.get(SPACEWALK.ID)),
            r.get(SPACEWALK.NAME), r.get(SPACEWALK.START_TIME), r.get(SPACEWALK.END_TIME),
            r.get(SPACEWALK.DURATION), r.get(SPACEWALK.LOCATION)));
  }
}
