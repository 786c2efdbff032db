package dev.tminus.resource.event;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.vidurl.VidURL;
import java.time.Instant;
import java.util.List;

/** LL2 {@code EventEndpointList}: an event in {@code mode=list}. */
public record EventEndpointList(
    int id,
    @Format("uri") String url,
    String name,
    List<InfoURL> infoUrls,
    List<VidURL> vidUrls,
    @Nullable Image image,
    @Nullable @NotRequired Instant date,
    String slug,
    EventType type,
    @NotRequired String description,
    @NotRequired boolean webcastLive,
    @Nullable @NotRequired String location,
    @Nullable NetPrecision datePrecision,
    String responseMode,
    @Nullable String duration) {}
