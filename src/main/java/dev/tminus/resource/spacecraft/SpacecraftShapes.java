package dev.tminus.resource.spacecraft;

import static dev.tminus.db.schema.Tables.SPACECRAFT;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT;

import dev.tminus.api.Mode;
import dev.tminus.api.Shape;
import dev.tminus.resource.config.Configs;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigShapes;
import org.jooq.SortField;

/**
 * The shapes of spacecraft, for the flights that nest them: a detailed rocket's flights
 * ({@code spacecraft_stage}) nest {@link #DETAILED}, a docking event's target flight {@link #NORMAL}.
 * The flights' shapes are declared with the launches' ({@code LaunchShapes}), as they nest launches.
 * Their own collections ({@code /2.3.0/spacecraft/}, {@code /2.3.0/spacecraft/flights/}) are not
 * served yet; their urls point where LL2 serves them.
 */
public final class SpacecraftShapes {
  public static final String COLLECTION = "spacecraft";
  public static final String FLIGHTS = "spacecraft/flights";
  /** Where LL2 serves docking events, which tminus does not serve yet. */
  public static final String DOCKING_EVENTS = "docking_events";

  public static final Shape<SpacecraftDetailed> DETAILED = Shape.of(SpacecraftDetailed.class, SPACECRAFT, SPACECRAFT.ID)
      .mode(SpacecraftDetailed.MODE)
      .url(COLLECTION)
      .one("image", SPACECRAFT.IMAGE_ID, ImageShapes.IMAGE)
      .one("status", SPACECRAFT.STATUS_ID, Configs.SPACECRAFT_STATUS)
      .one("spacecraft_config", SPACECRAFT.SPACECRAFT_CONFIG_ID, SpacecraftConfigShapes.DETAILED);

  /** A spacecraft as a docking event's target flight nests it: its configuration in normal mode. */
  public static final Shape<SpacecraftNormal> NORMAL = Shape.of(SpacecraftNormal.class, SPACECRAFT, SPACECRAFT.ID)
      .mode(Mode.NORMAL.wire())
      .url(COLLECTION)
      .one("image", SPACECRAFT.IMAGE_ID, ImageShapes.IMAGE)
      .one("status", SPACECRAFT.STATUS_ID, Configs.SPACECRAFT_STATUS)
      .one("spacecraft_config", SPACECRAFT.SPACECRAFT_CONFIG_ID, SpacecraftConfigShapes.NORMAL);


  private SpacecraftShapes() {}

  /** A rocket's flights by id: the order upstream adds them (LL2 documents none). */
  public static SortField<?>[] order() {
    return new SortField<?>[] {SPACECRAFT_FLIGHT.ID.asc()};
  }
}
