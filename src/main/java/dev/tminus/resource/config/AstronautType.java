package dev.tminus.resource.config;

import dev.tminus.json.Required;

/** LL2 {@code AstronautType}: {@code /2.3.0/config/astronaut_types/}. */
public record AstronautType(
    @Required int id,
    String name) {}
