package dev.tminus.resource.launcherconfig;

import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyNormal;
import java.util.List;

/** LL2 {@code LauncherConfigFamilyNormal}, in {@code "normal"} mode. */
public record LauncherConfigFamilyNormal(
    String responseMode,
    @Required int id,
    String name,
    List<AgencyNormal> manufacturer,
    @Nullable LauncherConfigFamilyMini parent) {}
