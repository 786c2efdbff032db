package dev.tminus.resource.spacestation;

import dev.tminus.json.Required;

/** LL2 {@code SpaceStationType}. */
public record SpaceStationType(@Required int id, String name) {}
