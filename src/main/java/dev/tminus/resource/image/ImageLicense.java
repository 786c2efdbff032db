package dev.tminus.resource.image;

import dev.tminus.json.Required;

/** LL2 {@code ImageLicense}. */
public record ImageLicense(@Required int id, String name, int priority, String link) {}
