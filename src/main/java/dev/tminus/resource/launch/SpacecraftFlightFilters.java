package dev.tminus.resource.launch;

import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.ICONTAINS;
import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.SPACECRAFT;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT_LAUNCH_CREW;

import dev.tminus.api.Search;
import dev.tminus.api.filter.Filter;
import dev.tminus.api.filter.Filters;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The launches' filters and search field over the spacecraft flights of their rocket
 * ({@code rocket__spacecraftflight__…}, Django's reverse relation from a rocket to its flights). Each
 * is an {@code EXISTS} over the flights, so a launch whose rocket flies several spacecraft is one row
 * and {@code count} stays right.
 */
final class SpacecraftFlightFilters {
  private static final String VIA = "rocket__spacecraftflight__spacecraft";

  private SpacecraftFlightFilters() {}

  /**
   * {@code is_crewed}, {@code rocket__spacecraftflight__spacecraft__id}, {@code …__name},
   * {@code …__name__icontains} and {@code spacecraft_config__ids} (the spacecraft's configuration is
   * one of the comma-separated ids).
   */
  static List<Filter> filters() {
    List<Filter> f = new ArrayList<>();
    f.add(Filters.bool("is_crewed", "Launches that carry a crew: true, or false for those that do not.",
        crewed(), DSL.not(crewed())));
    List<Filter> spacecraft = new ArrayList<>();
    spacecraft.addAll(Filters.number("id", SPACECRAFT.ID, EXACT));
    spacecraft.addAll(Filters.text("name", SPACECRAFT.NAME, EXACT, ICONTAINS));
    f.addAll(viaSpacecraft(spacecraft));
    f.add(Filters.named("spacecraft_config__ids", "Multiple values may be separated by commas.",
        viaSpacecraft(List.of(Filters.numberIn("spacecraft_config", SPACECRAFT.SPACECRAFT_CONFIG_ID, ""))).get(0)));
    return f;
  }

  /** {@code search} in the name of a spacecraft the launch's rocket flies. */
  static Search.Field spacecraftNameSearch() {
    return Search.related(VIA + "__name", LAUNCH.ROCKET_ID, SPACECRAFT_FLIGHT, SPACECRAFT_FLIGHT.ROCKET_ID,
        SPACECRAFT_FLIGHT.SPACECRAFT_ID, SPACECRAFT.ID, SPACECRAFT.NAME);
  }

  private static List<Filter> viaSpacecraft(List<Filter> filters) {
    return Filters.viaMany(VIA, LAUNCH.ROCKET_ID, SPACECRAFT_FLIGHT, SPACECRAFT_FLIGHT.ROCKET_ID,
        SPACECRAFT_FLIGHT.SPACECRAFT_ID, SPACECRAFT.ID, filters);
  }

  /**
   * A launch is crewed when a spacecraft flight of its rocket has a launch crew (taken to be what
   * LL2's {@code is_crewed} means; its filterset is not published). A launch without a rocket is not.
   */
  private static Condition crewed() {
    return DSL.exists(DSL.selectOne().from(SPACECRAFT_FLIGHT).join(SPACECRAFT_FLIGHT_LAUNCH_CREW)
        .on(SPACECRAFT_FLIGHT_LAUNCH_CREW.SPACECRAFT_FLIGHT_ID.eq(SPACECRAFT_FLIGHT.ID))
        .where(SPACECRAFT_FLIGHT.ROCKET_ID.eq(LAUNCH.ROCKET_ID)));
  }
}
