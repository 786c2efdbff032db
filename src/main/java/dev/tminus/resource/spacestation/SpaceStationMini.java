package dev.tminus.resource.spacestation;

import dev.tminus.json.Format;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.image.Image;

/** LL2 {@code SpaceStationMini}: a docking location's space station; upstream gives it no {@code response_mode} key. */
public record SpaceStationMini(
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    @Nullable Image image) {}
