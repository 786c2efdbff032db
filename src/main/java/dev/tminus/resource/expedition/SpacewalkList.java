package dev.tminus.resource.expedition;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import java.time.Instant;

/** LL2 {@code SpacewalkList}, always in {@code "list"} response mode; {@code duration} is ISO-8601 ({@code PT5H44M}). */
public record SpacewalkList(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    @Nullable @NotRequired Instant start,
    @Nullable @NotRequired Instant end,
    @Nullable String duration,
    @Nullable @NotRequired String location) {

  public static final String MODE = "list";
}
