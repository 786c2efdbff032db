package dev.tminus.resource.launch;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.landing.Landing;
import dev.tminus.resource.payload.PayloadNormal;

/**
 * LL2 {@code PayloadFlightNormal}, a docking event's {@code payload_flight_target}: the payload
 * flight docked to, a flight row of its own. Its {@code launch} is the launch of the flight's
 * rocket (the flight names none itself); an import of the target writes that launch in normal mode.
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
