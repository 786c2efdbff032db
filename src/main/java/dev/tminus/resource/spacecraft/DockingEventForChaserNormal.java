package dev.tminus.resource.spacecraft;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.DockingLocation;
import dev.tminus.resource.launch.PayloadFlightNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import java.time.Instant;

/**
 * LL2 {@code DockingEventForChaserNormal}, an item of a spacecraft flight's or a payload flight's
 * {@code docking_events}: when the chaser docked and departed, at which docking location, and what it
 * docked to: a space station, a spacecraft flight or a payload flight. Stored as the chaser flight's
 * own rows ({@code docking_event}, V37), in id order: an import that gives a flight's list replaces
 * it. Its url is {@code /2.3.0/docking_events/{id}/} (not served yet). Upstream's schema calls none
 * of the targets nor the docking location nullable; an event without one serves it as null.
 */
public record DockingEventForChaserNormal(
    @Required int id,
    @Format("uri") String url,
    @Required Instant docking,
    @Nullable @NotRequired Instant departure,
    DockingLocation dockingLocation,
    SpaceStationNormal spaceStationTarget,
    SpacecraftFlightNormal flightVehicleTarget,
    PayloadFlightNormal payloadFlightTarget) {}
