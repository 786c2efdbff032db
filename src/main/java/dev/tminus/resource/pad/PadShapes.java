package dev.tminus.resource.pad;

import static dev.tminus.db.schema.Tables.PAD;
import static dev.tminus.db.schema.Tables.PAD_AGENCY;

import dev.tminus.api.Shape;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.country.Countries;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.location.LocationShapes;

/** The shapes of pads: {@code /2.3.0/pads/} ({@link Pad}) and a location's pads ({@link PadSerializerNoLocation}). */
public final class PadShapes {
  public static final Shape<PadSerializerNoLocation> NO_LOCATION = Shape.of(PadSerializerNoLocation.class, PAD, PAD.ID)
      .url(Pads.COLLECTION)
      .many("agencies", PAD_AGENCY, PAD_AGENCY.PAD_ID, PAD_AGENCY.AGENCY_ID, AgencyShapes.MINI)
      .one("image", PAD.IMAGE_ID, ImageShapes.IMAGE)
      .one("country", PAD.COUNTRY_ID, Countries.COUNTRY);

  public static final Shape<Pad> PAD_SHAPE = Shape.of(Pad.class, PAD, PAD.ID)
      .url(Pads.COLLECTION)
      .many("agencies", PAD_AGENCY, PAD_AGENCY.PAD_ID, PAD_AGENCY.AGENCY_ID, AgencyShapes.NORMAL)
      .one("image", PAD.IMAGE_ID, ImageShapes.IMAGE)
      .one("country", PAD.COUNTRY_ID, Countries.COUNTRY)
      .one("location", PAD.LOCATION_ID, LocationShapes.LOCATION_NORMAL);

  private PadShapes() {}
}
