package dev.tminus.resource.launch;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.pad.Pad;
import dev.tminus.resource.program.ProgramNormal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** LL2 {@code LaunchNormal}, in {@code "normal"} response mode: the default of {@code /2.3.0/launches/}. */
public record LaunchNormal(
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
    @Nullable AgencyMini launchServiceProvider,
    @Nullable RocketNormal rocket,
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
    @Nullable @NotRequired Integer agencyLaunchAttemptCountYear) {}
