package dev.tminus.resource.config;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code FirstStageType}: {@code /2.3.0/config/first_stage_types/}. */
public record FirstStageType(
    @Required int id,
    @NotRequired String name) {}
