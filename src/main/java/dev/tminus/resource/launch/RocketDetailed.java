package dev.tminus.resource.launch;

import dev.tminus.json.Required;
import dev.tminus.resource.launcherconfig.LauncherConfigDetailed;
import java.util.List;

/**
 * LL2 {@code RocketDetailed}: a detailed launch's rocket, its configuration in detailed mode and its
 * payload flights. Its stages are not stored yet: they are served as empty lists, and an import's
 * lists are not written (README, "Compatibility with LL2").
 */
public record RocketDetailed(
    @Required int id,
    LauncherConfigDetailed configuration,
    List<FirstStageNormal> launcherStage,
    List<SpacecraftFlightDetailedSerializerNoLaunch> spacecraftStage,
    List<PayloadFlightSerializerNoLaunch> payloads) {}
