package dev.tminus.resource.launcherconfig;

import dev.tminus.json.Required;

/** LL2 {@code LauncherConfigFamilyMini}, in {@code "list"} mode: a configuration's family in a launch list. */
public record LauncherConfigFamilyMini(
    String responseMode,
    @Required int id,
    String name) {}
