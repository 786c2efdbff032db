package dev.tminus.resource.celestialbody;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.CelestialBodyType;
import dev.tminus.resource.image.Image;

/** LL2 {@code CelestialBodyDetailed}: a location's celestial body with its counters (upstream writes it in {@code "normal"} response mode). */
public record CelestialBodyDetailed(
    String responseMode,
    @Required int id,
    String name,
    CelestialBodyType type,
    @Nullable @NotRequired Double diameter,
    @Nullable @NotRequired Double mass,
    @Nullable @NotRequired Double gravity,
    @Nullable @NotRequired String lengthOfDay,
    @NotRequired boolean atmosphere,
    Image image,
    @Nullable @NotRequired String description,
    @Nullable @Format("uri") @NotRequired String wikiUrl,
    @NotRequired int totalAttemptedLaunches,
    @NotRequired int successfulLaunches,
    @NotRequired int failedLaunches,
    @NotRequired int totalAttemptedLandings,
    @NotRequired int successfulLandings,
    @NotRequired int failedLandings) {}
