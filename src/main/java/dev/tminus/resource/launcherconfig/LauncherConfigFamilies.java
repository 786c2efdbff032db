package dev.tminus.resource.launcherconfig;

import static dev.tminus.api.filter.Filters.Lookup.CONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;
import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.AGENCY_COUNTRY;
import static dev.tminus.db.schema.Tables.COUNTRY;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG_FAMILY;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG_FAMILY_MANUFACTURER;

import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Search;
import dev.tminus.api.filter.Filter;
import dev.tminus.api.filter.Filters;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /2.3.0/launcher_configuration_families/}: list, normal and detailed. A family has several
 * manufacturers, so its {@code manufacturer__…} filters and searches match a family when one of
 * them matches.
 */
public final class LauncherConfigFamilies {
  private LauncherConfigFamilies() {}

  public static Resource<Integer> resource() {
    var family = LAUNCHER_CONFIG_FAMILY;
    var made = LAUNCHER_CONFIG_FAMILY_MANUFACTURER;
    Resource<Integer> r = Resource.<Integer>named(LauncherConfigShapes.FAMILIES, "LauncherConfigFamily")
        .table(family, family.ID, Resource::integerId)
        .polymorphic("LauncherConfigFamilyEndpoint")
        .mode(Mode.LIST, LauncherConfigShapes.FAMILY_MINI)
        .mode(Mode.NORMAL, LauncherConfigShapes.FAMILY_NORMAL)
        .mode(Mode.DETAILED, LauncherConfigShapes.FAMILY_DETAILED)
        .filters(Counters.filters(family, Counters.LAUNCHER))
        .filters(Filters.date("maiden_flight", family.MAIDEN_FLIGHT, EXACT, GT, GTE, LT, LTE))
        .filters(Filters.viaMany("manufacturer", family.ID, made, made.FAMILY_ID, made.AGENCY_ID, AGENCY.ID,
            manufacturerFilters()))
        .filters(Filters.text("name", family.NAME, EXACT, CONTAINS))
        .search(Search.related("manufacturer__abbrev", family.ID, made, made.FAMILY_ID, made.AGENCY_ID, AGENCY.ID,
            AGENCY.ABBREV))
        .search(Search.related("manufacturer__name", family.ID, made, made.FAMILY_ID, made.AGENCY_ID, AGENCY.ID,
            AGENCY.NAME))
        .search(family.NAME);
    return Counters.orderings(r, family, "attempted_landings", "consecutive_successful_landings",
            "consecutive_successful_launches", "failed_landings", "failed_launches", "name", "pending_launches",
            "successful_landings", "successful_launches", "total_launch_count")
        .defaultOrdering(family.ID.asc())
        .examples("manufacturer__name=SpaceX", "Ariane", "-total_launch_count")
        .validate();
  }

  /** What {@code manufacturer__…} filters on: the agency's abbreviation, country, id and name. */
  static List<Filter> manufacturerFilters() {
    List<Filter> out = new ArrayList<>(Filters.text("abbrev", AGENCY.ABBREV, EXACT, CONTAINS));
    // An agency has countries; its country code is one of their ISO 3166-1 alpha-3 codes.
    out.add(Filters.named("country_code", "", Filters.viaMany("country", AGENCY.ID, AGENCY_COUNTRY,
        AGENCY_COUNTRY.AGENCY_ID, AGENCY_COUNTRY.COUNTRY_ID, COUNTRY.ID,
        Filters.text("alpha_3_code", COUNTRY.ALPHA_3_CODE, EXACT)).get(0)));
    out.addAll(Filters.number("id", AGENCY.ID, EXACT));
    out.add(Filters.numberContains("id__contains", AGENCY.ID));
    out.addAll(Filters.text("name", AGENCY.NAME, EXACT, CONTAINS));
    return out;
  }
}
