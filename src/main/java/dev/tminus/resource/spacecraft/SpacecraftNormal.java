package dev.tminus.resource.spacecraft;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.SpacecraftStatus;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigNormal;

/**
 * LL2 {@code SpacecraftNormal}, the spacecraft of a {@link SpacecraftFlightNormal} (a docking event's
 * {@code flight_vehicle_target}): a spacecraft row, its configuration in normal mode.
 */
public record SpacecraftNormal(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    @Nullable @NotRequired String serialNumber,
    @NotRequired boolean isPlaceholder,
    @Nullable Image image,
    @NotRequired boolean inSpace,
    @Nullable String timeInSpace,
    @Nullable String timeDocked,
    @Nullable Integer flightsCount,
    @Nullable @NotRequired Integer missionEndsCount,
    SpacecraftStatus status,
    String description,
    SpacecraftConfigNormal spacecraftConfig,
    @Nullable String fastestTurnaround) {}
