package dev.tminus.resource.program;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.PROGRAM_AGENCY;
import static dev.tminus.db.Tables.PROGRAM_MISSION_PATCH;
import static dev.tminus.db.Tables.PROGRAM_TYPE;

import dev.tminus.db.Tables.Program;
import dev.tminus.resource.Rows;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.common.Shared;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads the {@link ProgramNormal}s of owners through a join table, with their mission patches; their
 * agencies (by id) and images are {@link Shared}.
 */
public final class Programs {
  public static final String COLLECTION = "programs";

  private Programs() {}

  /** The programs of each owner of {@code join} (an event), ordered by program id. */
  public static Supplier<Map<Integer, List<ProgramNormal>>> ofOwners(DSLContext dsl, Tables.Join<Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner()).select(Tables.fields(Program.TABLE)).select(PROGRAM_TYPE.id(), PROGRAM_TYPE.name())
        .from(join.table())
        .join(Program.TABLE).on(Program.ID.eq(join.target()))
        .leftJoin(PROGRAM_TYPE.table()).on(PROGRAM_TYPE.id().eq(Program.TYPE_ID))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    if (rows.isEmpty()) return Map::of;
    for (Record r : rows) shared.needImage(r.get(Program.IMAGE_ID));
    Set<Integer> ids = Rows.distinct(rows, Program.ID);
    var agencies = shared.agenciesOf(dsl, PROGRAM_AGENCY, ids);
    var patches = MissionPatches.ofOwners(dsl, PROGRAM_MISSION_PATCH, ids, shared);
    return () -> {
      Map<Integer, List<AgencyMini>> agenciesById = agencies.get();
      Map<Integer, List<MissionPatch>> patchesById = patches.get();
      return Rows.group(rows, join.owner(), r -> {
        int id = r.get(Program.ID);
        Integer typeId = r.get(PROGRAM_TYPE.id());
        return new ProgramNormal(ProgramNormal.MODE, id, shared.links().url(COLLECTION, id), r.get(Program.NAME),
            shared.image(r.get(Program.IMAGE_ID)), r.get(Program.INFO_URL), r.get(Program.WIKI_URL),
            r.get(Program.DESCRIPTION), Rows.listOf(agenciesById, id), r.get(Program.START_DATE),
            r.get(Program.END_DATE), Rows.listOf(patchesById, id),
            typeId == null ? null : new ProgramType(typeId, r.get(PROGRAM_TYPE.name())));
      });
    };
  }
}
