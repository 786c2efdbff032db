package dev.tminus.resource.astronaut;

import dev.tminus.json.Required;
import dev.tminus.resource.config.AstronautRole;

/** LL2 {@code AstronautFlight}: an astronaut in a role on a spacecraft flight, an item of its crews. */
public record AstronautFlight(
    @Required int id,
    AstronautRole role,
    AstronautDetailed astronaut) {}
