package dev.tminus.resource.config;

import dev.tminus.json.Required;

/** LL2 {@code RoadClosureStatus}: {@code /2.3.0/config/road_closure_statuses/}. */
public record RoadClosureStatus(
    @Required int id,
    String name) {}
