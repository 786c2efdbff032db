package dev.tminus.resource.config;

import dev.tminus.api.Shape;
import dev.tminus.db.schema.Tables;
import dev.tminus.api.Resource;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.astronaut.AstronautStatus;
import dev.tminus.resource.celestialbody.CelestialBodyShapes;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.country.Countries;
import dev.tminus.resource.event.EventType;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.infourl.InfoURLType;
import dev.tminus.resource.language.Language;
import dev.tminus.resource.launch.LaunchStatus;
import dev.tminus.resource.location.LocationShapes;
import dev.tminus.resource.payload.PayloadShapes;
import dev.tminus.resource.program.ProgramShapes;
import dev.tminus.resource.spacecraftconfig.SpacecraftConfigShapes;
import dev.tminus.resource.spacestation.SpaceStationShapes;
import dev.tminus.resource.spacestation.SpaceStationStatus;
import dev.tminus.resource.vidurl.VidURLType;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;

/**
 * {@code /2.3.0/config/…}: LL2's lists of types, statuses and other small vocabularies, each one
 * shape without modes. Their help text shows no filters, search or ordering; as DRF does for a view
 * that declares none, {@code ordering} accepts any of the shape's plain fields and {@code search}
 * searches nothing.
 */
public final class Configs {
  public static final Shape<Orbit> ORBIT = Shape.of(Orbit.class, Tables.ORBIT, Tables.ORBIT.ID)
      .one("celestial_body", Tables.ORBIT.CELESTIAL_BODY_ID, CelestialBodyShapes.MINI);

  public static final Shape<LandingLocation> LANDING_LOCATION =
      Shape.of(LandingLocation.class, Tables.LANDING_LOCATION, Tables.LANDING_LOCATION.ID)
          .one("location", Tables.LANDING_LOCATION.LOCATION_ID, LocationShapes.NO_CELESTIAL_BODY)
          .one("image", Tables.LANDING_LOCATION.IMAGE_ID, ImageShapes.IMAGE)
          .one("celestial_body", Tables.LANDING_LOCATION.CELESTIAL_BODY_ID, CelestialBodyShapes.NORMAL);

  public static final Shape<AstronautRole> ASTRONAUT_ROLE =
      Shape.of(AstronautRole.class, Tables.ASTRONAUT_ROLE, Tables.ASTRONAUT_ROLE.ID);

  public static final Shape<AstronautType> ASTRONAUT_TYPE =
      Shape.of(AstronautType.class, Tables.ASTRONAUT_TYPE, Tables.ASTRONAUT_TYPE.ID);

  public static final Shape<SpacecraftStatus> SPACECRAFT_STATUS =
      Shape.of(SpacecraftStatus.class, Tables.SPACECRAFT_STATUS, Tables.SPACECRAFT_STATUS.ID);

  public static final Shape<LandingType> LANDING_TYPE = Shape.of(LandingType.class, Tables.LANDING_TYPE, Tables.LANDING_TYPE.ID);

  public static final Shape<DockingLocation> DOCKING_LOCATION =
      Shape.of(DockingLocation.class, Tables.DOCKING_LOCATION, Tables.DOCKING_LOCATION.ID)
          .one("spacestation", Tables.DOCKING_LOCATION.SPACESTATION_ID, SpaceStationShapes.MINI)
          .one("spacecraft", Tables.DOCKING_LOCATION.SPACECRAFT_ID, SpacecraftConfigShapes.NORMAL)
          .one("payload", Tables.DOCKING_LOCATION.PAYLOAD_ID, PayloadShapes.MINI);

  private Configs() {}

