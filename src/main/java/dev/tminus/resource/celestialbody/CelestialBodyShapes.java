package dev.tminus.resource.celestialbody;

import static dev.tminus.db.schema.Tables.CELESTIAL_BODY;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import dev.tminus.resource.config.CelestialBodyType;
import dev.tminus.resource.image.ImageShapes;

/** The shapes celestial bodies are embedded in elsewhere: in orbits, landing locations and locations. */
public final class CelestialBodyShapes {
  public static final Shape<CelestialBodyType> TYPE =
      Shape.of(CelestialBodyType.class, Tables.CELESTIAL_BODY_TYPE, Tables.CELESTIAL_BODY_TYPE.ID);

  public static final Shape<CelestialBodyMini> MINI = Shape.of(CelestialBodyMini.class, CELESTIAL_BODY, CELESTIAL_BODY.ID)
      .mode("list");

  public static final Shape<CelestialBodyNormal> NORMAL =
      Shape.of(CelestialBodyNormal.class, CELESTIAL_BODY, CELESTIAL_BODY.ID)
          .mode("normal")
          .one("type", CELESTIAL_BODY.TYPE_ID, TYPE)
          .one("image", CELESTIAL_BODY.IMAGE_ID, ImageShapes.IMAGE);

  /** A location's celestial body, with its counters; upstream writes it in "normal" response mode. */
  public static final Shape<CelestialBodyDetailed> DETAILED =
      Shape.of(CelestialBodyDetailed.class, CELESTIAL_BODY, CELESTIAL_BODY.ID)
          .mode("normal")
          .one("type", CELESTIAL_BODY.TYPE_ID, TYPE)
          .one("image", CELESTIAL_BODY.IMAGE_ID, ImageShapes.IMAGE);

  private CelestialBodyShapes() {}
}
