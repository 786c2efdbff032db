package dev.tminus.resource.update;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import java.time.Instant;

/** LL2 {@code Update}: a changelog note on an event, a launch or a program, listed newest first ({@link UpdateShapes}). */
public record Update(
    @Required int id,
    @Nullable String profileImage,
    @Nullable @NotRequired String comment,
    @Nullable @Format("uri") @NotRequired String infoUrl,
    @Nullable String createdBy,
    @NotRequired Instant createdOn) {}
