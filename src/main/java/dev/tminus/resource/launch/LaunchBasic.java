package dev.tminus.resource.launch;

import dev.tminus.json.Required;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.image.Image;
import java.time.Instant;
import java.util.UUID;

/** LL2 {@code LaunchBasic}, always in {@code "list"} response mode. Launch ids are UUIDs. */
public record LaunchBasic(
    @Required UUID id,
    String url,
    @Required String name,
    String responseMode,
    @Required String slug,
    String launchDesignator,
    LaunchStatus status,
    Instant lastUpdated,
    Instant net,
    NetPrecision netPrecision,
    Instant windowEnd,
    Instant windowStart,
    Image image,
    String infographic) {

  public static final String MODE = "list";
}
