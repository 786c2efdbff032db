package dev.tminus.resource.launch;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyDetailed;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.pad.Pad;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.update.Update;
import dev.tminus.resource.vidurl.VidURL;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * LL2 {@code LaunchDetailed}, in {@code "detailed"} response mode: the default of a launch's detail,
 * and the record {@code import} reads launches as.
 */
public record LaunchDetailed(
    @Required UUID id,
    @Format("uri") String url,
    @NotRequired String name,
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
    @Nullable String infographic,
    @Nullable @NotRequired Integer probability,
    @Nullable @NotRequired String weatherConcerns,
    @Nullable @NotRequired String failreason,
    @Nullable @NotRequired String hashtag,
    @Nullable AgencyDetailed launchServiceProvider,
    @Nullable RocketDetailed rocket,
    @Nullable Mission mission,
    @Nullable Pad pad,
    @NotRequired Boolean webcastLive,
    @Nullable List<ProgramNormal> program,
    @Nullable @NotRequired Integer orbitalLaunchAttemptCount,
    @Nullable @NotRequired Integer locationLaunchAttemptCount,
    @Nullable @NotRequired Integer padLaunchAttemptCount,
    @Nullable @NotRequired Integer agencyLaunchAttemptCount,
    @Nullable @NotRequired Integer orbitalLaunchAttemptCountYear,
    @Nullable @NotRequired Integer locationLaunchAttemptCountYear,
    @Nullable @NotRequired Integer padLaunchAttemptCountYear,
    @Nullable @NotRequired Integer agencyLaunchAttemptCountYear,
    @Nullable @Format("uri") @NotRequired String flightclubUrl,
    List<Update> updates,
    List<InfoURL> infoUrls,
    List<VidURL> vidUrls,
    List<TimelineEvent> timeline,
    String padTurnaround,
    @Required List<MissionPatch> missionPatches) {}
