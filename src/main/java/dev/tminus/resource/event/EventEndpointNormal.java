package dev.tminus.resource.event;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.update.Update;
import dev.tminus.resource.vidurl.VidURL;
import java.time.Instant;
import java.util.List;

/** LL2 {@code EventEndpointNormal}: an event in {@code mode=normal}, the default of lists. */
public record EventEndpointNormal(
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
    @Nullable String duration,
    List<Update> updates,
    @NotRequired Instant lastUpdated) {}
