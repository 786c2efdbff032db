package dev.tminus.resource.launch;

import dev.tminus.json.Nullable;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;
import dev.tminus.resource.landing.Landing;
import dev.tminus.resource.launcher.LauncherNormal;
import java.time.Instant;

/**
 * LL2 {@code FirstStageNormal}: one item of a detailed rocket's {@code launcher_stage}, a booster or
 * core with its landing and its previous flight, in id order. Its counters ({@code
 * launcher_flight_number}, {@code previous_flight_date}, {@code turn_around_time}) are stored as
 * upstream gives them, never recomputed; {@code type} is the first stage type's name, as upstream
 * serves it.
 */
public record FirstStageNormal(
    @Required int id,
    String type,
    @Nullable @NotRequired Boolean reused,
    @Nullable @NotRequired Integer launcherFlightNumber,
    LauncherNormal launcher,
    @Nullable @NotRequired Instant previousFlightDate,
    String turnAroundTime,
    Landing landing,
    LaunchMini previousFlight) {}
