package dev.tminus.resource.config;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code PayloadType}: {@code /2.3.0/config/payload_types/}. */
public record PayloadType(
    @Required int id,
    @NotRequired String name) {}
