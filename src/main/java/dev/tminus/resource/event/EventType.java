package dev.tminus.resource.event;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code EventType}. */
public record EventType(@Required int id, @NotRequired String name) {}
