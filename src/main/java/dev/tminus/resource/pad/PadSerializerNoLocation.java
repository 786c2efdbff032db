package dev.tminus.resource.pad;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import java.util.List;

/** LL2 {@code PadSerializerNoLocation}: a pad inside its location. */
public record PadSerializerNoLocation(
    @Required int id,
    @Format("uri") String url,
    @NotRequired boolean active,
    List<AgencyMini> agencies,
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
    @Nullable String fastestTurnaround) {}
