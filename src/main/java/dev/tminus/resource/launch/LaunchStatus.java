package dev.tminus.resource.launch;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code LaunchStatus}. */
public record LaunchStatus(
    @Required int id,
    String name,
    @NotRequired String abbrev,
    @NotRequired String description) {}
