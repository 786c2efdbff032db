package dev.tminus.resource.event;

import dev.tminus.json.Required;
import java.time.Instant;

/** LL2 {@code Update}: a changelog note on an event, newest first. */
public record Update(
    @Required int id, String profileImage, String comment, String infoUrl, String createdBy, Instant createdOn) {}
