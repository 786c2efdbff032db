package dev.tminus.resource.agency;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.socialmedia.SocialMediaLink;
import java.util.List;

/** LL2 {@code AgencyDetailed}: {@link AgencyNormal} with the agency's counters, links and social media; nested (a configuration's manufacturer, a payload's operator) it says {@code "normal"}, as upstream does. */
public record AgencyDetailed(
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
    @Nullable Image socialLogo,
    @Nullable @NotRequired Integer totalLaunchCount,
    @Nullable @NotRequired Integer consecutiveSuccessfulLaunches,
    @Nullable @NotRequired Integer successfulLaunches,
    @Nullable @NotRequired Integer failedLaunches,
    @Nullable @NotRequired Integer pendingLaunches,
    @Nullable @NotRequired Integer consecutiveSuccessfulLandings,
    @Nullable @NotRequired Integer successfulLandings,
    @Nullable @NotRequired Integer failedLandings,
    @Nullable @NotRequired Integer attemptedLandings,
    @Nullable @NotRequired Integer successfulLandingsSpacecraft,
    @Nullable @NotRequired Integer failedLandingsSpacecraft,
    @Nullable @NotRequired Integer attemptedLandingsSpacecraft,
    @Nullable @NotRequired Integer successfulLandingsPayload,
    @Nullable @NotRequired Integer failedLandingsPayload,
    @Nullable @NotRequired Integer attemptedLandingsPayload,
    @Nullable @Format("uri") @NotRequired String infoUrl,
    @Nullable @Format("uri") @NotRequired String wikiUrl,
    List<SocialMediaLink> socialMediaLinks) {}
