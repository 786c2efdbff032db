package dev.tminus.resource.launch;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.landing.Landing;
import dev.tminus.resource.payload.PayloadNormal;

/**
 * LL2 {@code PayloadFlightNormal}, a docking event's {@code payload_flight_target}: the payload
 * flight docked to. NOT STORED YET: a docking event serves it as null and an import that gives one
 * reads it and drops it (README, "Compatibility with LL2"); the record describes the upstream shape.
 */
public record PayloadFlightNormal(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @Nullable @NotRequired String destination,
    @NotRequired Integer amount,
    PayloadNormal payload,
    LaunchNormal launch,
    Landing landing) {}
