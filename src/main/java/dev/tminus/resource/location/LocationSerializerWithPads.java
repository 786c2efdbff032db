package dev.tminus.resource.location;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.celestialbody.CelestialBodyDetailed;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.pad.PadSerializerNoLocation;
import java.util.List;

/** LL2 {@code LocationSerializerWithPads}: {@code /2.3.0/locations/{id}/}, with its pads. */
public record LocationSerializerWithPads(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @NotRequired String name,
    CelestialBodyDetailed celestialBody,
    @NotRequired boolean active,
    @Nullable Country country,
    @Nullable @NotRequired String description,
    @Nullable Image image,
    @Nullable @Format("uri") @NotRequired String mapImage,
    @Nullable @NotRequired Double longitude,
    @Nullable @NotRequired Double latitude,
    @NotRequired String timezoneName,
    @Nullable @NotRequired Integer totalLaunchCount,
    @Nullable @NotRequired Integer totalLandingCount,
    List<PadSerializerNoLocation> pads) {}
