package dev.tminus.resource.config;

import dev.tminus.json.Required;
import dev.tminus.resource.celestialbody.CelestialBodyMini;

/** LL2 {@code Orbit}: {@code /2.3.0/config/orbits/}. */
public record Orbit(
    @Required int id,
    String name,
    String abbrev,
    CelestialBodyMini celestialBody) {}
