package dev.tminus.resource.spacecraft;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.astronaut.AstronautFlight;
import dev.tminus.resource.landing.Landing;
import java.time.Instant;
import java.util.List;

/**
 * LL2 {@code SpacecraftFlightDetailedSerializerNoLaunch}, an item of a detailed rocket's
 * {@code spacecraft_stage}: a spacecraft flown by the launch, its landing and its three crews (each
 * listed by astronaut flight id), in {@code "detailed"} response mode. Its url is
 * {@code /2.3.0/spacecraft/flights/{id}/}. {@code duration} and {@code turn_around_time} are stored
 * as upstream gives them; upstream's schema requires both, never null, and so does an import. Its {@code docking_events} are the flight's own rows, in id order,
 * replaced when an import gives the list ({@link DockingEventForChaserNormal}).
 */
public record SpacecraftFlightDetailedSerializerNoLaunch(
    @Required int id,
    @Format("uri") String url,
    @Nullable @NotRequired String destination,
    @Nullable @NotRequired Instant missionEnd,
    SpacecraftDetailed spacecraft,
    Landing landing,
    @Required String duration,
    @Required String turnAroundTime,
    String responseMode,
    List<AstronautFlight> launchCrew,
    List<AstronautFlight> onboardCrew,
    List<AstronautFlight> landingCrew,
    List<DockingEventForChaserNormal> dockingEvents) {

  public static final String MODE = "detailed";
}
