package dev.tminus.resource.launcherconfig;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.program.ProgramNormal;
import java.util.List;

/** LL2 {@code LauncherConfigNormal}, in {@code "normal"} mode. */
public record LauncherConfigNormal(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    String name,
    @Nullable List<LauncherConfigFamilyNormal> families,
    @NotRequired String fullName,
    @NotRequired String variant,
    @NotRequired boolean active,
    @NotRequired boolean isPlaceholder,
    @Nullable AgencyNormal manufacturer,
    List<ProgramNormal> program,
    @NotRequired boolean reusable,
    @Nullable Image image,
    @Nullable @NotRequired String infoUrl,
    @Nullable @NotRequired String wikiUrl) {}
