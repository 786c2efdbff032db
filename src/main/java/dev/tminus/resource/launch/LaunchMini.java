package dev.tminus.resource.launch;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;
import java.util.UUID;

/** LL2 {@code LaunchMini}: a launch named by its id, url and name, e.g. a first stage's previous flight. */
public record LaunchMini(
    @Required UUID id,
    @Format("uri") String url,
    @NotRequired String name) {}
