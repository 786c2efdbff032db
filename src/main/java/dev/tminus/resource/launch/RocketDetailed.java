package dev.tminus.resource.launch;

import dev.tminus.json.Required;
import dev.tminus.resource.launcherconfig.LauncherConfigDetailed;
import dev.tminus.resource.spacecraft.SpacecraftFlightDetailedSerializerNoLaunch;
import java.util.List;

/**
 * LL2 {@code RocketDetailed}: a detailed launch's rocket, its configuration in detailed mode, its
 * first stages ({@code launcher_stage}, in id order) and the spacecraft it flies ({@code
 * spacecraft_stage}, stored with their crews). Its payloads are not stored yet: they are served as
 * an empty list, and an import's list is not written (README, "Compatibility with LL2").
 */
public record RocketDetailed(
    @Required int id,
    LauncherConfigDetailed configuration,
    List<FirstStageNormal> launcherStage,
    List<SpacecraftFlightDetailedSerializerNoLaunch> spacecraftStage,
    List<PayloadFlightSerializerNoLaunch> payloads) {}
