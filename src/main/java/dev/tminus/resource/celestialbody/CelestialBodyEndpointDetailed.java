package dev.tminus.resource.celestialbody;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.CelestialBodyType;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.location.LocationSerializerNoCelestialBody;
import java.util.List;

/** LL2 {@code CelestialBodyEndpointDetailed}: {@code /2.3.0/celestial_bodies/{id}/}, with its locations. */
public record CelestialBodyEndpointDetailed(
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
    @NotRequired int failedLandings,
    List<LocationSerializerNoCelestialBody> locations) {}
