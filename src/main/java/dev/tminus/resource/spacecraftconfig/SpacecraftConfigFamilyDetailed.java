package dev.tminus.resource.spacecraftconfig;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyNormal;
import java.time.LocalDate;

/** LL2 {@code SpacecraftConfigFamilyDetailed}, in {@code "detailed"} mode: a configuration's family. */
public record SpacecraftConfigFamilyDetailed(
    String responseMode,
    @Required int id,
    String name,
    @NotRequired String description,
    AgencyNormal manufacturer,
    @Nullable SpacecraftConfigFamilyNormal parent,
    @Nullable @NotRequired LocalDate maidenFlight,
    @Nullable @NotRequired Integer spacecraftFlown,
    @Nullable @NotRequired Integer totalLaunchCount,
    @Nullable @NotRequired Integer successfulLaunches,
    @Nullable @NotRequired Integer failedLaunches,
    @Nullable @NotRequired Integer attemptedLandings,
    @Nullable @NotRequired Integer successfulLandings,
    @Nullable @NotRequired Integer failedLandings) {}
