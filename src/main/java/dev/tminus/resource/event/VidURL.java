package dev.tminus.resource.event;

import dev.tminus.json.Required;
import java.time.Instant;

/** LL2 {@code VidURL}; it has no id upstream, so an event's list is replaced as a whole on import. */
public record VidURL(
    int priority,
    String source,
    String publisher,
    String title,
    String description,
    String featureImage,
    @Required String url,
    VidURLType type,
    Language language,
    Instant startTime,
    Instant endTime,
    boolean live) {}
