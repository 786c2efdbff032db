package dev.tminus.resource.expedition;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.EXPEDITION_MISSION_PATCH;

import dev.tminus.api.Links;
import dev.tminus.db.Tables.Expedition;
import dev.tminus.db.Tables.Spacewalk;
import dev.tminus.resource.Rows;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.MissionPatches;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import dev.tminus.resource.spacestation.SpaceStations;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads {@link ExpeditionNormal}s by id with their station, mission patches and spacewalks. */
public final class Expeditions {
  public static final String COLLECTION = "expeditions";
  public static final String SPACEWALKS = "spacewalks";

  private Expeditions() {}

  public static Map<Integer, ExpeditionNormal> byIds(DSLContext dsl, Collection<Integer> ids, Links links) {
    if (ids.isEmpty()) return Map.of();
    var rows = dsl.select(Tables.fields(Expedition.TABLE)).from(Expedition.TABLE).where(Expedition.ID.in(ids)).fetch();
    Map<Integer, SpaceStationNormal> stations =
        SpaceStations.byIds(dsl, Rows.distinct(rows, Expedition.SPACESTATION_ID), links);
    Map<Integer, List<MissionPatch>> patches = MissionPatches.ofOwners(dsl, EXPEDITION_MISSION_PATCH, ids, links);
    Map<Integer, List<SpacewalkList>> spacewalks = Rows.group(
        dsl.select(Tables.fields(Spacewalk.TABLE)).from(Spacewalk.TABLE)
            .where(Spacewalk.EXPEDITION_ID.in(ids)).orderBy(Spacewalk.ID).fetch(),
        Spacewalk.EXPEDITION_ID,
        r -> new SpacewalkList(SpacewalkList.MODE, r.get(Spacewalk.ID), links.url(SPACEWALKS, r.get(Spacewalk.ID)),
            r.get(Spacewalk.NAME), r.get(Spacewalk.START_TIME), r.get(Spacewalk.END_TIME),
            r.get(Spacewalk.DURATION), r.get(Spacewalk.LOCATION)));
    Map<Integer, ExpeditionNormal> out = new HashMap<>();
    for (Record r : rows) {
      int id = r.get(Expedition.ID);
      out.put(id, new ExpeditionNormal(id, links.url(COLLECTION, id), r.get(Expedition.NAME),
          r.get(Expedition.START_TIME), r.get(Expedition.END_TIME), ExpeditionNormal.MODE,
          Rows.lookup(stations, r.get(Expedition.SPACESTATION_ID)),
          Rows.listOf(patches, id), Rows.listOf(spacewalks, id)));
    }
    return out;
  }
}
