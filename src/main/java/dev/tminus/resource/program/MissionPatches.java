package dev.tminus.resource.program;

import dev.tminus.db.Tables;
import dev.tminus.resource.Rows;
import dev.tminus.resource.common.Shared;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads the {@link MissionPatch}es of programs or expeditions through a join table: one query, their agencies {@link Shared}. */
public final class MissionPatches {
  private MissionPatches() {}

  /** The patches of each owner of {@code join} (a program or an expedition), by patch id. */
  public static Supplier<Map<Integer, List<MissionPatch>>> ofOwners(DSLContext dsl, Tables.Join<Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner()).select(Tables.fields(Tables.MissionPatch.TABLE))
        .from(join.table())
        .join(Tables.MissionPatch.TABLE).on(Tables.MissionPatch.ID.eq(join.target()))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    for (Record r : rows) shared.needAgency(r.get(Tables.MissionPatch.AGENCY_ID));
    return () -> Rows.group(rows, join.owner(), r -> new MissionPatch(r.get(Tables.MissionPatch.ID),
        r.get(Tables.MissionPatch.NAME), r.get(Tables.MissionPatch.PRIORITY), r.get(Tables.MissionPatch.IMAGE_URL),
        shared.agency(r.get(Tables.MissionPatch.AGENCY_ID)), MissionPatch.MODE));
  }
}
