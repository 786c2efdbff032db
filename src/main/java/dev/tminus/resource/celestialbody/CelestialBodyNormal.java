package dev.tminus.resource.celestialbody;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.CelestialBodyType;
import dev.tminus.resource.image.Image;

/** LL2 {@code CelestialBodyNormal}, in {@code "normal"} response mode. */
public record CelestialBodyNormal(
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
    @Nullable @Format("uri") @NotRequired String wikiUrl) {}
