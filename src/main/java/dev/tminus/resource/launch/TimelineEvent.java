package dev.tminus.resource.launch;

import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.TimelineEventType;

/** LL2 {@code TimelineEvent}: one step of a launch's timeline, e.g. {@code "P0DT0H2M30S"} after liftoff. */
public record TimelineEvent(
    @Nullable TimelineEventType type,
    @Nullable String relativeTime) {}
