package dev.tminus.resource.agency;

import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.AGENCY_COUNTRY;
import static dev.tminus.db.schema.Tables.SOCIAL_MEDIA_LINK;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import dev.tminus.resource.country.Countries;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.socialmedia.SocialMediaShapes;

/**
 * The shapes agencies are embedded in elsewhere: {@link AgencyMini} (events, programs),
 * {@link AgencyNormal} (pads, spacecraft configurations), {@link AgencyDetailed} (a launcher
 * configuration's or a family's manufacturer, a payload's operator).
 */
public final class AgencyShapes {
  public static final Shape<AgencyType> TYPE = Shape.of(AgencyType.class, Tables.AGENCY_TYPE, Tables.AGENCY_TYPE.ID);

  public static final Shape<AgencyMini> MINI = Shape.of(AgencyMini.class, AGENCY, AGENCY.ID)
      .mode(AgencyMini.MODE)
      .url(Agencies.COLLECTION)
      .one("type", AGENCY.TYPE_ID, TYPE);

  public static final Shape<AgencyNormal> NORMAL = Shape.of(AgencyNormal.class, AGENCY, AGENCY.ID)
      .mode("normal")
      .url(Agencies.COLLECTION)
      .one("type", AGENCY.TYPE_ID, TYPE)
      .many("country", AGENCY_COUNTRY, AGENCY_COUNTRY.AGENCY_ID, AGENCY_COUNTRY.COUNTRY_ID, Countries.COUNTRY)
      .one("image", AGENCY.IMAGE_ID, ImageShapes.IMAGE)
      .one("logo", AGENCY.LOGO_ID, ImageShapes.IMAGE)
      .one("social_logo", AGENCY.SOCIAL_LOGO_ID, ImageShapes.IMAGE);

  // Nested, upstream's AgencyDetailed says "normal" (its schema's default, and what the samples show
  // for a configuration's or a family's manufacturer and a payload's operator), though it carries the
  // detailed fields that the "normal" of PolymorphicAgencyEndpoint (AgencyNormal) lacks.
  public static final Shape<AgencyDetailed> DETAILED = Shape.of(AgencyDetailed.class, AGENCY, AGENCY.ID)
      .mode("normal")
      .url(Agencies.COLLECTION)
      .one("type", AGENCY.TYPE_ID, TYPE)
      .many("country", AGENCY_COUNTRY, AGENCY_COUNTRY.AGENCY_ID, AGENCY_COUNTRY.COUNTRY_ID, Countries.COUNTRY)
      .one("image", AGENCY.IMAGE_ID, ImageShapes.IMAGE)
      .one("logo", AGENCY.LOGO_ID, ImageShapes.IMAGE)
      .one("social_logo", AGENCY.SOCIAL_LOGO_ID, ImageShapes.IMAGE)
      .children("social_media_links", SOCIAL_MEDIA_LINK.AGENCY_ID, SocialMediaShapes.LINK, SocialMediaShapes.order());

  private AgencyShapes() {}
}
