package dev.tminus.resource.config;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;

/** LL2 {@code LandingType}: {@code /2.3.0/config/landing_types/}. */
public record LandingType(
    @Required int id,
    @NotRequired String name,
    @NotRequired String abbrev,
    @Nullable @NotRequired String description) {}
