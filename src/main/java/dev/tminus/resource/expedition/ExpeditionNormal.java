package dev.tminus.resource.expedition;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import java.time.Instant;
import java.util.List;

/** LL2 {@code ExpeditionNormal}, always in {@code "normal"} response mode. */
public record ExpeditionNormal(
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    Instant start,
    @Nullable @NotRequired Instant end,
    String responseMode,
    SpaceStationNormal spacestation,
    List<MissionPatch> missionPatches,
    List<SpacewalkList> spacewalks) {

  public static final String MODE = "normal";
}
