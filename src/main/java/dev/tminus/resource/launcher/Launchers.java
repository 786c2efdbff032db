package dev.tminus.resource.launcher;

import static dev.tminus.api.filter.Filters.Lookup.CONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;
import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.LAUNCHER;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG;
import static dev.tminus.db.schema.Tables.LAUNCHER_STATUS;

import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Search;
import dev.tminus.api.filter.Filters;

/**
 * {@code /2.3.0/launchers/}: list, normal and detailed (with the launcher's configuration). The
 * first and last launch dates filter by the exact instant, as django-filter's DateTimeFilter does.
 */
public final class Launchers {
  private Launchers() {}

  public static Resource<Integer> resource() {
    return Resource.<Integer>named(LauncherShapes.COLLECTION, "Launcher")
        .table(LAUNCHER, LAUNCHER.ID, Resource::integerId)
        .polymorphic("LauncherEndpoint")
        .mode(Mode.LIST, LauncherShapes.MINI)
        .mode(Mode.NORMAL, LauncherShapes.NORMAL)
        .mode(Mode.DETAILED, LauncherShapes.DETAILED)
        .filters(Filters.number("attempted_landings", LAUNCHER.ATTEMPTED_LANDINGS, EXACT, GT, GTE, LT, LTE))
        .filters(Filters.dateTime("first_launch_date", LAUNCHER.FIRST_LAUNCH_DATE, EXACT))
        .filters(Filters.bool("flight_proven", LAUNCHER.FLIGHT_PROVEN, ""))
        .filters(Filters.number("flights", LAUNCHER.FLIGHTS, EXACT, GT, GTE, LT, LTE))
        .filters(Filters.number("id", LAUNCHER.ID, EXACT))
        .filters(Filters.numberContains("id__contains", LAUNCHER.ID))
        .filters(Filters.bool("is_placeholder", LAUNCHER.IS_PLACEHOLDER, ""))
        .filters(Filters.dateTime("last_launch_date", LAUNCHER.LAST_LAUNCH_DATE, EXACT))
        .filters(Filters.numberIn("launcher_config__ids", LAUNCHER.LAUNCHER_CONFIG_ID, "Comma-separated launcher config IDs."))
        .filters(Filters.via("launcher_config", LAUNCHER.LAUNCHER_CONFIG_ID, LAUNCHER_CONFIG.ID,
            Filters.via("manufacturer", LAUNCHER_CONFIG.MANUFACTURER_ID, AGENCY.ID,
                Filters.text("name", AGENCY.NAME, EXACT, CONTAINS))))
        .filters(Filters.text("serial_number", LAUNCHER.SERIAL_NUMBER, EXACT, CONTAINS))
        .filters(Filters.number("status", LAUNCHER.STATUS_ID, EXACT))
        .filters(Filters.number("successful_landings", LAUNCHER.SUCCESSFUL_LANDINGS, EXACT, GT, GTE, LT, LTE))
        .search(LAUNCHER.SERIAL_NUMBER)
        .search(Search.through("status__name", LAUNCHER.STATUS_ID, LAUNCHER_STATUS.ID, LAUNCHER_STATUS.NAME))
        .ordering("attempted_landings", LAUNCHER.ATTEMPTED_LANDINGS)
        .ordering("flight_proven", LAUNCHER.FLIGHT_PROVEN)
        .ordering("flights", LAUNCHER.FLIGHTS)
        .ordering("id", LAUNCHER.ID)
        .ordering("successful_landings", LAUNCHER.SUCCESSFUL_LANDINGS)
        .defaultOrdering(LAUNCHER.ID.asc())
        .examples("is_placeholder=True", "B1048", "-flights")
        .validate();
  }
}
