package dev.tminus.resource.launch;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.image.Image;
import java.time.Instant;
import java.util.UUID;

/** LL2 {@code LaunchBasic}, always in {@code "list"} response mode. Launch ids are UUIDs. */
public record LaunchBasic(
    @Required UUID id,
    @Format("uri") String url,
    @NotRequired @Required String name,
    String responseMode,
    @Required String slug,
    @Nullable @NotRequired String launchDesignator,
    @Nullable LaunchStatus status,
    @NotRequired Instant lastUpdated,
    @NotRequired Instant net,
    @Nullable NetPrecision netPrecision,
    @NotRequired Instant windowEnd,
    @NotRequired Instant windowStart,
    @Nullable Image image,
    @Nullable String infographic) {

  public static final String MODE = "list";
}
