package dev.tminus.resource.config;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.celestialbody.CelestialBodyNormal;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.location.LocationSerializerNoCelestialBody;

/** LL2 {@code LandingLocation}: {@code /2.3.0/config/landing_locations/}. */
public record LandingLocation(
    @Required int id,
    @NotRequired String name,
    @NotRequired boolean active,
    @NotRequired String abbrev,
    @Nullable @NotRequired String description,
    LocationSerializerNoCelestialBody location,
    @Nullable @NotRequired Double longitude,
    @Nullable @NotRequired Double latitude,
    @Nullable Image image,
    @Nullable @NotRequired Integer successfulLandings,
    @Nullable @NotRequired Integer attemptedLandings,
    @Nullable @NotRequired Integer failedLandings,
    CelestialBodyNormal celestialBody) {}
