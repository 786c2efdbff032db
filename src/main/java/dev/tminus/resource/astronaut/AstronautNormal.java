package dev.tminus.resource.astronaut;

import dev.tminus.json.Format;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.image.Image;

/** LL2 {@code AstronautNormal}; upstream gives it no {@code response_mode} key. */
public record AstronautNormal(
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    AstronautStatus status,
    @Nullable AgencyMini agency,
    @Nullable Image image) {}
