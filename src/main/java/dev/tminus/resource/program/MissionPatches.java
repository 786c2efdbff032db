package dev.tminus.resource.program;

import dev.tminus.api.Links;
import dev.tminus.db.Tables;
import dev.tminus.resource.Rows;
import dev.tminus.resource.agency.Agencies;
import dev.tminus.resource.agency.AgencyMini;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads {@link MissionPatch}es by id, and the patches of programs or expeditions through a join table. */
public final class MissionPatches {
  private MissionPatches() {}

  public static Map<Integer, MissionPatch> byIds(DSLContext dsl, Collection<Integer> ids, Links links) {
    if (ids.isEmpty()) return Map.of();
    var rows = dsl.select(Tables.fields(Tables.MissionPatch.TABLE)).from(Tables.MissionPatch.TABLE)
        .where(Tables.MissionPatch.ID.in(ids)).fetch();
    Map<Integer, AgencyMini> agencies = Agencies.byIds(dsl, Rows.distinct(rows, Tables.MissionPatch.AGENCY_ID), links);
    Map<Integer, MissionPatch> out = new HashMap<>();
    for (Record r : rows) {
      int id = r.get(Tables.MissionPatch.ID);
      out.put(id, new MissionPatch(id, r.get(Tables.MissionPatch.NAME), r.get(Tables.MissionPatch.PRIORITY),
          r.get(Tables.MissionPatch.IMAGE_URL), Rows.lookup(agencies, r.get(Tables.MissionPatch.AGENCY_ID)),
          MissionPatch.MODE));
    }
    return out;
  }

  /** The patches of each owner of {@code join} (a program or an expedition), by patch id. */
  public static Map<Integer, List<MissionPatch>> ofOwners(DSLContext dsl, Tables.Join<Integer> join,
      Collection<Integer> owners, Links links) {
    if (owners.isEmpty()) return Map.of();
    var rows = dsl.select(join.owner(), join.target()).from(join.table())
        .where(join.owner().in(owners)).orderBy(join.target()).fetch();
    return Rows.joined(rows, join.owner(), join.target(), byIds(dsl, Rows.distinct(rows, join.target()), links));
  }
}
