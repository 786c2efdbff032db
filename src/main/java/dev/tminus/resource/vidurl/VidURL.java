package dev.tminus.resource.vidurl;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.language.Language;
import java.time.Instant;

/**
 * LL2 {@code VidURL}: a webcast of an event or a launch. It has no id upstream, so an owner's list is
 * replaced as a whole on import; {@link VidURLShapes} reads and writes it for any owner.
 */
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
