package dev.tminus.resource.spacecraftconfig;

import static dev.tminus.db.schema.Tables.SPACECRAFT_CONFIG;
import static dev.tminus.db.schema.Tables.SPACECRAFT_CONFIGURATION_TYPE;
import static dev.tminus.db.schema.Tables.SPACECRAFT_CONFIG_FAMILY;
import static dev.tminus.db.schema.Tables.SPACECRAFT_CONFIG_FAMILY_MEMBER;

import dev.tminus.api.Shape;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.config.SpacecraftConfigType;
import dev.tminus.resource.image.ImageShapes;

/**
 * The shapes of spacecraft configurations and their families, for their own endpoints and for what
 * embeds them: an agency's {@code spacecraft_list} ({@link #DETAILED}), a docking location's
 * {@code spacecraft} ({@link #NORMAL}). A configuration's families and a family's configurations
 * are listed by id.
 */
public final class SpacecraftConfigShapes {
  public static final String COLLECTION = "spacecraft_configurations";
  public static final String FAMILIES = "spacecraft_configuration_families";

  public static final Shape<SpacecraftConfigType> TYPE =
      Shape.of(SpacecraftConfigType.class, SPACECRAFT_CONFIGURATION_TYPE, SPACECRAFT_CONFIGURATION_TYPE.ID);

  public static final Shape<SpacecraftConfigFamilyMini> FAMILY_MINI =
      Shape.of(SpacecraftConfigFamilyMini.class, SPACECRAFT_CONFIG_FAMILY, SPACECRAFT_CONFIG_FAMILY.ID)
          .mode("list");

  public static final Shape<SpacecraftConfigFamilyNormal> FAMILY_NORMAL =
      Shape.of(SpacecraftConfigFamilyNormal.class, SPACECRAFT_CONFIG_FAMILY, SPACECRAFT_CONFIG_FAMILY.ID)
          .mode("normal")
          .one("manufacturer", SPACECRAFT_CONFIG_FAMILY.MANUFACTURER_ID, AgencyShapes.MINI)
          .one("parent", SPACECRAFT_CONFIG_FAMILY.PARENT_ID, FAMILY_MINI);

  public static final Shape<SpacecraftConfigFamilyDetailed> FAMILY_DETAILED =
      Shape.of(SpacecraftConfigFamilyDetailed.class, SPACECRAFT_CONFIG_FAMILY, SPACECRAFT_CONFIG_FAMILY.ID)
          .mode("normal") // upstream's default for this schema, nested in a detailed configuration
          .one("manufacturer", SPACECRAFT_CONFIG_FAMILY.MANUFACTURER_ID, AgencyShapes.NORMAL)
          .one("parent", SPACECRAFT_CONFIG_FAMILY.PARENT_ID, FAMILY_NORMAL);

  public static final Shape<SpacecraftConfigNormal> NORMAL =
      Shape.of(SpacecraftConfigNormal.class, SPACECRAFT_CONFIG, SPACECRAFT_CONFIG.ID)
          .mode("normal")
          .url(COLLECTION)
          .one("type", SPACECRAFT_CONFIG.TYPE_ID, TYPE)
          .one("agency", SPACECRAFT_CONFIG.AGENCY_ID, AgencyShapes.MINI)
          .many("family", SPACECRAFT_CONFIG_FAMILY_MEMBER, SPACECRAFT_CONFIG_FAMILY_MEMBER.SPACECRAFT_CONFIG_ID,
              SPACECRAFT_CONFIG_FAMILY_MEMBER.FAMILY_ID, FAMILY_NORMAL)
          .one("image", SPACECRAFT_CONFIG.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<SpacecraftConfigDetailed> DETAILED =
      Shape.of(SpacecraftConfigDetailed.class, SPACECRAFT_CONFIG, SPACECRAFT_CONFIG.ID)
          .mode("detailed")
          .url(COLLECTION)
          .one("type", SPACECRAFT_CONFIG.TYPE_ID, TYPE)
          .one("agency", SPACECRAFT_CONFIG.AGENCY_ID, AgencyShapes.NORMAL)
          .many("family", SPACECRAFT_CONFIG_FAMILY_MEMBER, SPACECRAFT_CONFIG_FAMILY_MEMBER.SPACECRAFT_CONFIG_ID,
              SPACECRAFT_CONFIG_FAMILY_MEMBER.FAMILY_ID, FAMILY_DETAILED)
          .one("image", SPACECRAFT_CONFIG.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<SpacecraftConfigFamilyEndpointDetailed> FAMILY_ENDPOINT_DETAILED =
      Shape.of(SpacecraftConfigFamilyEndpointDetailed.class, SPACECRAFT_CONFIG_FAMILY, SPACECRAFT_CONFIG_FAMILY.ID)
          .mode("detailed")
          .one("manufacturer", SPACECRAFT_CONFIG_FAMILY.MANUFACTURER_ID, AgencyShapes.NORMAL)
          .one("parent", SPACECRAFT_CONFIG_FAMILY.PARENT_ID, FAMILY_NORMAL)
          .many("spacecraft", SPACECRAFT_CONFIG_FAMILY_MEMBER, SPACECRAFT_CONFIG_FAMILY_MEMBER.FAMILY_ID,
              SPACECRAFT_CONFIG_FAMILY_MEMBER.SPACECRAFT_CONFIG_ID, NORMAL);

  private SpacecraftConfigShapes() {}
}
