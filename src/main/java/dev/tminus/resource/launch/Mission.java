package dev.tminus.resource.launch;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyDetailed;
import dev.tminus.resource.config.Orbit;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.vidurl.VidURL;
import java.util.List;

/** LL2 {@code Mission}: a launch's mission, its orbit, agencies and urls. {@code type} is the mission type's name. */
public record Mission(
    @Required int id,
    String name,
    String type,
    @NotRequired String description,
    @Nullable Image image,
    Orbit orbit,
    List<AgencyDetailed> agencies,
    List<InfoURL> infoUrls,
    List<VidURL> vidUrls) {}
