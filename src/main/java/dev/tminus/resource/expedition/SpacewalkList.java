package dev.tminus.resource.expedition;

import dev.tminus.json.Required;
import java.time.Instant;

/** LL2 {@code SpacewalkList}, always in {@code "list"} response mode; {@code duration} is ISO-8601 ({@code PT5H44M}). */
public record SpacewalkList(
    String responseMode,
    @Required int id,
    String url,
    @Required String name,
    Instant start,
    Instant end,
    String duration,
    String location) {

  public static final String MODE = "list";
}
