package dev.tminus.resource.event;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;

/** LL2 {@code InfoURL}; it has no id upstream, so an event's list is replaced as a whole on import. */
public record InfoURL(
    @NotRequired int priority,
    @Nullable @NotRequired String source,
    @Nullable @NotRequired String title,
    @Nullable @NotRequired String description,
    @Nullable @Format("uri") @NotRequired String featureImage,
    @Format("uri") @Required String url,
    @Nullable InfoURLType type,
    @Nullable Language language) {}
