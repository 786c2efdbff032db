package dev.tminus.resource.image;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code ImageVariantType}. */
public record ImageVariantType(@Required int id, @NotRequired String name) {}
