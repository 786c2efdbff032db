package dev.tminus.resource.spacestation;

import dev.tminus.json.Required;

/** LL2 {@code SpaceStationStatus}. */
public record SpaceStationStatus(@Required int id, String name) {}
