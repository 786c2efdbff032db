package dev.tminus.resource.infourl;

import dev.tminus.json.Required;

/** LL2 {@code InfoURLType}. */
public record InfoURLType(@Required int id, String name) {}
