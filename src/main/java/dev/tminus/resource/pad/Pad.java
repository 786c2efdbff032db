package dev.tminus.resource.pad;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.location.Location;
import java.util.List;

/** LL2 {@code Pad}: {@code /2.3.0/pads/}, with its location and agencies. */
public record Pad(
    @Required int id,
    @Format("uri") String url,
    @NotRequired boolean active,
    List<AgencyNormal> agencies,
    @NotRequired String name,
    @Nullable Image image,
    @Nullable @NotRequired String description,
    @Nullable @Format("uri") @NotRequired String infoUrl,
    @Nullable @Format("uri") @NotRequired String wikiUrl,
    @Nullable @Format("uri") @NotRequired String mapUrl,
    @Nullable @NotRequired Double latitude,
    @Nullable @NotRequired Double longitude,
    @Nullable Country country,
    @Nullable @Format("uri") @NotRequired String mapImage,
    @Nullable @NotRequired Integer totalLaunchCount,
    @Nullable @NotRequired Integer orbitalLaunchAttemptCount,
    @Nullable String fastestTurnaround,
    @Nullable Location location) {}
