package dev.tminus.resource.program;

import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.image.Image;
import java.time.Instant;
import java.util.List;

/** LL2 {@code ProgramNormal}, always in {@code "normal"} response mode. */
public record ProgramNormal(
    String responseMode,
    @Required int id,
    String url,
    @Required String name,
    Image image,
    String infoUrl,
    String wikiUrl,
    String description,
    List<AgencyMini> agencies,
    Instant startDate,
    Instant endDate,
    List<MissionPatch> missionPatches,
    ProgramType type) {

  public static final String MODE = "normal";
}
