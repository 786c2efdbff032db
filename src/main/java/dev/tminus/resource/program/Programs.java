package dev.tminus.resource.program;

import dev.tminus.db.Tables;
import static dev.tminus.db.Tables.PROGRAM_AGENCY;
import static dev.tminus.db.Tables.PROGRAM_MISSION_PATCH;
import static dev.tminus.db.Tables.PROGRAM_TYPE;

import dev.tminus.api.Links;
import dev.tminus.db.Tables.Program;
import dev.tminus.resource.Rows;
import dev.tminus.resource.agency.Agencies;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.Images;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads {@link ProgramNormal}s by id with their agencies (by id), mission patches and image. */
public final class Programs {
  public static final String COLLECTION = "programs";

  private Programs() {}

  public static Map<Integer, ProgramNormal> byIds(DSLContext dsl, Collection<Integer> ids, Links links) {
    if (ids.isEmpty()) return Map.of();
    var rows = dsl.select(Tables.fields(Program.TABLE)).select(PROGRAM_TYPE.id(), PROGRAM_TYPE.name())
        .from(Program.TABLE)
        .leftJoin(PROGRAM_TYPE.table()).on(PROGRAM_TYPE.id().eq(Program.TYPE_ID))
        .where(Program.ID.in(ids))
        .fetch();
    var agencyRows = dsl.select(PROGRAM_AGENCY.owner(), PROGRAM_AGENCY.target()).from(PROGRAM_AGENCY.table())
        .where(PROGRAM_AGENCY.owner().in(ids)).orderBy(PROGRAM_AGENCY.target()).fetch();
    Map<Integer, List<AgencyMini>> agencies = Rows.joined(agencyRows, PROGRAM_AGENCY.owner(), PROGRAM_AGENCY.target(),
        Agencies.byIds(dsl, Rows.distinct(agencyRows, PROGRAM_AGENCY.target()), links));
    Map<Integer, List<MissionPatch>> patches = MissionPatches.ofOwners(dsl, PROGRAM_MISSION_PATCH, ids, links);
    Map<Integer, Image> images = Images.byIds(dsl, Rows.distinct(rows, Program.IMAGE_ID));
    Map<Integer, ProgramNormal> out = new HashMap<>();
    for (Record r : rows) {
      int id = r.get(Program.ID);
      Integer typeId = r.get(PROGRAM_TYPE.id());
      out.put(id, new ProgramNormal(ProgramNormal.MODE, id, links.url(COLLECTION, id), r.get(Program.NAME),
          Rows.lookup(images, r.get(Program.IMAGE_ID)), r.get(Program.INFO_URL), r.get(Program.WIKI_URL),
          r.get(Program.DESCRIPTION), Rows.listOf(agencies, id), r.get(Program.START_DATE), r.get(Program.END_DATE),
          Rows.listOf(patches, id), typeId == null ? null : new ProgramType(typeId, r.get(PROGRAM_TYPE.name()))));
    }
    return out;
  }
}
