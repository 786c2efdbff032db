package dev.tminus.resource.image;

import dev.tminus.json.Required;
import java.util.List;

/** LL2 {@code Image}: shared by events, launches, stations, programs and astronauts. */
public record Image(
    @Required int id,
    String name,
    String imageUrl,
    String thumbnailUrl,
    String credit,
    ImageLicense license,
    boolean singleUse,
    List<ImageVariant> variants) {}
