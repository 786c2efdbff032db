package dev.tminus.resource.astronaut;

import static dev.tminus.db.schema.Tables.ASTRONAUT;
import static dev.tminus.db.schema.Tables.ASTRONAUT_STATUS;

import dev.tminus.api.Shape;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.image.ImageShapes;

/** The shapes astronauts are embedded in elsewhere: {@link AstronautNormal} (events). */
public final class AstronautShapes {
  public static final Shape<AstronautStatus> STATUS = Shape.of(AstronautStatus.class, ASTRONAUT_STATUS, ASTRONAUT_STATUS.ID);

  public static final Shape<AstronautNormal> NORMAL = Shape.of(AstronautNormal.class, ASTRONAUT, ASTRONAUT.ID)
      .url(Astronauts.COLLECTION)
      .one("status", ASTRONAUT.STATUS_ID, STATUS)
      .one("agency", ASTRONAUT.AGENCY_ID, AgencyShapes.MINI)
      .one("image", ASTRONAUT.IMAGE_ID, ImageShapes.IMAGE);

  private AstronautShapes() {}
}
