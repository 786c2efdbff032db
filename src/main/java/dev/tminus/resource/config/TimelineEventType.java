package dev.tminus.resource.config;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code TimelineEventType}: {@code /2.3.0/config/timeline_event_types/}. */
public record TimelineEventType(
    @Required int id,
    String abbrev,
    @NotRequired String description) {}
