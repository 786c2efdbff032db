package dev.tminus.resource.program;

import static dev.tminus.db.schema.Tables.MISSION_PATCH;
import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.PROGRAM_AGENCY;
import static dev.tminus.db.schema.Tables.PROGRAM_MISSION_PATCH;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.image.ImageShapes;

/** The shapes of programs ({@code /2.3.0/programs/}) and of the mission patches they carry. */
public final class ProgramShapes {
  public static final Shape<ProgramType> TYPE = Shape.of(ProgramType.class, Tables.PROGRAM_TYPE, Tables.PROGRAM_TYPE.ID);

  public static final Shape<MissionPatch> MISSION_PATCH_SHAPE = Shape.of(MissionPatch.class, MISSION_PATCH, MISSION_PATCH.ID)
      .mode(MissionPatch.MODE)
      .one("agency", MISSION_PATCH.AGENCY_ID, AgencyShapes.MINI);

  public static final Shape<ProgramMini> MINI = Shape.of(ProgramMini.class, PROGRAM, PROGRAM.ID)
      .mode("list")
      .url(Programs.COLLECTION)
      .one("image", PROGRAM.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<ProgramNormal> NORMAL = Shape.of(ProgramNormal.class, PROGRAM, PROGRAM.ID)
      .mode(ProgramNormal.MODE)
      .url(Programs.COLLECTION)
      .one("image", PROGRAM.IMAGE_ID, ImageShapes.IMAGE)
      .many("agencies", PROGRAM_AGENCY, PROGRAM_AGENCY.PROGRAM_ID, PROGRAM_AGENCY.AGENCY_ID, AgencyShapes.MINI)
      .many("mission_patches", PROGRAM_MISSION_PATCH, PROGRAM_MISSION_PATCH.PROGRAM_ID,
          PROGRAM_MISSION_PATCH.MISSION_PATCH_ID, MISSION_PATCH_SHAPE)
      .one("type", PROGRAM.TYPE_ID, TYPE);

  private ProgramShapes() {}
}
