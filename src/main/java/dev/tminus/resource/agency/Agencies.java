package dev.tminus.resource.agency;

import static dev.tminus.api.filter.Filters.Lookup.CONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;
import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.AGENCY_COUNTRY;
import static dev.tminus.db.schema.Tables.AGENCY_TYPE;
import static dev.tminus.db.schema.Tables.COUNTRY;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG;
import static dev.tminus.db.schema.Tables.SOCIAL_MEDIA_LINK;
import static dev.tminus.db.schema.Tables.SPACECRAFT_CONFIG;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Shape;
import dev.tminus.api.filter.Filters;
import dev.tminus.resource.country.Countries;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.launcherconfig.Counters;
import dev.tminus.resource.launcherconfig.LauncherConfigShapes;
import dev.tminus.resource.socialmedia.SocialMediaShapes;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigShapes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * {@code /2.3.0/agencies/}: list ({@link AgencyMini}), normal ({@link AgencyNormal}) and detailed
 * ({@link AgencyEndpointDetailed}, with the launcher and spacecraft configurations the agency makes,
 * by name as upstream lists them); and {@link AgencyMini}s by id for hand-made readers.
 */
public final class Agencies {
  public static final String COLLECTION = "agencies";

  static final Shape<AgencyEndpointDetailed> ENDPOINT_DETAILED = Shape.of(AgencyEndpointDetailed.class, AGENCY, AGENCY.ID)
      .mode("detailed")
      .url(COLLECTION)
      .one("type", AGENCY.TYPE_ID, AgencyShapes.TYPE)
      .many("country", AGENCY_COUNTRY, AGENCY_COUNTRY.AGENCY_ID, AGENCY_COUNTRY.COUNTRY_ID, Countries.COUNTRY)
      .one("image", AGENCY.IMAGE_ID, ImageShapes.IMAGE)
      .one("logo", AGENCY.LOGO_ID, ImageShapes.IMAGE)
      .one("social_logo", AGENCY.SOCIAL_LOGO_ID, ImageShapes.IMAGE)
      .children("social_media_links", SOCIAL_MEDIA_LINK.AGENCY_ID, SocialMediaShapes.LINK, SocialMediaShapes.order())
      .referencedBy("launcher_list", LAUNCHER_CONFIG.MANUFACTURER_ID, LauncherConfigShapes.NO_MANUFACTURER,
          LAUNCHER_CONFIG.NAME.asc(), LAUNCHER_CONFIG.ID.asc())
      .referencedBy("spacecraft_list", SPACECRAFT_CONFIG.AGENCY_ID, SpacecraftConfigShapes.DETAILED,
          SPACECRAFT_CONFIG.NAME.asc(), SPACECRAFT_CONFIG.ID.asc());

  /** The counters of the help text that filter with every comparison. */
  private static final List<String> COUNTERS = List.of("attempted_landings", "consecutive_successful_landings",
      "consecutive_successful_launches", "failed_landings", "failed_launches", "founding_year", "pending_launches",
      "successful_landings", "successful_launches", "total_launch_count");

  private Agencies() {}

  public static Resource<Integer> resource() {
    var parent = AGENCY.as("parent_agency");
    // Upstream writes the parent by name; parent__id is the id of the agency of that name.
    Field<Integer> parentId = DSL.field(DSL.select(DSL.min(parent.ID)).from(parent).where(parent.NAME.eq(AGENCY.PARENT)));
    // Upstream's filter is a boolean over the text listing the agency's spacecraft: whether it lists any.
    Field<Boolean> listsSpacecraft = DSL.field(AGENCY.SPACECRAFT.isNotNull().and(AGENCY.SPACECRAFT.ne("")));
    Resource<Integer> r = Resource.<Integer>named(COLLECTION, "Agency")
        .table(AGENCY, AGENCY.ID, Resource::integerId)
        .polymorphic("AgencyEndpoint")
        .mode(Mode.LIST, AgencyShapes.MINI)
        .mode(Mode.NORMAL, AgencyShapes.NORMAL)
        .mode(Mode.DETAILED, ENDPOINT_DETAILED)
        .filters(Filters.text("abbrev", AGENCY.ABBREV, EXACT, CONTAINS))
        .filters(Counters.filters(AGENCY, COUNTERS))
        // The ISO 3166-1 alpha-3 code of one of the agency's countries, as for locations.
        .filters(Filters.relatedTextIn("country_code", AGENCY.ID,
            AGENCY_COUNTRY.join(COUNTRY).on(COUNTRY.ID.eq(AGENCY_COUNTRY.COUNTRY_ID)), AGENCY_COUNTRY.AGENCY_ID,
            COUNTRY.ALPHA_3_CODE, "Multiple values may be separated by commas."))
        .filters(Filters.text("description", AGENCY.DESCRIPTION, EXACT, CONTAINS))
        .filters(Filters.bool("featured", AGENCY.FEATURED, ""))
        .filters(Filters.number("id", AGENCY.ID, EXACT))
        .filters(Filters.text("name", AGENCY.NAME, EXACT, CONTAINS))
        .filters(Filters.number("parent__id", parentId, EXACT))
        .filters(Filters.bool("spacecraft", listsSpacecraft, ""))
        .filters(Filters.number("type__id", AGENCY.TYPE_ID, EXACT))
        .search(AGENCY.ABBREV, AGENCY.NAME);
    return Counters.orderings(r, AGENCY, "attempted_landings", "consecutive_successful_landings",
            "consecutive_successful_launches", "failed_landings", "failed_launches", "featured", "id", "name",
            "pending_launches", "successful_landings", "successful_launches", "total_launch_count")
        .defaultOrdering(AGENCY.ID.asc())
        .examples("abbrev=NASA", "SpaceX", "-total_launch_count")
        .validate();
  }

  public static Map<Integer, AgencyMini> byIds(DSLContext dsl, Collection<Integer> ids, Links links) {
    if (ids.isEmpty()) return Map.of();
    Map<Integer, AgencyMini> out = new HashMap<>();
    for (Record r : dsl.select(AGENCY.ID, AGENCY.NAME, AGENCY.ABBREV, AGENCY_TYPE.ID, AGENCY_TYPE.NAME)
        .from(AGENCY)
        .leftJoin(AGENCY_TYPE).on(AGENCY_TYPE.ID.eq(AGENCY.TYPE_ID))
        .where(AGENCY.ID.in(ids))
        .fetch()) {
      int id = r.get(AGENCY.ID);
      Integer typeId = r.get(AGENCY_TYPE.ID);
      out.put(id, new AgencyMini(AgencyMini.MODE, id, links.url(COLLECTION, id), r.get(AGENCY.NAME),
          r.get(AGENCY.ABBREV), typeId == null ? null : new AgencyType(typeId, r.get(AGENCY_TYPE.NAME))));
    }
    return out;
  }
}
