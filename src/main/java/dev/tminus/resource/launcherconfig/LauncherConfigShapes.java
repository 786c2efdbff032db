package dev.tminus.resource.launcherconfig;

import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG_FAMILY;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG_FAMILY_MANUFACTURER;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG_FAMILY_MEMBER;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG_PROGRAM;

import dev.tminus.api.Shape;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.program.ProgramShapes;

/**
 * The shapes of launcher configurations and their families, for their own endpoints and for what
 * embeds them: a launch's {@code rocket.configuration} ({@link #LIST} in lists, {@link #DETAILED}
 * in details) and an agency's {@code launcher_list} ({@link #NO_MANUFACTURER}). Families, programs
 * and a family's manufacturers are listed by id, as upstream lists them.
 */
public final class LauncherConfigShapes {
  public static final String COLLECTION = "launcher_configurations";
  public static final String FAMILIES = "launcher_configuration_families";

  public static final Shape<LauncherConfigFamilyMini> FAMILY_MINI =
      Shape.of(LauncherConfigFamilyMini.class, LAUNCHER_CONFIG_FAMILY, LAUNCHER_CONFIG_FAMILY.ID)
          .mode("list");

  public static final Shape<LauncherConfigFamilyNormal> FAMILY_NORMAL =
      Shape.of(LauncherConfigFamilyNormal.class, LAUNCHER_CONFIG_FAMILY, LAUNCHER_CONFIG_FAMILY.ID)
          .mode("normal")
          .many("manufacturer", LAUNCHER_CONFIG_FAMILY_MANUFACTURER, LAUNCHER_CONFIG_FAMILY_MANUFACTURER.FAMILY_ID,
              LAUNCHER_CONFIG_FAMILY_MANUFACTURER.AGENCY_ID, AgencyShapes.NORMAL)
          .one("parent", LAUNCHER_CONFIG_FAMILY.PARENT_ID, FAMILY_MINI);

  public static final Shape<LauncherConfigFamilyDetailed> FAMILY_DETAILED =
      Shape.of(LauncherConfigFamilyDetailed.class, LAUNCHER_CONFIG_FAMILY, LAUNCHER_CONFIG_FAMILY.ID)
          .mode("detailed")
          .many("manufacturer", LAUNCHER_CONFIG_FAMILY_MANUFACTURER, LAUNCHER_CONFIG_FAMILY_MANUFACTURER.FAMILY_ID,
              LAUNCHER_CONFIG_FAMILY_MANUFACTURER.AGENCY_ID, AgencyShapes.DETAILED)
          .one("parent", LAUNCHER_CONFIG_FAMILY.PARENT_ID, FAMILY_NORMAL);

  public static final Shape<LauncherConfigList> LIST = Shape.of(LauncherConfigList.class, LAUNCHER_CONFIG, LAUNCHER_CONFIG.ID)
      .mode("list")
      .url(COLLECTION)
      .many("families", LAUNCHER_CONFIG_FAMILY_MEMBER, LAUNCHER_CONFIG_FAMILY_MEMBER.LAUNCHER_CONFIG_ID,
          LAUNCHER_CONFIG_FAMILY_MEMBER.FAMILY_ID, FAMILY_MINI);

  public static final Shape<LauncherConfigNormal> NORMAL =
      Shape.of(LauncherConfigNormal.class, LAUNCHER_CONFIG, LAUNCHER_CONFIG.ID)
          .mode("normal")
          .url(COLLECTION)
          .many("families", LAUNCHER_CONFIG_FAMILY_MEMBER, LAUNCHER_CONFIG_FAMILY_MEMBER.LAUNCHER_CONFIG_ID,
              LAUNCHER_CONFIG_FAMILY_MEMBER.FAMILY_ID, FAMILY_NORMAL)
          .one("manufacturer", LAUNCHER_CONFIG.MANUFACTURER_ID, AgencyShapes.NORMAL)
          .many("program", LAUNCHER_CONFIG_PROGRAM, LAUNCHER_CONFIG_PROGRAM.LAUNCHER_CONFIG_ID,
              LAUNCHER_CONFIG_PROGRAM.PROGRAM_ID, ProgramShapes.NORMAL)
          .one("image", LAUNCHER_CONFIG.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<LauncherConfigDetailed> DETAILED =
      Shape.of(LauncherConfigDetailed.class, LAUNCHER_CONFIG, LAUNCHER_CONFIG.ID)
          .mode("detailed")
          .url(COLLECTION)
          .many("families", LAUNCHER_CONFIG_FAMILY_MEMBER, LAUNCHER_CONFIG_FAMILY_MEMBER.LAUNCHER_CONFIG_ID,
              LAUNCHER_CONFIG_FAMILY_MEMBER.FAMILY_ID, FAMILY_DETAILED)
          .one("manufacturer", LAUNCHER_CONFIG.MANUFACTURER_ID, AgencyShapes.DETAILED)
          .many("program", LAUNCHER_CONFIG_PROGRAM, LAUNCHER_CONFIG_PROGRAM.LAUNCHER_CONFIG_ID,
              LAUNCHER_CONFIG_PROGRAM.PROGRAM_ID, ProgramShapes.NORMAL)
          .one("image", LAUNCHER_CONFIG.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<LauncherConfigDetailedSerializerNoManufacturer> NO_MANUFACTURER =
      Shape.of(LauncherConfigDetailedSerializerNoManufacturer.class, LAUNCHER_CONFIG, LAUNCHER_CONFIG.ID)
          .mode("detailed")
          .url(COLLECTION)
          .many("families", LAUNCHER_CONFIG_FAMILY_MEMBER, LAUNCHER_CONFIG_FAMILY_MEMBER.LAUNCHER_CONFIG_ID,
              LAUNCHER_CONFIG_FAMILY_MEMBER.FAMILY_ID, FAMILY_DETAILED)
          .many("program", LAUNCHER_CONFIG_PROGRAM, LAUNCHER_CONFIG_PROGRAM.LAUNCHER_CONFIG_ID,
              LAUNCHER_CONFIG_PROGRAM.PROGRAM_ID, ProgramShapes.NORMAL)
          .one("image", LAUNCHER_CONFIG.IMAGE_ID, ImageShapes.IMAGE);

  private LauncherConfigShapes() {}
}
