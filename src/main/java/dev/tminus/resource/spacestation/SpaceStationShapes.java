package dev.tminus.resource.spacestation;

import static dev.tminus.db.schema.Tables.SPACE_STATION;
import static dev.tminus.db.schema.Tables.SPACE_STATION_STATUS;
import static dev.tminus.db.schema.Tables.SPACE_STATION_TYPE;

import dev.tminus.api.Shape;
import dev.tminus.resource.image.ImageShapes;

/**
 * The shapes space stations are embedded in elsewhere: {@link SpaceStationNormal} (events,
 * expeditions), {@link SpaceStationMini} (docking locations).
 */
public final class SpaceStationShapes {
  public static final Shape<SpaceStationStatus> STATUS =
      Shape.of(SpaceStationStatus.class, SPACE_STATION_STATUS, SPACE_STATION_STATUS.ID);

  public static final Shape<SpaceStationType> TYPE =
      Shape.of(SpaceStationType.class, SPACE_STATION_TYPE, SPACE_STATION_TYPE.ID);

  public static final Shape<SpaceStationNormal> NORMAL = Shape.of(SpaceStationNormal.class, SPACE_STATION,
      SPACE_STATION.ID)
      .url(SpaceStations.COLLECTION)
      .one("image", SPACE_STATION.IMAGE_ID, ImageShapes.IMAGE)
      .one("status", SPACE_STATION.STATUS_ID, STATUS)
      .one("type", SPACE_STATION.TYPE_ID, TYPE);

  public static final Shape<SpaceStationMini> MINI = Shape.of(SpaceStationMini.class, SPACE_STATION, SPACE_STATION.ID)
      .url(SpaceStations.COLLECTION)
      .one("image", SPACE_STATION.IMAGE_ID, ImageShapes.IMAGE);

  private SpaceStationShapes() {}
}
