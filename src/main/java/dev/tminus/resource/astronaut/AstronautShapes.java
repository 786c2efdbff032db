package dev.tminus.resource.astronaut;

import static dev.tminus.db.schema.Tables.ASTRONAUT;
import static dev.tminus.db.schema.Tables.ASTRONAUT_FLIGHT;
import static dev.tminus.db.schema.Tables.ASTRONAUT_NATIONALITY;
import static dev.tminus.db.schema.Tables.ASTRONAUT_STATUS;
import static dev.tminus.db.schema.Tables.SOCIAL_MEDIA_LINK;

import dev.tminus.api.Shape;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.config.Configs;
import dev.tminus.resource.country.Countries;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.socialmedia.SocialMediaShapes;

/**
 * The shapes astronauts are embedded in elsewhere: {@link AstronautNormal} (events),
 * {@link AstronautDetailed} in an {@link AstronautFlight} (a spacecraft flight's crews). One row per
 * astronaut: a detailed copy fills in what an event's normal one lacks.
 */
public final class AstronautShapes {
  public static final Shape<AstronautStatus> STATUS = Shape.of(AstronautStatus.class, ASTRONAUT_STATUS, ASTRONAUT_STATUS.ID);

  public static final Shape<AstronautNormal> NORMAL = Shape.of(AstronautNormal.class, ASTRONAUT, ASTRONAUT.ID)
      .url(Astronauts.COLLECTION)
      .one("status", ASTRONAUT.STATUS_ID, STATUS)
      .one("agency", ASTRONAUT.AGENCY_ID, AgencyShapes.MINI)
      .one("image", ASTRONAUT.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<AstronautDetailed> DETAILED = Shape.of(AstronautDetailed.class, ASTRONAUT, ASTRONAUT.ID)
      .url(Astronauts.COLLECTION)
      .mode(AstronautDetailed.MODE)
      .one("status", ASTRONAUT.STATUS_ID, STATUS)
      .one("agency", ASTRONAUT.AGENCY_ID, AgencyShapes.MINI)
      .one("image", ASTRONAUT.IMAGE_ID, ImageShapes.IMAGE)
      .one("type", ASTRONAUT.TYPE_ID, Configs.ASTRONAUT_TYPE)
      .many("nationality", ASTRONAUT_NATIONALITY, ASTRONAUT_NATIONALITY.ASTRONAUT_ID, ASTRONAUT_NATIONALITY.COUNTRY_ID,
          Countries.COUNTRY)
      .children("social_media_links", SOCIAL_MEDIA_LINK.ASTRONAUT_ID, SocialMediaShapes.LINK, SocialMediaShapes.order());

  public static final Shape<AstronautFlight> FLIGHT = Shape.of(AstronautFlight.class, ASTRONAUT_FLIGHT, ASTRONAUT_FLIGHT.ID)
      .one("role", ASTRONAUT_FLIGHT.ROLE_ID, Configs.ASTRONAUT_ROLE)
      .one("astronaut", ASTRONAUT_FLIGHT.ASTRONAUT_ID, DETAILED);

  private AstronautShapes() {}
}
