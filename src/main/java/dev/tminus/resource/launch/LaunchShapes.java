package dev.tminus.resource.launch;

import static dev.tminus.db.schema.Tables.DOCKING_EVENT;
import static dev.tminus.db.schema.Tables.FIRST_STAGE;
import static dev.tminus.db.schema.Tables.INFO_URL;
import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.LAUNCH_MISSION_PATCH;
import static dev.tminus.db.schema.Tables.LAUNCH_PROGRAM;
import static dev.tminus.db.schema.Tables.LAUNCH_STATUS;
import static dev.tminus.db.schema.Tables.MISSION;
import static dev.tminus.db.schema.Tables.MISSION_AGENCY;
import static dev.tminus.db.schema.Tables.PAYLOAD_FLIGHT;
import static dev.tminus.db.schema.Tables.ROCKET;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT_LANDING_CREW;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT_LAUNCH_CREW;
import static dev.tminus.db.schema.Tables.SPACECRAFT_FLIGHT_ONBOARD_CREW;
import static dev.tminus.db.schema.Tables.TIMELINE_EVENT;
import static dev.tminus.db.schema.Tables.TIMELINE_EVENT_TYPE;
import static dev.tminus.db.schema.Tables.UPDATE_ENTRY;
import static dev.tminus.db.schema.Tables.VID_URL;

import dev.tminus.api.Mode;
import dev.tminus.api.Shape;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.astronaut.AstronautShapes;
import dev.tminus.resource.common.Precisions;
import dev.tminus.resource.config.Configs;
import dev.tminus.resource.config.TimelineEventType;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.infourl.InfoURLShapes;
import dev.tminus.resource.landing.LandingShapes;
import dev.tminus.resource.launcher.LauncherShapes;
import dev.tminus.resource.launcherconfig.LauncherConfigShapes;
import dev.tminus.resource.pad.PadShapes;
import dev.tminus.resource.payload.PayloadShapes;
import dev.tminus.resource.program.ProgramShapes;
import dev.tminus.resource.spacecraft.DockingEventForChaserNormal;
import dev.tminus.resource.spacecraft.SpacecraftFlightDetailedSerializerNoLaunch;
import dev.tminus.resource.spacecraft.SpacecraftFlightNormal;
import dev.tminus.resource.spacecraft.SpacecraftShapes;
import dev.tminus.resource.spacestation.SpaceStationShapes;
import dev.tminus.resource.update.UpdateShapes;
import dev.tminus.resource.vidurl.VidURLShapes;

/**
 * The shapes of launches: {@link LaunchBasic} (the list mode, and what events embed),
 * {@link LaunchNormal} and {@link LaunchDetailed}, with the missions and rockets they nest (a
 * detailed rocket's first stages with their launchers, landings and previous flights, its spacecraft
 * flights and payload flights with their docking events), and {@link LaunchMini}. Launch ids are UUIDs.
 */
public final class LaunchShapes {
  /** Where LL2 serves payload flights, which tminus does not serve yet (README, "Scope"). */
  public static final String PAYLOAD_FLIGHTS = "payload_flights";

  public static final Shape<LaunchStatus> STATUS = Shape.of(LaunchStatus.class, LAUNCH_STATUS, LAUNCH_STATUS.ID);

  public static final Shape<TimelineEventType> TIMELINE_EVENT_TYPE_SHAPE =
      Shape.of(TimelineEventType.class, TIMELINE_EVENT_TYPE, TIMELINE_EVENT_TYPE.ID);

  public static final Shape<TimelineEvent> TIMELINE = Shape.of(TimelineEvent.class, TIMELINE_EVENT, TIMELINE_EVENT.ID)
      .one("type", TIMELINE_EVENT.TYPE_ID, TIMELINE_EVENT_TYPE_SHAPE);

