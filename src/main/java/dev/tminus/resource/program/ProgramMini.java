package dev.tminus.resource.program;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.image.Image;

/** LL2 {@code ProgramMini}, in {@code "list"} response mode. */
public record ProgramMini(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    String name,
    @Nullable Image image,
    @Nullable @Format("uri") @NotRequired String infoUrl,
    @Nullable @Format("uri") @NotRequired String wikiUrl) {}
