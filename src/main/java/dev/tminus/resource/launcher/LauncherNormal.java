package dev.tminus.resource.launcher;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.LauncherStatus;
import dev.tminus.resource.image.Image;
import java.time.Instant;

/** LL2 {@code LauncherNormal}, in {@code "normal"} mode. */
public record LauncherNormal(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @NotRequired boolean flightProven,
    @Nullable @NotRequired String serialNumber,
    @NotRequired boolean isPlaceholder,
    @Nullable LauncherStatus status,
    @Nullable Image image,
    @NotRequired String details,
    @Nullable @NotRequired Integer successfulLandings,
    @Nullable @NotRequired Integer attemptedLandings,
    @Nullable @NotRequired Integer flights,
    @Nullable @NotRequired Instant lastLaunchDate,
    @Nullable @NotRequired Instant firstLaunchDate,
    @Nullable String fastestTurnaround) {}
