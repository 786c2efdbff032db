package dev.tminus.resource.astronaut;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.config.AstronautType;
import dev.tminus.resource.country.Country;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.socialmedia.SocialMediaLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * LL2 {@code AstronautDetailed}: {@link AstronautNormal}'s fields, then the astronaut's type, times,
 * dates, nationality, bio and links, as an {@link AstronautFlight} nests it. Its {@code response_mode}
 * is the schema's default, {@code "list"}. {@code time_in_space}, {@code eva_time} and {@code age} are
 * stored as upstream gives them.
 */
public record AstronautDetailed(
    @Required int id,
    @Format("uri") String url,
    @Required String name,
    AstronautStatus status,
    @Nullable AgencyMini agency,
    @Nullable Image image,
    String responseMode,
    AstronautType type,
    @NotRequired boolean inSpace,
    @Nullable String timeInSpace,
    String evaTime,
    @Nullable @NotRequired Integer age,
    @Nullable @NotRequired LocalDate dateOfBirth,
    @Nullable @NotRequired LocalDate dateOfDeath,
    List<Country> nationality,
    String bio,
    @Nullable @NotRequired String wiki,
    @Nullable @NotRequired Instant lastFlight,
    @Nullable @NotRequired Instant firstFlight,
    List<SocialMediaLink> socialMediaLinks) {

  public static final String MODE = "list";
}
