package dev.tminus.resource.expedition;

import static dev.tminus.db.schema.Tables.EXPEDITION;
import static dev.tminus.db.schema.Tables.EXPEDITION_MISSION_PATCH;
import static dev.tminus.db.schema.Tables.SPACEWALK;

import dev.tminus.api.Shape;
import dev.tminus.resource.program.ProgramShapes;
import dev.tminus.resource.spacestation.SpaceStationShapes;

/**
 * The shapes expeditions and their spacewalks are embedded in elsewhere: {@link ExpeditionNormal}
 * (events), {@link SpacewalkList} (an expedition's spacewalks). A spacewalk is an object of its own
 * that points to its expedition: importing an expedition upserts the spacewalks it lists.
 */
public final class ExpeditionShapes {
  public static final Shape<SpacewalkList> SPACEWALK_LIST = Shape.of(SpacewalkList.class, SPACEWALK, SPACEWALK.ID)
      .mode(SpacewalkList.MODE)
      .url(Expeditions.SPACEWALKS)
      .column("start", SPACEWALK.START_TIME)
      .column("end", SPACEWALK.END_TIME);

  public static final Shape<ExpeditionNormal> NORMAL = Shape.of(ExpeditionNormal.class, EXPEDITION, EXPEDITION.ID)
      .url(Expeditions.COLLECTION)
      .mode(ExpeditionNormal.MODE)
      .column("start", EXPEDITION.START_TIME)
      .column("end", EXPEDITION.END_TIME)
      .one("spacestation", EXPEDITION.SPACESTATION_ID, SpaceStationShapes.NORMAL)
      .many("mission_patches", EXPEDITION_MISSION_PATCH, EXPEDITION_MISSION_PATCH.EXPEDITION_ID,
          EXPEDITION_MISSION_PATCH.MISSION_PATCH_ID, ProgramShapes.MISSION_PATCH_SHAPE)
      .referencedBy("spacewalks", SPACEWALK.EXPEDITION_ID, SPACEWALK_LIST, SPACEWALK.ID.asc());

  private ExpeditionShapes() {}
}
