package dev.tminus.resource.location;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;

/** LL2 {@code LocationSerializerNoCelestialBody}: a location inside its celestial body or a landing location. */
public record LocationSerializerNoCelestialBody(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @NotRequired String name,
    @NotRequired boolean active,
    @Nullable Country country,
    @Nullable @NotRequired String description,
    @Nullable Image image,
    @Nullable @Format("uri") @NotRequired String mapImage,
    @Nullable @NotRequired Double longitude,
    @Nullable @NotRequired Double latitude,
    @NotRequired String timezoneName,
    @Nullable @NotRequired Integer totalLaunchCount,
    @Nullable @NotRequired Integer totalLandingCount) {}
