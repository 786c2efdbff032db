package dev.tminus.resource.event;

import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import java.time.Instant;
import java.util.List;

/**
 * LL2 {@code EventEndpointDetailed}: an event in {@code mode=detailed}, the default of detail views.
 * It is also the shape {@code import} reads; a relation list that is absent there is left as stored.
 */
public record EventEndpointDetailed(
    @Required int id,
    String url,
    @Required String name,
    List<InfoURL> infoUrls,
    List<VidURL> vidUrls,
    Image image,
    Instant date,
    @Required String slug,
    @Required EventType type,
    String description,
    boolean webcastLive,
    String location,
    NetPrecision datePrecision,
    String responseMode,
    String duration,
    List<Update> updates,
    Instant lastUpdated,
    List<AgencyMini> agencies,
    List<LaunchBasic> launches,
    List<ExpeditionNormal> expeditions,
    List<SpaceStationNormal> spacestations,
    List<ProgramNormal> program,
    List<AstronautNormal> astronauts) {}
