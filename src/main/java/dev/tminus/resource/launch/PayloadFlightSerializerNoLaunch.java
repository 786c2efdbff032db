package dev.tminus.resource.launch;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.landing.Landing;
import dev.tminus.resource.payload.PayloadDetailed;
import dev.tminus.resource.spacecraft.DockingEventForChaserNormal;
import java.util.List;

/**
 * LL2 {@code PayloadFlightSerializerNoLaunch}, an item of a detailed rocket's {@code payloads}: one
 * payload carried by the launch, in {@code "detailed"} mode, its {@code url} where LL2 serves
 * payload flights ({@code /2.3.0/payload_flights/{id}/}, not served yet). {@code landing} is null
 * when the payload has no landing, as upstream's Sputnik 1 sample shows (its schema does not say
 * nullable). Its docking events are the flight's own rows, in id order, replaced when an import
 * gives the list ({@link DockingEventForChaserNormal}).
 */
public record PayloadFlightSerializerNoLaunch(
    String responseMode,
    @Required int id,
    @Format("uri") String url,
    @Nullable @NotRequired String destination,
    @NotRequired Integer amount,
    PayloadDetailed payload,
    Landing landing,
    List<DockingEventForChaserNormal> dockingEvents) {}
