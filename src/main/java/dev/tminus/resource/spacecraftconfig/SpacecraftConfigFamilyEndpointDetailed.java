package dev.tminus.resource.spacecraftconfig;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyNormal;
import java.time.LocalDate;
import java.util.List;

/** LL2 {@code SpacecraftConfigFamilyEndpointDetailed}: {@code /2.3.0/spacecraft_configuration_families/{id}/}, with its configurations. */
public record SpacecraftConfigFamilyEndpointDetailed(
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
    @Nullable @NotRequired Integer failedLandings,
    List<SpacecraftConfigNormal> spacecraft) {}
