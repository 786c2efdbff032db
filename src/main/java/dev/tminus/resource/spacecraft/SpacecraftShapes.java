package dev.tminus.resource.spacecraft;

import static dev.tminus.db.schema.Tables.DOCKING_EVENT;
import static dev.tminus.db.schema.Tables.SPACECRAFT;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT_LANDING_CREW;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT_LAUNCH_CREW;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT_ONBOARD_CREW;

import dev.tminus.api.Shape;
import dev.tminus.resource.astronaut.AstronautShapes;
import dev.tminus.resource.config.Configs;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.landing.LandingShapes;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigShapes;
import dev.tminus.resource.spacestation.SpaceStationShapes;
import org.jooq.SortField;

/**
 * The shapes of spacecraft and their flights, for what embeds them: a detailed rocket's
 * {@code spacecraft_stage} ({@link #FLIGHT_NO_LAUNCH}, owned by the rocket: importing the rocket's
 * list replaces its flights). Each crew is a many-to-many list of astronaut flights, in id order,
 * replaced when the flight is imported. Their own collections ({@code /2.3.0/spacecraft/},
 * {@code /2.3.0/spacecraft/flights/}) are not served yet; their urls point where LL2 serves them.
 */
public final class SpacecraftShapes {
  public static final String COLLECTION = "spacecraft";
  public static final String FLIGHTS = "spacecraft/flights";
  /** Where LL2 serves docking events, which tminus does not serve yet. */
  public static final String DOCKING_EVENTS = "docking_events";

  public static final Shape<SpacecraftDetailed> DETAILED = Shape.of(SpacecraftDetailed.class, SPACECRAFT, SPACECRAFT.ID)
      .mode(SpacecraftDetailed.MODE)
      .url(COLLECTION)
      .one("image", SPACECRAFT.IMAGE_ID, ImageShapes.IMAGE)
      .one("status", SPACECRAFT.STATUS_ID, Configs.SPACECRAFT_STATUS)
      .one("spacecraft_config", SPACECRAFT.SPACECRAFT_CONFIG_ID, SpacecraftConfigShapes.DETAILED);

  /**
   * A docking event, the chaser flight's own row: its docking location and space station target are
   * upserted with it; the flight targets are not stored yet, always null (README).
   */
  public static final Shape<DockingEventForChaserNormal> DOCKING_EVENT_SHAPE =
      Shape.of(DockingEventForChaserNormal.class, DOCKING_EVENT, DOCKING_EVENT.ID)
          .url(DOCKING_EVENTS)
          .one("docking_location", DOCKING_EVENT.DOCKING_LOCATION_ID, Configs.DOCKING_LOCATION)
          .one("space_station_target", DOCKING_EVENT.SPACE_STATION_TARGET_ID, SpaceStationShapes.NORMAL)
          .constant("flight_vehicle_target", null)
          .constant("payload_flight_target", null);

  // A flight's docking events: replaced when an import gives the list, left when it does not.
  public static final Shape<SpacecraftFlightDetailedSerializerNoLaunch> FLIGHT_NO_LAUNCH =
      Shape.of(SpacecraftFlightDetailedSerializerNoLaunch.class, SPACECRAFT_FLIGHT, SPACECRAFT_FLIGHT.ID)
          .url(FLIGHTS)
          .mode(SpacecraftFlightDetailedSerializerNoLaunch.MODE)
          .one("spacecraft", SPACECRAFT_FLIGHT.SPACECRAFT_ID, DETAILED)
          .one("landing", SPACECRAFT_FLIGHT.LANDING_ID, LandingShapes.LANDING)
          .many("launch_crew", SPACECRAFT_FLIGHT_LAUNCH_CREW, SPACECRAFT_FLIGHT_LAUNCH_CREW.SPACECRAFT_FLIGHT_ID,
              SPACECRAFT_FLIGHT_LAUNCH_CREW.ASTRONAUT_FLIGHT_ID, AstronautShapes.FLIGHT)
          .many("onboard_crew", SPACECRAFT_FLIGHT_ONBOARD_CREW, SPACECRAFT_FLIGHT_ONBOARD_CREW.SPACECRAFT_FLIGHT_ID,
              SPACECRAFT_FLIGHT_ONBOARD_CREW.ASTRONAUT_FLIGHT_ID, AstronautShapes.FLIGHT)
          .many("landing_crew", SPACECRAFT_FLIGHT_LANDING_CREW, SPACECRAFT_FLIGHT_LANDING_CREW.SPACECRAFT_FLIGHT_ID,
              SPACECRAFT_FLIGHT_LANDING_CREW.ASTRONAUT_FLIGHT_ID, AstronautShapes.FLIGHT)
          .children("docking_events", DOCKING_EVENT.SPACECRAFT_FLIGHT_ID, DOCKING_EVENT_SHAPE, DOCKING_EVENT.ID.asc());

  private SpacecraftShapes() {}

  /** A rocket's flights by id: the order upstream adds them (LL2 documents none). */
  public static SortField<?>[] order() {
    return new SortField<?>[] {SPACECRAFT_FLIGHT.ID.asc()};
  }
}
