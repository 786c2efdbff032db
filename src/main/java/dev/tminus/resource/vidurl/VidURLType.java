package dev.tminus.resource.vidurl;

import dev.tminus.json.Required;

/** LL2 {@code VidURLType}. */
public record VidURLType(@Required int id, String name) {}
