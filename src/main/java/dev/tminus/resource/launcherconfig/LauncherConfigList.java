package dev.tminus.resource.launcherconfig;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import java.util.List;

/** LL2 {@code LauncherConfigList}, in {@code "list"} mode: a launch's {@code rocket.configuration} in a list. */
public record LauncherConfigList(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    String name,
    @Nullable List<LauncherConfigFamilyMini> families,
    @NotRequired String fullName,
    @NotRequired String variant) {}
