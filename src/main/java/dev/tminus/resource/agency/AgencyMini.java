package dev.tminus.resource.agency;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code AgencyMini}, always in {@code "list"} response mode. */
public record AgencyMini(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    @NotRequired String abbrev,
    AgencyType type) {

  public static final String MODE = "list";
}
