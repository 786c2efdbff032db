package dev.tminus.resource.spacestation;

import dev.tminus.json.Required;
import dev.tminus.resource.image.Image;
import java.time.LocalDate;

/** LL2 {@code SpaceStationNormal}; upstream gives it no {@code response_mode} key. */
public record SpaceStationNormal(
    @Required int id,
    String url,
    @Required String name,
    Image image,
    SpaceStationStatus status,
    LocalDate founded,
    LocalDate deorbited,
    String description,
    String orbit,
    SpaceStationType type) {}
