package dev.tminus.resource.image;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import java.util.List;

/** LL2 {@code Image}: shared by events, launches, stations, programs and astronauts. */
public record Image(
    @Required int id,
    String name,
    @Format("uri") String imageUrl,
    @Format("uri") String thumbnailUrl,
    @Nullable @NotRequired String credit,
    ImageLicense license,
    @NotRequired boolean singleUse,
    List<ImageVariant> variants) {}
