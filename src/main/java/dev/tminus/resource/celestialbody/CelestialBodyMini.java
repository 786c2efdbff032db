package dev.tminus.resource.celestialbody;

import dev.tminus.json.Required;

/** LL2 {@code CelestialBodyMini}, in {@code "list"} response mode. */
public record CelestialBodyMini(
    String responseMode,
    @Required int id,
    String name) {}
