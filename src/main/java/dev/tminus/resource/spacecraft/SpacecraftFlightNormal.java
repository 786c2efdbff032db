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
 * flight docked to. NOT STORED YET: a docking event serves it as null and an import that gives one
 * reads it and drops it (README, "Compatibility with LL2"); the record describes the upstream shape.
 */
public record SpacecraftFlightNormal(
    @Required int id,
    @Format("uri") String url,
    @Nullable @NotRequired String destination,
    @Nullable @NotRequired Instant missionEnd,
    SpacecraftNormal spacecraft,
    LaunchNormal launch,
    Landing landing,
    String duration,
    String turnAroundTime,
    String responseMode) {}
