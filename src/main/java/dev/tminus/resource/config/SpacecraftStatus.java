package dev.tminus.resource.config;

import dev.tminus.json.Required;

/** LL2 {@code SpacecraftStatus}: {@code /2.3.0/config/spacecraft_statuses/}. */
public record SpacecraftStatus(
    @Required int id,
    String name) {}
