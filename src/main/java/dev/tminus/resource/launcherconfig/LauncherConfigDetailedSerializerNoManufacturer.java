package dev.tminus.resource.launcherconfig;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.program.ProgramNormal;
import java.time.LocalDate;
import java.util.List;

/** LL2 {@code LauncherConfigDetailedSerializerNoManufacturer}: a configuration inside its manufacturer's {@code launcher_list}. */
public record LauncherConfigDetailedSerializerNoManufacturer(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    String name,
    @Nullable List<LauncherConfigFamilyDetailed> families,
    @NotRequired String fullName,
    @NotRequired String variant,
    @NotRequired boolean active,
    @NotRequired boolean isPlaceholder,
    List<ProgramNormal> program,
    @NotRequired boolean reusable,
    @Nullable Image image,
    @Nullable @NotRequired String infoUrl,
    @Nullable @NotRequired String wikiUrl,
    @NotRequired String description,
    @NotRequired String alias,
    @Nullable @NotRequired Integer minStage,
    @Nullable @NotRequired Integer maxStage,
    @Nullable @NotRequired Double length,
    @Nullable @NotRequired Double diameter,
    @Nullable @NotRequired LocalDate maidenFlight,
    @Nullable @NotRequired Long launchCost,
    @Nullable @NotRequired Double launchMass,
    @Nullable @NotRequired Double leoCapacity,
    @Nullable @NotRequired Double gtoCapacity,
    @Nullable @NotRequired Double geoCapacity,
    @Nullable @NotRequired Double ssoCapacity,
    @Nullable @NotRequired Double toThrust,
    @Nullable @NotRequired Double apogee,
    @Nullable @NotRequired Integer totalLaunchCount,
    @Nullable @NotRequired Integer consecutiveSuccessfulLaunches,
    @Nullable @NotRequired Integer successfulLaunches,
    @Nullable @NotRequired Integer failedLaunches,
    @Nullable @NotRequired Integer pendingLaunches,
    @Nullable @NotRequired Integer attemptedLandings,
    @Nullable @NotRequired Integer successfulLandings,
    @Nullable @NotRequired Integer failedLandings,
    @Nullable @NotRequired Integer consecutiveSuccessfulLandings,
    @Nullable String fastestTurnaround) {}
