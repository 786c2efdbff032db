package dev.tminus.resource.pad;

import static dev.tminus.db.schema.Tables.LOCATION;
import static dev.tminus.db.schema.Tables.PAD;
import static dev.tminus.db.schema.Tables.PAD_AGENCY;
import static dev.tminus.api.filter.Filters.Lookup.CONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;

import dev.tminus.api.Resource;
import dev.tminus.api.Search;
import dev.tminus.api.filter.Filters;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** {@code /2.3.0/pads/}: one shape, {@link Pad}, with its location and agencies. */
public final class Pads {
  public static final String COLLECTION = "pads";

  private Pads() {}

  public static Resource<Integer> resource() {
    Field<String> locationName = DSL.field(DSL.select(LOCATION.NAME).from(LOCATION).where(LOCATION.ID.eq(PAD.LOCATION_ID)));
    return Resource.<Integer>named(COLLECTION, "Pad")
        .table(PAD, PAD.ID, Resource::integerId)
        .single(PadShapes.PAD_SHAPE)
        .filters(Filters.relatedIn("agencies_ids", PAD.ID, PAD_AGENCY, PAD_AGENCY.PAD_ID, PAD_AGENCY.AGENCY_ID,
            "Multiple values may be separated by commas."))
        .filters(Filters.number("id", PAD.ID, EXACT))
        .filters(Filters.numberContains("id__contains", PAD.ID))
        .filters(Filters.number("latitude", PAD.LATITUDE, GT, GTE, LT, LTE))
        .filters(Filters.number("location__id", PAD.LOCATION_ID, EXACT))
        .filters(Filters.via("location", PAD.LOCATION_ID, LOCATION.ID, Filters.text("name", LOCATION.NAME, EXACT, CONTAINS)))
        .filters(Filters.number("longitude", PAD.LONGITUDE, GT, GTE, LT, LTE))
        .filters(Filters.text("name", PAD.NAME, EXACT, CONTAINS))
        .filters(Filters.number("orbital_launch_attempt_count", PAD.ORBITAL_LAUNCH_ATTEMPT_COUNT, EXACT, GT, GTE, LT, LTE))
        .filters(Filters.number("total_launch_count", PAD.TOTAL_LAUNCH_COUNT, EXACT, GT, GTE, LT, LTE))
        .search(Search.through("location__name", PAD.LOCATION_ID, LOCATION.ID, LOCATION.NAME))
        .search(PAD.NAME)
        .search("orbital_launch_attempt_count", PAD.ORBITAL_LAUNCH_ATTEMPT_COUNT)
        .search("total_launch_count", PAD.TOTAL_LAUNCH_COUNT)
        .ordering("id", PAD.ID)
        .ordering("location__id", PAD.LOCATION_ID)
        .ordering("location__name", locationName)
        .ordering("name", PAD.NAME)
        .ordering("orbital_launch_attempt_count", PAD.ORBITAL_LAUNCH_ATTEMPT_COUNT)
        .ordering("total_launch_count", PAD.TOTAL_LAUNCH_COUNT)
        .defaultOrdering(PAD.ID.asc())
        .examples("location__id=11", "39A", "-orbital_launch_attempt_count")
        .validate();
  }
}
