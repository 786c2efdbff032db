package dev.tminus.resource.agency;

import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.AGENCY_COUNTRY;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import dev.tminus.resource.country.Countries;
import dev.tminus.resource.image.ImageShapes;

/** The shapes agencies are embedded in elsewhere: {@link AgencyMini} (events, programs), {@link AgencyNormal} (pads). */
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

  private AgencyShapes() {}
}
