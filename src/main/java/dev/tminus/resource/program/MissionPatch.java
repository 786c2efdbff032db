package dev.tminus.resource.program;

import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;

/** LL2 {@code MissionPatch}, always in {@code "normal"} response mode. */
public record MissionPatch(
    @Required int id, @Required String name, int priority, String imageUrl, AgencyMini agency, String responseMode) {

  public static final String MODE = "normal";
}
