package dev.tminus.resource.socialmedia;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.image.Image;

/** LL2 {@code SocialMedia}: a network ("Twitter", "YouTube"), with its address and logo. */
public record SocialMedia(
    @Required int id,
    @NotRequired String name,
    @Nullable @Format("uri") String url,
    @Nullable Image logo) {}
