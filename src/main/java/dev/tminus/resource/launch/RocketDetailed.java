package dev.tminus.resource.launch;

import dev.tminus.json.Required;
import dev.tminus.resource.launcherconfig.LauncherConfigDetailed;
import dev.tminus.resource.spacecraft.SpacecraftFlightDetailedSerializerNoLaunch;
import java.util.List;

/**
 * LL2 {@code RocketDetailed}: a detailed launch's rocket, its configuration in detailed mode, its
 * first stages ({@code launcher_stage}, in id order), the spacecraft it flies ({@code
 * spacecraft_stage}, stored with their crews) and its payload flights ({@code payloads}, in id
 * order), all stored (README, "Compatibility with LL2").
 */
public record RocketDetailed(
    @Required int id,
    LauncherConfigDetailed configuration,
    List<FirstStageNormal> launcherStage,
    List<SpacecraftFlightDetailedSerializerNoLaunch> spacecraftStage,
    List<PayloadFlightSerializerNoLaunch> payloads) {}
