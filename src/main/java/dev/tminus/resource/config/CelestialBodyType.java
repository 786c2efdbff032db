package dev.tminus.resource.config;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code CelestialBodyType}: {@code /2.3.0/config/celestial_body_types/}. */
public record CelestialBodyType(
    @Required int id,
    @NotRequired String name) {}
