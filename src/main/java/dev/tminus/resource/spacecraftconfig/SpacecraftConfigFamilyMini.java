package dev.tminus.resource.spacecraftconfig;

import dev.tminus.json.Required;

/** LL2 {@code SpacecraftConfigFamilyMini}, in {@code "list"} mode. */
public record SpacecraftConfigFamilyMini(
    String responseMode,
    @Required int id,
    String name) {}
