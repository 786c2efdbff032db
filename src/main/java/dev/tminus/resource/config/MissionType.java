package dev.tminus.resource.config;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code MissionType}: {@code /2.3.0/config/mission_types/}. */
public record MissionType(
    @Required int id,
    @NotRequired String name) {}
