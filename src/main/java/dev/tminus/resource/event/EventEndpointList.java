package dev.tminus.resource.event;

import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.image.Image;
import java.time.Instant;
import java.util.List;

/** LL2 {@code EventEndpointList}: an event in {@code mode=list}. */
public record EventEndpointList(
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
    String duration) {}
