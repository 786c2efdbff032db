package dev.tminus.resource.launch;

import dev.tminus.json.Required;

/** LL2 {@code LaunchStatus}. */
public record LaunchStatus(@Required int id, String name, String abbrev, String description) {}
