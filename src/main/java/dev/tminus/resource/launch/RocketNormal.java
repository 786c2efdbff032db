package dev.tminus.resource.launch;

import dev.tminus.json.Required;
import dev.tminus.resource.launcherconfig.LauncherConfigList;

/** LL2 {@code RocketNormal}: a normal launch's rocket, its configuration in list mode. */
public record RocketNormal(
    @Required int id,
    LauncherConfigList configuration) {}
