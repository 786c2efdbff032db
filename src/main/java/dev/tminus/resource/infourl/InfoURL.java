package dev.tminus.resource.infourl;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.language.Language;

/**
 * LL2 {@code InfoURL}: a page about an event or a launch. It has no id upstream, so an owner's list is
 * replaced as a whole on import; {@link InfoURLShapes} reads and writes it for any owner.
 */
public record InfoURL(
    @NotRequired int priority,
    @Nullable @NotRequired String source,
    @Nullable @NotRequired String title,
    @Nullable @NotRequired String description,
    @Nullable @Format("uri") @NotRequired String featureImage,
    @Format("uri") @Required String url,
    @Nullable InfoURLType type,
    @Nullable Language language) {}
