package dev.tminus.resource.config;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code AstronautRole}: {@code /2.3.0/config/astronaut_roles/}. */
public record AstronautRole(
    @Required int id,
    String role,
    @NotRequired int priority) {}
