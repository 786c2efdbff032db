package dev.tminus.resource.launch;

import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.LAUNCH_STATUS;

import dev.tminus.api.Shape;
import dev.tminus.resource.common.Precisions;
import dev.tminus.resource.image.ImageShapes;

/** The shapes launches are embedded in elsewhere: {@link LaunchBasic} (events). Launch ids are UUIDs. */
public final class LaunchShapes {
  public static final Shape<LaunchStatus> STATUS = Shape.of(LaunchStatus.class, LAUNCH_STATUS, LAUNCH_STATUS.ID);

  public static final Shape<LaunchBasic> BASIC = Shape.of(LaunchBasic.class, LAUNCH, LAUNCH.ID)
      .url(Launches.COLLECTION)
      .mode(LaunchBasic.MODE)
      .one("status", LAUNCH.STATUS_ID, STATUS)
      .one("net_precision", LAUNCH.NET_PRECISION_ID, Precisions.NET_PRECISION)
      .one("image", LAUNCH.IMAGE_ID, ImageShapes.IMAGE);

  private LaunchShapes() {}
}
