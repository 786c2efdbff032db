package dev.tminus.resource.language;

import dev.tminus.json.Required;

/** LL2 {@code Language} of an info or video url. */
public record Language(@Required int id, String name, String code) {}
