package dev.tminus.resource.spacecraftconfig;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.config.SpacecraftConfigType;
import dev.tminus.resource.image.Image;
import java.time.LocalDate;
import java.util.List;

/** LL2 {@code SpacecraftConfigDetailed}, in {@code "detailed"} mode: {@code /2.3.0/spacecraft_configurations/{id}/}. */
public record SpacecraftConfigDetailed(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    String name,
    SpacecraftConfigType type,
    AgencyNormal agency,
    @Nullable List<SpacecraftConfigFamilyDetailed> family,
    @NotRequired boolean inUse,
    @Nullable Image image,
    @NotRequired String capability,
    @NotRequired String history,
    @NotRequired String details,
    @Nullable @NotRequired LocalDate maidenFlight,
    @Nullable @NotRequired Double height,
    @Nullable @NotRequired Double diameter,
    @NotRequired boolean humanRated,
    @Nullable @NotRequired Integer crewCapacity,
    @Nullable @NotRequired Integer payloadCapacity,
    @Nullable @NotRequired Integer payloadReturnCapacity,
    @Nullable @NotRequired String flightLife,
    @Format("uri") @NotRequired String wikiLink,
    @Format("uri") @NotRequired String infoLink,
    @Nullable @NotRequired Integer spacecraftFlown,
    @Nullable @NotRequired Integer totalLaunchCount,
    @Nullable @NotRequired Integer successfulLaunches,
    @Nullable @NotRequired Integer failedLaunches,
    @Nullable @NotRequired Integer attemptedLandings,
    @Nullable @NotRequired Integer successfulLandings,
    @Nullable @NotRequired Integer failedLandings,
    @Nullable String fastestTurnaround) {}