  /** Every config list, in the order of their paths. */
  public static List<Resource<?>> all() {
    return List.of(
        list("agency_types", "AgencyType", AgencyShapes.TYPE),
        list("astronaut_roles", "AstronautRole", ASTRONAUT_ROLE),
        list("astronaut_statuses", "AstronautStatus",
            plain(AstronautStatus.class, Tables.ASTRONAUT_STATUS, Tables.ASTRONAUT_STATUS.ID)),
        list("astronaut_types", "AstronautType", ASTRONAUT_TYPE),
        list("celestial_body_types", "CelestialBodyType", CelestialBodyShapes.TYPE),
        list("countries", "Country", Countries.COUNTRY),
        list("docking_locations", "DockingLocation", DOCKING_LOCATION),
        list("event_types", "EventType", plain(EventType.class, Tables.EVENT_TYPE, Tables.EVENT_TYPE.ID)),
        list("first_stage_types", "FirstStageType",
            plain(FirstStageType.class, Tables.FIRST_STAGE_TYPE, Tables.FIRST_STAGE_TYPE.ID)),
        list("image_licenses", "ImageLicense", ImageShapes.LICENSE),
        list("image_variant_types", "ImageVariantType", ImageShapes.VARIANT_TYPE),
        list("infourl_types", "InfoURLType", plain(InfoURLType.class, Tables.INFO_URL_TYPE, Tables.INFO_URL_TYPE.ID)),
        list("landing_locations", "LandingLocation", LANDING_LOCATION),
        list("landing_types", "LandingType", LANDING_TYPE),
        list("languages", "Language", plain(Language.class, Tables.LANGUAGE, Tables.LANGUAGE.ID)),
        list("launch_statuses", "LaunchStatus", plain(LaunchStatus.class, Tables.LAUNCH_STATUS, Tables.LAUNCH_STATUS.ID)),
        list("launcher_statuses", "LauncherStatus",
            plain(LauncherStatus.class, Tables.LAUNCHER_STATUS, Tables.LAUNCHER_STATUS.ID)),
        list("mission_types", "MissionType", plain(MissionType.class, Tables.MISSION_TYPE, Tables.MISSION_TYPE.ID)),
        list("net_precisions", "NetPrecision", plain(NetPrecision.class, Tables.NET_PRECISION, Tables.NET_PRECISION.ID)),
        list("notice_types", "NoticeType", plain(NoticeType.class, Tables.NOTICE_TYPE, Tables.NOTICE_TYPE.ID)),
        list("orbits", "Orbit", ORBIT),
        list("payload_types", "PayloadType", PayloadShapes.TYPE),
        list("program_types", "ProgramType", ProgramShapes.TYPE),
        list("road_closure_statuses", "RoadClosureStatus",
            plain(RoadClosureStatus.class, Tables.ROAD_CLOSURE_STATUS, Tables.ROAD_CLOSURE_STATUS.ID)),
        list("space_station_statuses", "SpaceStationStatus",
            plain(SpaceStationStatus.class, Tables.SPACE_STATION_STATUS, Tables.SPACE_STATION_STATUS.ID)),
        list("spacecraft_configuration_types", "SpacecraftConfigurationType",
            plain(SpacecraftConfigType.class, Tables.SPACECRAFT_CONFIGURATION_TYPE, Tables.SPACECRAFT_CONFIGURATION_TYPE.ID)),
        list("spacecraft_statuses", "SpacecraftStatus", SPACECRAFT_STATUS),
        list("timeline_event_types", "TimelineEventType",
            plain(TimelineEventType.class, Tables.TIMELINE_EVENT_TYPE, Tables.TIMELINE_EVENT_TYPE.ID)),
        list("vidurl_types", "VidURLType", plain(VidURLType.class, Tables.VID_URL_TYPE, Tables.VID_URL_TYPE.ID)));
  }

  private static <R extends java.lang.Record> Shape<R> plain(Class<R> type, Table<?> table, Field<Integer> key) {
    return Shape.of(type, table, key);
  }

  @SuppressWarnings("unchecked")
  private static Resource<Integer> list(String name, String modelName, Shape<?> shape) {
    Field<Integer> key = (Field<Integer>) shape.key();
    return Resource.<Integer>named("config/" + name, modelName)
        .table(shape.table(), key, Resource::integerId)
        .single(shape)
        .defaultOrdering(key.asc())
        .validate();
  }
}
