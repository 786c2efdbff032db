package dev.tminus.resource.spacestation;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.image.Image;
import java.time.LocalDate;

/** LL2 {@code SpaceStationNormal}; upstream gives it no {@code response_mode} key. */
public record SpaceStationNormal(
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    @Nullable Image image,
    SpaceStationStatus status,
    LocalDate founded,
    @Nullable @NotRequired LocalDate deorbited,
    String description,
    @Nullable String orbit,
    SpaceStationType type) {}
