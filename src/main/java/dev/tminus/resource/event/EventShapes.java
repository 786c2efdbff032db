package dev.tminus.resource.event;

import static dev.tminus.db.schema.Tables.EVENT;
import static dev.tminus.db.schema.Tables.EVENT_AGENCY;
import static dev.tminus.db.schema.Tables.EVENT_ASTRONAUT;
import static dev.tminus.db.schema.Tables.EVENT_EXPEDITION;
import static dev.tminus.db.schema.Tables.EVENT_LAUNCH;
import static dev.tminus.db.schema.Tables.EVENT_PROGRAM;
import static dev.tminus.db.schema.Tables.EVENT_SPACESTATION;
import static dev.tminus.db.schema.Tables.EVENT_TYPE;
import static dev.tminus.db.schema.Tables.INFO_URL;
import static dev.tminus.db.schema.Tables.UPDATE_ENTRY;
import static dev.tminus.db.schema.Tables.VID_URL;

import dev.tminus.api.Mode;
import dev.tminus.api.Shape;
import dev.tminus.resource.agency.AgencyShapes;
import dev.tminus.resource.astronaut.AstronautShapes;
import dev.tminus.resource.common.Precisions;
import dev.tminus.resource.expedition.ExpeditionShapes;
import dev.tminus.resource.image.ImageShapes;
import dev.tminus.resource.infourl.InfoURLShapes;
import dev.tminus.resource.launch.LaunchShapes;
import dev.tminus.resource.program.ProgramShapes;
import dev.tminus.resource.spacestation.SpaceStationShapes;
import dev.tminus.resource.update.UpdateShapes;
import dev.tminus.resource.vidurl.VidURLShapes;
import java.util.Map;

/**
 * The events' three modes declared as {@link Shape}s, composed from the shapes of the families an
 * event embeds; the kit reads them ({@link dev.tminus.api.ShapeLoader}: one statement per nested
 * shape and per list, whatever the page size) and can write them (the events' resource writes with
 * its own bulk {@link EventWriter}).
 */
public final class EventShapes {
  public static final Shape<EventType> TYPE = Shape.of(EventType.class, EVENT_TYPE, EVENT_TYPE.ID);

  public static final Shape<EventEndpointList> LIST = common(EventEndpointList.class, Mode.LIST);

  public static final Shape<EventEndpointNormal> NORMAL = common(EventEndpointNormal.class, Mode.NORMAL)
      .children("updates", UPDATE_ENTRY.EVENT_ID, UpdateShapes.UPDATE, UpdateShapes.order());

  public static final Shape<EventEndpointDetailed> DETAILED = common(EventEndpointDetailed.class, Mode.DETAILED)
      .children("updates", UPDATE_ENTRY.EVENT_ID, UpdateShapes.UPDATE, UpdateShapes.order())
      .many("agencies", EVENT_AGENCY, EVENT_AGENCY.EVENT_ID, EVENT_AGENCY.AGENCY_ID, AgencyShapes.MINI)
      .many("launches", EVENT_LAUNCH, EVENT_LAUNCH.EVENT_ID, EVENT_LAUNCH.LAUNCH_ID, LaunchShapes.BASIC)
      .many("expeditions", EVENT_EXPEDITION, EVENT_EXPEDITION.EVENT_ID, EVENT_EXPEDITION.EXPEDITION_ID,
          ExpeditionShapes.NORMAL)
      .many("spacestations", EVENT_SPACESTATION, EVENT_SPACESTATION.EVENT_ID, EVENT_SPACESTATION.SPACESTATION_ID,
          SpaceStationShapes.NORMAL)
      .many("program", EVENT_PROGRAM, EVENT_PROGRAM.EVENT_ID, EVENT_PROGRAM.PROGRAM_ID, ProgramShapes.NORMAL)
      .many("astronauts", EVENT_ASTRONAUT, EVENT_ASTRONAUT.EVENT_ID, EVENT_ASTRONAUT.ASTRONAUT_ID,
          AstronautShapes.NORMAL);

  /** Each mode's shape. */
  public static final Map<Mode, Shape<?>> MODES = Map.of(Mode.LIST, LIST, Mode.NORMAL, NORMAL, Mode.DETAILED, DETAILED);

  private EventShapes() {}

  /** What every mode shows: the event's own fields, its urls, image, type and date precision. */
  private static <R extends java.lang.Record> Shape<R> common(Class<R> type, Mode mode) {
    return Shape.of(type, EVENT, EVENT.ID)
        .url(Events.COLLECTION)
        .mode(mode.wire())
        .children("info_urls", INFO_URL.EVENT_ID, InfoURLShapes.INFO_URL, InfoURLShapes.order())
        .children("vid_urls", VID_URL.EVENT_ID, VidURLShapes.VID_URL, VidURLShapes.order())
        .one("image", EVENT.IMAGE_ID, ImageShapes.IMAGE)
        .one("type", EVENT.TYPE_ID, TYPE)
        .one("date_precision", EVENT.DATE_PRECISION_ID, Precisions.NET_PRECISION);
  }
}
