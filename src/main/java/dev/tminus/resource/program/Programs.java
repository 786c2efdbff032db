package dev.tminus.resource.program;

import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.PROGRAM_TYPE;

import dev.tminus.db.Join;
import dev.tminus.api.Rows;
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

  /** {@code /2.3.0/programs/}: list and normal; the help text declares no filters, search or ordering. */
  public static dev.tminus.api.Resource<Integer> resource() {
    return dev.tminus.api.Resource.<Integer>named(COLLECTION, "Program")
        .table(dev.tminus.db.schema.Tables.PROGRAM, dev.tminus.db.schema.Tables.PROGRAM.ID,
            dev.tminus.api.Resource::integerId)
        .polymorphic("ProgramEndpoint")
        .mode(dev.tminus.api.Mode.LIST, ProgramShapes.MINI)
        .mode(dev.tminus.api.Mode.NORMAL, ProgramShapes.NORMAL)
        .defaultOrdering(dev.tminus.db.schema.Tables.PROGRAM.ID.asc())
        .validate();
  }

  /** The programs of each owner of {@code join} (an event), ordered by program id. */
  public static Supplier<Map<Integer, List<ProgramNormal>>> ofOwners(DSLContext dsl, Join<Integer, Integer> join,
      Collection<Integer> owners, Shared shared) {
    if (owners.isEmpty()) return Map::of;
    var rows = dsl.select(join.owner()).select(PROGRAM.fields()).select(PROGRAM_TYPE.ID, PROGRAM_TYPE.NAME)
        .from(join.table())
        .join(PROGRAM).on(PROGRAM.ID.eq(join.target()))
        .leftJoin(PROGRAM_TYPE).on(PROGRAM_TYPE.ID.eq(PROGRAM.TYPE_ID))
        .where(join.owner().in(owners))
        .orderBy(join.owner(), join.target())
        .fetch();
    if (rows.isEmpty()) return Map::of;
    for (Record r : rows) shared.needImage(r.get(PROGRAM.IMAGE_ID));
    Set<Integer> ids = Rows.distinct(rows, PROGRAM.ID);
    var agencies = shared.agenciesOf(dsl, Join.PROGRAM_AGENCIES, ids);
    var patches = MissionPatches.ofOwners(dsl, Join.PROGRAM_MISSION_PATCHES, ids, shared);
    return () -> {
      Map<Integer, List<AgencyMini>> agenciesById = agencies.get();
      Map<Integer, List<MissionPatch>> patchesById = patches.get();
      return Rows.group(rows, join.owner(), r -> {
        int id = r.get(PROGRAM.ID);
        Integer typeId = r.get(PROGRAM_TYPE.ID);
        return new ProgramNormal(ProgramNormal.MODE, id, shared.links().url(COLLECTION, id), r.get(PROGRAM.NAME),
            shared.image(r.get(PROGRAM.IMAGE_ID)), r.get(PROGRAM.INFO_URL), r.get(PROGRAM.WIKI_URL),
            r.get(PROGRAM.DESCRIPTION), Rows.listOf(agenciesById, id), r.get(PROGRAM.START_DATE),
            r.get(PROGRAM.END_DATE), Rows.listOf(patchesById, id),
            typeId == null ? null : new ProgramType(typeId, r.get(PROGRAM_TYPE.NAME)));
      });
    };
  }
}
