package dev.tminus.resource.common;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code NetPrecision}: how precise a date is (events' {@code date_precision}, launches' {@code net_precision}). */
public record NetPrecision(
    @Required int id,
    @NotRequired String name,
    @NotRequired String abbrev,
    @NotRequired String description) {}
