package dev.tminus.resource.launcher;

import static dev.tminus.db.schema.Tables.LAUNCHER;
import static dev.tminus.db.schema.Tables.LAUNCHER_STATUS;

import dev.tminus.api.Shape;
import dev.tminus.resource.config.LauncherStatus;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.launcherconfig.LauncherConfigShapes;

/** The shapes of launchers, for {@code /2.3.0/launchers/} and for a launch's stages that embed them. */
public final class LauncherShapes {
  public static final String COLLECTION = "launchers";

  public static final Shape<LauncherStatus> STATUS = Shape.of(LauncherStatus.class, LAUNCHER_STATUS, LAUNCHER_STATUS.ID);

  public static final Shape<LauncherMini> MINI = Shape.of(LauncherMini.class, LAUNCHER, LAUNCHER.ID)
      .mode("list")
      .url(COLLECTION)
      .one("status", LAUNCHER.STATUS_ID, STATUS)
      .one("image", LAUNCHER.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<LauncherNormal> NORMAL = Shape.of(LauncherNormal.class, LAUNCHER, LAUNCHER.ID)
      .mode("normal")
      .url(COLLECTION)
      .one("status", LAUNCHER.STATUS_ID, STATUS)
      .one("image", LAUNCHER.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<LauncherDetailed> DETAILED = Shape.of(LauncherDetailed.class, LAUNCHER, LAUNCHER.ID)
      .mode("detailed")
      .url(COLLECTION)
      .one("status", LAUNCHER.STATUS_ID, STATUS)
      .one("image", LAUNCHER.IMAGE_ID, ImageShapes.IMAGE)
      .one("launcher_config", LAUNCHER.LAUNCHER_CONFIG_ID, LauncherConfigShapes.LIST);

  private LauncherShapes() {}
}
