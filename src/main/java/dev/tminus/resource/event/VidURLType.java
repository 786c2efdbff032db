package dev.tminus.resource.event;

import dev.tminus.json.Required;

/** LL2 {@code VidURLType}. */
public record VidURLType(@Required int id, String name) {}
