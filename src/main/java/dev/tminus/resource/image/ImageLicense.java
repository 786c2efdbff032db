package dev.tminus.resource.image;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;

/** LL2 {@code ImageLicense}. */
public record ImageLicense(
    @Required int id,
    @NotRequired String name,
    @NotRequired int priority,
    @Nullable @Format("uri") @NotRequired String link) {}
