package dev.tminus.resource.celestialbody;

import static dev.tminus.db.schema.Tables.CELESTIAL_BODY;
import static dev.tminus.db.schema.Tables.CELESTIAL_BODY_TYPE;
import static dev.tminus.db.schema.Tables.LOCATION;

import dev.tminus.api.Mode;
import dev.tminus.api.Shape;
import dev.tminus.api.Resource;
import dev.tminus.api.Search;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.location.LocationShapes;

/** {@code /2.3.0/celestial_bodies/}: list, normal and detailed (with the body's locations). */
public final class CelestialBodies {
  public static final String COLLECTION = "celestial_bodies";

  static final Shape<CelestialBodyEndpointDetailed> ENDPOINT_DETAILED =
      Shape.of(CelestialBodyEndpointDetailed.class, CELESTIAL_BODY, CELESTIAL_BODY.ID)
          .mode("detailed")
          .one("type", CELESTIAL_BODY.TYPE_ID, CelestialBodyShapes.TYPE)
          .one("image", CELESTIAL_BODY.IMAGE_ID, ImageShapes.IMAGE)
          .referencedBy("locations", LOCATION.CELESTIAL_BODY_ID, LocationShapes.NO_CELESTIAL_BODY, LOCATION.ID.asc());

  private CelestialBodies() {}

  public static Resource<Integer> resource() {
    return Resource.<Integer>named(COLLECTION, "CelestialBody")
        .table(CELESTIAL_BODY, CELESTIAL_BODY.ID, Resource::integerId)
        .polymorphic("CelestialBodyEndpoint")
        .mode(Mode.LIST, CelestialBodyShapes.MINI)
        .mode(Mode.NORMAL, CelestialBodyShapes.NORMAL)
        .mode(Mode.DETAILED, ENDPOINT_DETAILED)
        .search(CELESTIAL_BODY.NAME)
        .search(Search.through("type__name", CELESTIAL_BODY.TYPE_ID, CELESTIAL_BODY_TYPE.ID, CELESTIAL_BODY_TYPE.NAME))
        .ordering("id", CELESTIAL_BODY.ID)
        .ordering("name", CELESTIAL_BODY.NAME)
        .defaultOrdering(CELESTIAL_BODY.ID.asc())
        .examples("", "Mars", "-name")
        .validate();
  }
}
