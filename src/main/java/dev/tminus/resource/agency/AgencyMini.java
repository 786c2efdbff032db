package dev.tminus.resource.agency;

import dev.tminus.json.Required;

/** LL2 {@code AgencyMini}, always in {@code "list"} response mode. */
public record AgencyMini(
    String responseMode, @Required int id, String url, @Required String name, String abbrev, AgencyType type) {

  public static final String MODE = "list";
}
