package dev.tminus.resource.program;

import static dev.tminus.db.schema.Tables.MISSION_PATCH;

import dev.tminus.db.Join;
import dev.tminus.api.Rows;
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
  public static Supplier<Map<Integer, List<MissionPatch>>> ofOwners(DSLContext dsl, Join<Integer, Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner()).select(MISSION_PATCH.fields())
        .from(join.table())
        .join(MISSION_PATCH).on(MISSION_PATCH.ID.eq(join.target()))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    for (Record r : rows) shared.needAgency(r.get(MISSION_PATCH.AGENCY_ID));
    return () -> Rows.group(rows, join.owner(), r -> new MissionPatch(r.get(MISSION_PATCH.ID),
        r.get(MISSION_PATCH.NAME), r.get(MISSION_PATCH.PRIORITY), r.get(MISSION_PATCH.IMAGE_URL),
        shared.agency(r.get(MISSION_PATCH.AGENCY_ID)), MissionPatch.MODE));
  }
}
