package dev.tminus.resource.event;

import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.image.Image;
import java.time.Instant;
import java.util.List;

/** LL2 {@code EventEndpointNormal}: an event in {@code mode=normal}, the default of lists. */
public record EventEndpointNormal(
    int id,
    String url,
    String name,
    List<InfoURL> infoUrls,
    List<VidURL> vidUrls,
    Image image,
    Instant date,
    String slug,
    EventType type,
    String description,
    boolean webcastLive,
    String location,
    NetPrecision datePrecision,
    String responseMode,
    String duration,
    List<Update> updates,
    Instant lastUpdated) {}
