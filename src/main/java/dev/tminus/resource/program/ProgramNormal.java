package dev.tminus.resource.program;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.image.Image;
import java.time.Instant;
import java.util.List;

/** LL2 {@code ProgramNormal}, always in {@code "normal"} response mode. */
public record ProgramNormal(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    @Nullable Image image,
    @Nullable @Format("uri") @NotRequired String infoUrl,
    @Nullable @Format("uri") @NotRequired String wikiUrl,
    @Nullable @NotRequired String description,
    List<AgencyMini> agencies,
    @Nullable @NotRequired Instant startDate,
    @Nullable @NotRequired Instant endDate,
    List<MissionPatch> missionPatches,
    ProgramType type) {

  public static final String MODE = "normal";
}
