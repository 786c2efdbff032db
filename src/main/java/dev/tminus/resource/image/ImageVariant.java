package dev.tminus.resource.image;

import dev.tminus.json.Format;
import dev.tminus.json.Required;

/** LL2 {@code ImageVariant}: another rendition of an {@link Image}. */
public record ImageVariant(@Required int id, ImageVariantType type, @Format("uri") String imageUrl) {}
