package dev.tminus.resource.location;

import static dev.tminus.db.schema.Tables.COUNTRY;
import static dev.tminus.db.schema.Tables.LOCATION;
import static dev.tminus.db.schema.Tables.PAD;
import static dev.tminus.api.filter.Filters.Lookup.CONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;

import dev.tminus.api.Mode;
import dev.tminus.api.Shape;
import dev.tminus.api.Resource;
import dev.tminus.api.Search;
import dev.tminus.resource.celestialbody.CelestialBodyShapes;
import dev.tminus.resource.country.Countries;
import dev.tminus.api.filter.Filters;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.pad.PadShapes;

/** {@code /2.3.0/locations/}: normal, and detailed with the location's pads. */
public final class Locations {
  public static final String COLLECTION = "locations";

  static final Shape<LocationSerializerWithPads> WITH_PADS =
      Shape.of(LocationSerializerWithPads.class, LOCATION, LOCATION.ID)
          .mode("detailed")
          .url(COLLECTION)
          .one("celestial_body", LOCATION.CELESTIAL_BODY_ID, CelestialBodyShapes.DETAILED)
          .one("country", LOCATION.COUNTRY_ID, Countries.COUNTRY)
          .one("image", LOCATION.IMAGE_ID, ImageShapes.IMAGE)
          .referencedBy("pads", PAD.LOCATION_ID, PadShapes.NO_LOCATION, PAD.ID.asc());

  private Locations() {}

  public static Resource<Integer> resource() {
    return Resource.<Integer>named(COLLECTION, "Location")
        .table(LOCATION, LOCATION.ID, Resource::integerId)
        .polymorphic("LocationEndpoint")
        .mode(Mode.NORMAL, LocationShapes.LOCATION_NORMAL)
        .mode(Mode.DETAILED, WITH_PADS)
        // The country's ISO 3166-1 alpha-3 code, as the help text's example (country_code=NZL) shows.
        .filters(Filters.named("country_code", "Country Code", Filters.via("country", LOCATION.COUNTRY_ID, COUNTRY.ID,
            Filters.text("alpha_3_code", COUNTRY.ALPHA_3_CODE, EXACT)).get(0)))
        .filters(Filters.number("id", LOCATION.ID, EXACT))
        .filters(Filters.text("name", LOCATION.NAME, EXACT, CONTAINS))
        .filters(Filters.number("total_landing_count", LOCATION.TOTAL_LANDING_COUNT, EXACT, GT, GTE, LT, LTE))
        .filters(Filters.number("total_launch_count", LOCATION.TOTAL_LAUNCH_COUNT, EXACT, GT, GTE, LT, LTE))
        .search(Search.through("country__alpha_3_code", LOCATION.COUNTRY_ID, COUNTRY.ID, COUNTRY.ALPHA_3_CODE))
        .search(LOCATION.NAME)
        .ordering("total_landing_count", LOCATION.TOTAL_LANDING_COUNT)
        .ordering("total_launch_count", LOCATION.TOTAL_LAUNCH_COUNT)
        .defaultOrdering(LOCATION.ID.asc())
        .examples("country_code=NZL", "Cape Canaveral", "-total_launch_count")
        .validate();
  }
}
