package dev.tminus.resource.event;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import dev.tminus.resource.update.Update;
import dev.tminus.resource.vidurl.VidURL;
import java.time.Instant;
import java.util.List;

/**
 * LL2 {@code EventEndpointDetailed}: an event in {@code mode=detailed}, the default of detail views.
 * It is also the shape {@code import} reads; a relation list that is absent there is left as stored.
 */
public record EventEndpointDetailed(
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    List<InfoURL> infoUrls,
    List<VidURL> vidUrls,
    @Nullable Image image,
    @Nullable @NotRequired Instant date,
    @Required String slug,
    @Required EventType type,
    @NotRequired String description,
    @NotRequired boolean webcastLive,
    @Nullable @NotRequired String location,
    @Nullable NetPrecision datePrecision,
    String responseMode,
    @Nullable String duration,
    List<Update> updates,
    @NotRequired Instant lastUpdated,
    List<AgencyMini> agencies,
    List<LaunchBasic> launches,
    List<ExpeditionNormal> expeditions,
    List<SpaceStationNormal> spacestations,
    @Nullable List<ProgramNormal> program,
    @Nullable List<AstronautNormal> astronauts) {}
