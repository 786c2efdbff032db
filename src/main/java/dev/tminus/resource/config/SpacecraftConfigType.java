package dev.tminus.resource.config;

import dev.tminus.json.Required;

/** LL2 {@code SpacecraftConfigType}: {@code /2.3.0/config/spacecraft_configuration_types/}. */
public record SpacecraftConfigType(
    @Required int id,
    String name) {}
