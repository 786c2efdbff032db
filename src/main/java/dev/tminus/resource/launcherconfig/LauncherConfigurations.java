package dev.tminus.resource.launcherconfig;

import static dev.tminus.api.filter.Filters.Lookup.CONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;
import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG_FAMILY;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG_FAMILY_MEMBER;
import static dev.tminus.db.schema.Tables.LAUNCHER_CONFIG_PROGRAM;
import static dev.tminus.db.schema.Tables.PROGRAM;

import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Search;
import dev.tminus.api.filter.Filters;

/**
 * {@code /2.3.0/launcher_configurations/}: list, normal and detailed. {@code families} and
 * {@code program} are django's ModelMultipleChoiceFilter ({@code families=1&families=2}: a
 * configuration in any of them); their {@code __contains} twins, which a many-to-many relation
 * cannot give another meaning, filter the same.
 */
public final class LauncherConfigurations {
  private LauncherConfigurations() {}

  public static Resource<Integer> resource() {
    var config = LAUNCHER_CONFIG;
    var member = LAUNCHER_CONFIG_FAMILY_MEMBER;
    var program = LAUNCHER_CONFIG_PROGRAM;
    Resource<Integer> r = Resource.<Integer>named(LauncherConfigShapes.COLLECTION, "LauncherConfig")
        .table(config, config.ID, Resource::integerId)
        .polymorphic("LauncherConfigEndpoint")
        .mode(Mode.LIST, LauncherConfigShapes.LIST)
        .mode(Mode.NORMAL, LauncherConfigShapes.NORMAL)
        .mode(Mode.DETAILED, LauncherConfigShapes.DETAILED)
        .filters(Filters.bool("active", config.ACTIVE, ""))
        .filters(Counters.filters(config, Counters.LAUNCHER))
        .filters(Filters.modelMultipleChoice("families", config.ID, member, member.LAUNCHER_CONFIG_ID,
            member.FAMILY_ID, LAUNCHER_CONFIG_FAMILY, LAUNCHER_CONFIG_FAMILY.ID, ""))
        .filters(Filters.modelMultipleChoice("families__contains", config.ID, member, member.LAUNCHER_CONFIG_ID,
            member.FAMILY_ID, LAUNCHER_CONFIG_FAMILY, LAUNCHER_CONFIG_FAMILY.ID, ""))
        .filters(Filters.text("full_name", config.FULL_NAME, EXACT, CONTAINS))
        .filters(Filters.bool("is_placeholder", config.IS_PLACEHOLDER, ""))
        .filters(Filters.date("maiden_flight", config.MAIDEN_FLIGHT, EXACT, GT, GTE, LT, LTE))
        .filters(Filters.via("manufacturer", config.MANUFACTURER_ID, AGENCY.ID,
            Filters.text("name", AGENCY.NAME, EXACT, CONTAINS)))
        .filters(Filters.text("name", config.NAME, EXACT, CONTAINS))
        .filters(Filters.modelMultipleChoice("program", config.ID, program, program.LAUNCHER_CONFIG_ID,
            program.PROGRAM_ID, PROGRAM, PROGRAM.ID, ""))
        .filters(Filters.modelMultipleChoice("program__contains", config.ID, program, program.LAUNCHER_CONFIG_ID,
            program.PROGRAM_ID, PROGRAM, PROGRAM.ID, ""))
        .search(config.FULL_NAME)
        .search(Search.through("manufacturer__abbrev", config.MANUFACTURER_ID, AGENCY.ID, AGENCY.ABBREV))
        .search(Search.through("manufacturer__name", config.MANUFACTURER_ID, AGENCY.ID, AGENCY.NAME))
        .search(config.NAME);
    return Counters.orderings(r, config, "attempted_landings", "consecutive_successful_landings",
            "consecutive_successful_launches", "failed_landings", "failed_launches", "gto_capacity", "launch_cost",
            "launch_mass", "leo_capacity", "maiden_flight", "name", "pending_launches", "successful_landings",
            "successful_launches", "total_launch_count")
        .defaultOrdering(config.ID.asc())
        .examples("manufacturer__name=SpaceX", "Soyuz", "-total_launch_count")
        .validate();
  }
}
