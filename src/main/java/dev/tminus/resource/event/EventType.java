package dev.tminus.resource.event;

import dev.tminus.json.Required;

/** LL2 {@code EventType}. */
public record EventType(@Required int id, String name) {}
