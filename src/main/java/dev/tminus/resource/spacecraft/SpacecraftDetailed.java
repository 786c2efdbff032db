package dev.tminus.resource.spacecraft;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.SpacecraftStatus;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigDetailed;

/**
 * LL2 {@code SpacecraftDetailed}: one spacecraft (a capsule such as Crew Dragon "Endeavour"), as a
 * spacecraft flight nests it, in {@code "normal"} response mode (the schema's default). Its url is
 * {@code /2.3.0/spacecraft/{id}/}. The counters and durations ({@code flights_count},
 * {@code mission_ends_count}, {@code time_in_space}, {@code time_docked}, {@code fastest_turnaround})
 * are stored as upstream gives them, never recomputed.
 */
public record SpacecraftDetailed(
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
    SpacecraftConfigDetailed spacecraftConfig,
    @Nullable String fastestTurnaround) {

  public static final String MODE = "normal";
}