  public static final Shape<Mission> MISSION_SHAPE = Shape.of(Mission.class, MISSION, MISSION.ID)
      .one("image", MISSION.IMAGE_ID, ImageShapes.IMAGE)
      .one("orbit", MISSION.ORBIT_ID, Configs.ORBIT)
      .many("agencies", MISSION_AGENCY, MISSION_AGENCY.MISSION_ID, MISSION_AGENCY.AGENCY_ID, AgencyShapes.DETAILED)
      .children("info_urls", INFO_URL.MISSION_ID, InfoURLShapes.INFO_URL, InfoURLShapes.order())
      .children("vid_urls", VID_URL.MISSION_ID, VidURLShapes.VID_URL, VidURLShapes.order());

  public static final Shape<RocketNormal> ROCKET_NORMAL = Shape.of(RocketNormal.class, ROCKET, ROCKET.ID)
      .one("configuration", ROCKET.CONFIGURATION_ID, LauncherConfigShapes.LIST);

  /** A launch named by id and name: a first stage's previous flight. */
  public static final Shape<LaunchMini> MINI = Shape.of(LaunchMini.class, LAUNCH, LAUNCH.ID)
      .url(Launches.COLLECTION);

  public static final Shape<FirstStageNormal> FIRST_STAGE_NORMAL =
      Shape.of(FirstStageNormal.class, FIRST_STAGE, FIRST_STAGE.ID)
          .one("launcher", FIRST_STAGE.LAUNCHER_ID, LauncherShapes.NORMAL)
          .one("landing", FIRST_STAGE.LANDING_ID, LandingShapes.LANDING)
          .one("previous_flight", FIRST_STAGE.PREVIOUS_FLIGHT_ID, MINI);

  public static final Shape<LaunchBasic> BASIC = Shape.of(LaunchBasic.class, LAUNCH, LAUNCH.ID)
      .url(Launches.COLLECTION)
      .mode(LaunchBasic.MODE)
      .one("status", LAUNCH.STATUS_ID, STATUS)
      .one("net_precision", LAUNCH.NET_PRECISION_ID, Precisions.NET_PRECISION)
      .one("image", LAUNCH.IMAGE_ID, ImageShapes.IMAGE);

  public static final Shape<LaunchNormal> NORMAL = Shape.of(LaunchNormal.class, LAUNCH, LAUNCH.ID)
      .url(Launches.COLLECTION)
      .mode(Mode.NORMAL.wire())
      .one("status", LAUNCH.STATUS_ID, STATUS)
      .one("net_precision", LAUNCH.NET_PRECISION_ID, Precisions.NET_PRECISION)
      .one("image", LAUNCH.IMAGE_ID, ImageShapes.IMAGE)
      .one("launch_service_provider", LAUNCH.LAUNCH_SERVICE_PROVIDER_ID, AgencyShapes.MINI)
      .one("rocket", LAUNCH.ROCKET_ID, ROCKET_NORMAL)
      .one("mission", LAUNCH.MISSION_ID, MISSION_SHAPE)
      .one("pad", LAUNCH.PAD_ID, PadShapes.PAD_SHAPE)
      .many("program", LAUNCH_PROGRAM, LAUNCH_PROGRAM.LAUNCH_ID, LAUNCH_PROGRAM.PROGRAM_ID, ProgramShapes.NORMAL);

  // Below, what a detailed rocket lists, declared after NORMAL: a docking event's target flight
  // nests its launch in normal mode, the launch of the target's rocket.

  /** A spacecraft flight as a docking event's target. */
  public static final Shape<SpacecraftFlightNormal> SPACECRAFT_FLIGHT_NORMAL =
      Shape.of(SpacecraftFlightNormal.class, SPACECRAFT_FLIGHT, SPACECRAFT_FLIGHT.ID)
          .url(SpacecraftShapes.FLIGHTS)
          .mode(Mode.NORMAL.wire())
          .one("spacecraft", SPACECRAFT_FLIGHT.SPACECRAFT_ID, SpacecraftShapes.NORMAL)
          .oneSharing("launch", SPACECRAFT_FLIGHT.ROCKET_ID, LAUNCH.ROCKET_ID, NORMAL)
          .one("landing", SPACECRAFT_FLIGHT.LANDING_ID, LandingShapes.LANDING);

