package dev.tminus.resource.spacecraftconfig;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import java.time.LocalDate;

/** LL2 {@code SpacecraftConfigFamilyNormal}, in {@code "normal"} mode. */
public record SpacecraftConfigFamilyNormal(
    String responseMode,
    @Required int id,
    String name,
    @NotRequired String description,
    @Nullable AgencyMini manufacturer,
    @Nullable SpacecraftConfigFamilyMini parent,
    @Nullable @NotRequired LocalDate maidenFlight) {}
