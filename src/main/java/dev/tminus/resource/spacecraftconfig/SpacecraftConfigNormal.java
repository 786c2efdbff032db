package dev.tminus.resource.spacecraftconfig;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.config.SpacecraftConfigType;
import dev.tminus.resource.image.Image;
import java.util.List;

/** LL2 {@code SpacecraftConfigNormal}, in {@code "normal"} mode. */
public record SpacecraftConfigNormal(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    String name,
    SpacecraftConfigType type,
    AgencyMini agency,
    @Nullable List<SpacecraftConfigFamilyNormal> family,
    @NotRequired boolean inUse,
    @Nullable Image image) {}
