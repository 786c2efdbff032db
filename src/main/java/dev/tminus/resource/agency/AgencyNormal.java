package dev.tminus.resource.agency;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import java.util.List;

/** LL2 {@code AgencyNormal}, in {@code "normal"} response mode: the agencies of a pad. */
public record AgencyNormal(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    String name,
    @NotRequired String abbrev,
    AgencyType type,
    @NotRequired boolean featured,
    List<Country> country,
    @Nullable @NotRequired String description,
    @Nullable @NotRequired String administrator,
    @Nullable @NotRequired Integer foundingYear,
    @NotRequired String launchers,
    @NotRequired String spacecraft,
    @Nullable String parent,
    @Nullable Image image,
    @Nullable Image logo,
    @Nullable Image socialLogo) {}
