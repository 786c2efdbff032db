package dev.tminus.resource.launcher;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.LauncherStatus;
import dev.tminus.resource.image.Image;

/** LL2 {@code LauncherMini}, in {@code "list"} mode. */
public record LauncherMini(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @NotRequired boolean flightProven,
    @Nullable @NotRequired String serialNumber,
    @NotRequired boolean isPlaceholder,
    @Nullable LauncherStatus status,
    @Nullable Image image) {}
