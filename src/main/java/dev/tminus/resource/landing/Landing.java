package dev.tminus.resource.landing;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.config.LandingLocation;
import dev.tminus.resource.config.LandingType;

/**
 * LL2 {@code Landing}: one landing attempt of a stage or a spacecraft, e.g. a Falcon 9 booster on a
 * drone ship, embedded in a launch's stages. Its {@code url} points at {@code /2.3.0/landings/{id}/}.
 */
public record Landing(
    @Required int id,
    @Format("uri") String url,
    @NotRequired boolean attempt,
    @Nullable @NotRequired Boolean success,
    @NotRequired String description,
    @Nullable @NotRequired Double downrangeDistance,
    LandingLocation landingLocation,
    LandingType type) {}
