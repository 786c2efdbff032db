package dev.tminus.resource.spacecraftconfig;

import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.SPACECRAFT_CONFIG;
import static dev.tminus.db.schema.Tables.SPACECRAFT_CONFIG_FAMILY;

import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Search;
import dev.tminus.api.filter.Filters;

/**
 * {@code /2.3.0/spacecraft_configurations/} (normal and detailed, as upstream offers no list mode)
 * and {@code /2.3.0/spacecraft_configuration_families/} (list, normal, and detailed with the
 * family's configurations).
 */
public final class SpacecraftConfigurations {
  private SpacecraftConfigurations() {}

  public static Resource<Integer> resource() {
    var config = SPACECRAFT_CONFIG;
    return Resource.<Integer>named(SpacecraftConfigShapes.COLLECTION, "SpacecraftConfiguration")
        .table(config, config.ID, Resource::integerId)
        .polymorphic("SpacecraftConfigurationEndpoint")
        .mode(Mode.NORMAL, SpacecraftConfigShapes.NORMAL)
        .mode(Mode.DETAILED, SpacecraftConfigShapes.DETAILED)
        .filters(Filters.number("agency", config.AGENCY_ID, EXACT))
        .filters(Filters.bool("human_rated", config.HUMAN_RATED, ""))
        .filters(Filters.bool("in_use", config.IN_USE, ""))
        .filters(Filters.text("name", config.NAME, EXACT))
        .search(Search.through("agency__abbrev", config.AGENCY_ID, AGENCY.ID, AGENCY.ABBREV))
        .search(Search.through("agency__name", config.AGENCY_ID, AGENCY.ID, AGENCY.NAME))
        .search(config.NAME)
        .ordering("name", config.NAME)
        .defaultOrdering(config.ID.asc())
        .examples("human_rated=True", "Dragon", "name")
        .validate();
  }

  public static Resource<Integer> families() {
    var family = SPACECRAFT_CONFIG_FAMILY;
    return Resource.<Integer>named(SpacecraftConfigShapes.FAMILIES, "SpacecraftConfigFamily")
        .table(family, family.ID, Resource::integerId)
        .polymorphic("SpacecraftConfigFamilyEndpoint")
        .mode(Mode.LIST, SpacecraftConfigShapes.FAMILY_MINI)
        .mode(Mode.NORMAL, SpacecraftConfigShapes.FAMILY_NORMAL)
        .mode(Mode.DETAILED, SpacecraftConfigShapes.FAMILY_ENDPOINT_DETAILED)
        .filters(Filters.number("manufacturer", family.MANUFACTURER_ID, EXACT))
        .filters(Filters.text("name", family.NAME, EXACT))
        .search(Search.through("manufacturer__abbrev", family.MANUFACTURER_ID, AGENCY.ID, AGENCY.ABBREV))
        .search(Search.through("manufacturer__name", family.MANUFACTURER_ID, AGENCY.ID, AGENCY.NAME))
        .search(family.NAME)
        .ordering("name", family.NAME)
        .defaultOrdering(family.ID.asc())
        .examples("manufacturer=121", "Northrop", "name")
        .validate();
  }
}
