package dev.tminus.resource.socialmedia;

import dev.tminus.json.Format;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;

/** LL2 {@code SocialMediaLink}: an agency's or an astronaut's account on a {@link SocialMedia}. */
public record SocialMediaLink(
    @Required int id,
    SocialMedia socialMedia,
    @Nullable @Format("uri") String url) {}