  /** A payload flight as a docking event's target. */
  public static final Shape<PayloadFlightNormal> PAYLOAD_FLIGHT_NORMAL =
      Shape.of(PayloadFlightNormal.class, PAYLOAD_FLIGHT, PAYLOAD_FLIGHT.ID)
          .mode(Mode.NORMAL.wire())
          .url(PAYLOAD_FLIGHTS)
          .one("payload", PAYLOAD_FLIGHT.PAYLOAD_ID, PayloadShapes.NORMAL)
          .oneSharing("launch", PAYLOAD_FLIGHT.ROCKET_ID, LAUNCH.ROCKET_ID, NORMAL)
          .one("landing", PAYLOAD_FLIGHT.LANDING_ID, LandingShapes.LANDING);

  /**
   * A docking event, the chaser flight's own row: its docking location, space station target and
   * target flights are upserted with it. A target flight is a flight row of its own (of its rocket,
   * when that launch is imported too), and its launch the launch of its rocket.
   */
  public static final Shape<DockingEventForChaserNormal> DOCKING_EVENT_SHAPE =
      Shape.of(DockingEventForChaserNormal.class, DOCKING_EVENT, DOCKING_EVENT.ID)
          .url(SpacecraftShapes.DOCKING_EVENTS)
          .one("docking_location", DOCKING_EVENT.DOCKING_LOCATION_ID, Configs.DOCKING_LOCATION)
          .one("space_station_target", DOCKING_EVENT.SPACE_STATION_TARGET_ID, SpaceStationShapes.NORMAL)
          .one("flight_vehicle_target", DOCKING_EVENT.FLIGHT_VEHICLE_TARGET_ID, SPACECRAFT_FLIGHT_NORMAL)
          .one("payload_flight_target", DOCKING_EVENT.PAYLOAD_FLIGHT_TARGET_ID, PAYLOAD_FLIGHT_NORMAL);

  /**
   * A spacecraft flown by a launch's rocket, with its crews (each a many-to-many list of astronaut
   * flights, in id order) and its docking events (the flight's own rows): replaced when an import
   * gives them, left when it does not.
   */
  public static final Shape<SpacecraftFlightDetailedSerializerNoLaunch> SPACECRAFT_FLIGHT_NO_LAUNCH =
      Shape.of(SpacecraftFlightDetailedSerializerNoLaunch.class, SPACECRAFT_FLIGHT, SPACECRAFT_FLIGHT.ID)
          .url(SpacecraftShapes.FLIGHTS)
          .mode(SpacecraftFlightDetailedSerializerNoLaunch.MODE)
          .one("spacecraft", SPACECRAFT_FLIGHT.SPACECRAFT_ID, SpacecraftShapes.DETAILED)
          .one("landing", SPACECRAFT_FLIGHT.LANDING_ID, LandingShapes.LANDING)
          .many("launch_crew", SPACECRAFT_FLIGHT_LAUNCH_CREW, SPACECRAFT_FLIGHT_LAUNCH_CREW.SPACECRAFT_FLIGHT_ID,
              SPACECRAFT_FLIGHT_LAUNCH_CREW.ASTRONAUT_FLIGHT_ID, AstronautShapes.FLIGHT)
          .many("onboard_crew", SPACECRAFT_FLIGHT_ONBOARD_CREW, SPACECRAFT_FLIGHT_ONBOARD_CREW.SPACECRAFT_FLIGHT_ID,
              SPACECRAFT_FLIGHT_ONBOARD_CREW.ASTRONAUT_FLIGHT_ID, AstronautShapes.FLIGHT)
          .many("landing_crew", SPACECRAFT_FLIGHT_LANDING_CREW, SPACECRAFT_FLIGHT_LANDING_CREW.SPACECRAFT_FLIGHT_ID,
              SPACECRAFT_FLIGHT_LANDING_CREW.ASTRONAUT_FLIGHT_ID, AstronautShapes.FLIGHT)
          .children("docking_events", DOCKING_EVENT.SPACECRAFT_FLIGHT_ID, DOCKING_EVENT_SHAPE, DOCKING_EVENT.ID.asc());

