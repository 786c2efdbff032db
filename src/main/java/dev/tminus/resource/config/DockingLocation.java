package dev.tminus.resource.config;

import dev.tminus.json.Required;
import dev.tminus.resource.payload.PayloadMini;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigNormal;
import dev.tminus.resource.spacestation.SpaceStationMini;

/**
 * LL2 {@code DockingLocation}: {@code /2.3.0/config/docking_locations/}, a port of a space station, a
 * spacecraft configuration or a payload. Upstream's schema calls none of the three nullable; a
 * docking location stored without one of them serves it as null.
 */
public record DockingLocation(
    @Required int id,
    String name,
    SpaceStationMini spacestation,
    SpacecraftConfigNormal spacecraft,
    PayloadMini payload) {}
