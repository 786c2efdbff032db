package dev.tminus.resource.config;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code LauncherStatus}: {@code /2.3.0/config/launcher_statuses/}. */
public record LauncherStatus(
    @Required int id,
    @NotRequired String name) {}
