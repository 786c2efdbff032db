package dev.tminus.resource.event;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import java.time.Instant;

/** LL2 {@code VidURL}; it has no id upstream, so an event's list is replaced as a whole on import. */
public record VidURL(
    @NotRequired int priority,
    @Nullable @NotRequired String source,
    @Nullable @NotRequired String publisher,
    @Nullable @NotRequired String title,
    @Nullable @NotRequired String description,
    @Nullable @Format("uri") @NotRequired String featureImage,
    @Format("uri") @Required String url,
    @Nullable VidURLType type,
    @Nullable Language language,
    @Nullable @NotRequired Instant startTime,
    @Nullable @NotRequired Instant endTime,
    @NotRequired boolean live) {}
