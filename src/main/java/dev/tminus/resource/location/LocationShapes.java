package dev.tminus.resource.location;

import static dev.tminus.db.schema.Tables.LOCATION;

import dev.tminus.api.Shape;
import dev.tminus.resource.celestialbody.CelestialBodyShapes;
import dev.tminus.resource.country.Countries;
import dev.tminus.resource.image.ImageShapes;

/** The shapes locations are embedded in elsewhere: in pads, celestial bodies and landing locations. */
public final class LocationShapes {
  /** {@code /2.3.0/locations/} in normal mode, and a pad's location. */
  public static final Shape<Location> LOCATION_NORMAL = Shape.of(Location.class, LOCATION, LOCATION.ID)
      .mode("normal")
      .url(Locations.COLLECTION)
      .one("celestial_body", LOCATION.CELESTIAL_BODY_ID, CelestialBodyShapes.DETAILED)
      .one("country", LOCATION.COUNTRY_ID, Countries.COUNTRY)
      .one("image", LOCATION.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<LocationSerializerNoCelestialBody> NO_CELESTIAL_BODY =
      Shape.of(LocationSerializerNoCelestialBody.class, LOCATION, LOCATION.ID)
          .mode("normal")
          .url(Locations.COLLECTION)
          .one("country", LOCATION.COUNTRY_ID, Countries.COUNTRY)
          .one("image", LOCATION.IMAGE_ID, ImageShapes.IMAGE);

  private LocationShapes() {}
}
