package dev.tminus.resource.spacecraft;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.landing.Landing;
import dev.tminus.resource.launch.LaunchNormal;
import java.time.Instant;

/**
 * LL2 {@code SpacecraftFlightNormal}, a docking event's {@code flight_vehicle_target}: the spacecraft
 * flight docked to, a flight row of its own. Its {@code launch} is the launch of the flight's
 * rocket (the flight names none itself); an import of the target writes that launch in normal mode.
 */
public record SpacecraftFlightNormal(
    @Required int id,
    @Format("uri") String url,
    @Nullable @NotRequired String destination,
    @Nullable @NotRequired Instant missionEnd,
    SpacecraftNormal spacecraft,
    LaunchNormal launch,
    Landing landing,
    @Required String duration,
    @Required String turnAroundTime,
    String responseMode) {}
