package dev.tminus.resource.astronaut;

import dev.tminus.json.Required;

/** LL2 {@code AstronautStatus}. */
public record AstronautStatus(@Required int id, String name) {}
