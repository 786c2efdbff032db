package dev.tminus.resource.event;

import dev.tminus.json.Required;

/** LL2 {@code InfoURL}; it has no id upstream, so an event's list is replaced as a whole on import. */
public record InfoURL(
    int priority,
    String source,
    String title,
    String description,
    String featureImage,
    @Required String url,
    InfoURLType type,
    Language language) {}
