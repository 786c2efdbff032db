package dev.tminus.resource.program;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;

/** LL2 {@code MissionPatch}, always in {@code "normal"} response mode. */
public record MissionPatch(
    @Required int id,
    @Required String name,
    @NotRequired int priority,
    @Format("uri") String imageUrl,
    @Nullable AgencyMini agency,
    String responseMode) {

  public static final String MODE = "normal";
}