  /** A payload carried by a launch's rocket, with its docking events (the flight's own rows, replaced as a list). */
  public static final Shape<PayloadFlightSerializerNoLaunch> PAYLOAD_FLIGHT_NO_LAUNCH =
      Shape.of(PayloadFlightSerializerNoLaunch.class, PAYLOAD_FLIGHT, PAYLOAD_FLIGHT.ID)
          .mode(Mode.DETAILED.wire())
          .url(PAYLOAD_FLIGHTS)
          .one("payload", PAYLOAD_FLIGHT.PAYLOAD_ID, PayloadShapes.DETAILED)
          .one("landing", PAYLOAD_FLIGHT.LANDING_ID, LandingShapes.LANDING)
          .children("docking_events", DOCKING_EVENT.PAYLOAD_FLIGHT_ID, DOCKING_EVENT_SHAPE,
              DOCKING_EVENT.ID.asc());

  // The stages, spacecraft flights and payload flights are the rocket's own rows: an import that
  // gives a list replaces them, one without it (a normal launch) leaves them.
  public static final Shape<RocketDetailed> ROCKET_DETAILED = Shape.of(RocketDetailed.class, ROCKET, ROCKET.ID)
      .one("configuration", ROCKET.CONFIGURATION_ID, LauncherConfigShapes.DETAILED)
      .children("launcher_stage", FIRST_STAGE.ROCKET_ID, FIRST_STAGE_NORMAL, FIRST_STAGE.ID.asc())
      .children("spacecraft_stage", SPACECRAFT_FLIGHT.ROCKET_ID, SPACECRAFT_FLIGHT_NO_LAUNCH,
          SpacecraftShapes.order())
      .children("payloads", PAYLOAD_FLIGHT.ROCKET_ID, PAYLOAD_FLIGHT_NO_LAUNCH, PAYLOAD_FLIGHT.ID.asc());

  public static final Shape<LaunchDetailed> DETAILED = Shape.of(LaunchDetailed.class, LAUNCH, LAUNCH.ID)
      .url(Launches.COLLECTION)
      .mode(Mode.DETAILED.wire())
      .one("status", LAUNCH.STATUS_ID, STATUS)
      .one("net_precision", LAUNCH.NET_PRECISION_ID, Precisions.NET_PRECISION)
      .one("image", LAUNCH.IMAGE_ID, ImageShapes.IMAGE)
      .one("launch_service_provider", LAUNCH.LAUNCH_SERVICE_PROVIDER_ID, AgencyShapes.DETAILED)
      .one("rocket", LAUNCH.ROCKET_ID, ROCKET_DETAILED)
      .one("mission", LAUNCH.MISSION_ID, MISSION_SHAPE)
      .one("pad", LAUNCH.PAD_ID, PadShapes.PAD_SHAPE)
      .many("program", LAUNCH_PROGRAM, LAUNCH_PROGRAM.LAUNCH_ID, LAUNCH_PROGRAM.PROGRAM_ID, ProgramShapes.NORMAL)
      .children("updates", UPDATE_ENTRY.LAUNCH_ID, UpdateShapes.UPDATE, UpdateShapes.order())
      .children("info_urls", INFO_URL.LAUNCH_ID, InfoURLShapes.INFO_URL, InfoURLShapes.order())
      .children("vid_urls", VID_URL.LAUNCH_ID, VidURLShapes.VID_URL, VidURLShapes.order())
      .children("timeline", TIMELINE_EVENT.LAUNCH_ID, TIMELINE, TIMELINE_EVENT.ID.asc())
      .many("mission_patches", LAUNCH_MISSION_PATCH, LAUNCH_MISSION_PATCH.LAUNCH_ID,
          LAUNCH_MISSION_PATCH.MISSION_PATCH_ID, ProgramShapes.MISSION_PATCH_SHAPE);

  private LaunchShapes() {}
}
