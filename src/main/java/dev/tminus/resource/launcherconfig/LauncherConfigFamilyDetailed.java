package dev.tminus.resource.launcherconfig;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyDetailed;
import java.time.LocalDate;
import java.util.List;

/** LL2 {@code LauncherConfigFamilyDetailed}, in {@code "detailed"} mode: {@code /2.3.0/launcher_configuration_families/{id}/}. */
public record LauncherConfigFamilyDetailed(
    String responseMode,
    @Required int id,
    String name,
    @Nullable List<AgencyDetailed> manufacturer,
    @Nullable LauncherConfigFamilyNormal parent,
    @NotRequired String description,
    @NotRequired boolean active,
    @Nullable @NotRequired LocalDate maidenFlight,
    @Nullable @NotRequired Integer totalLaunchCount,
    @Nullable @NotRequired Integer consecutiveSuccessfulLaunches,
    @Nullable @NotRequired Integer successfulLaunches,
    @Nullable @NotRequired Integer failedLaunches,
    @Nullable @NotRequired Integer pendingLaunches,
    @Nullable @NotRequired Integer attemptedLandings,
    @Nullable @NotRequired Integer successfulLandings,
    @Nullable @NotRequired Integer failedLandings,
    @Nullable @NotRequired Integer consecutiveSuccessfulLandings) {}
