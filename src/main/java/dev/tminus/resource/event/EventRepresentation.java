package dev.tminus.resource.event;

import static dev.tminus.db.Tables.EVENT_AGENCY;
import static dev.tminus.db.Tables.EVENT_ASTRONAUT;
import static dev.tminus.db.Tables.EVENT_EXPEDITION;
import static dev.tminus.db.Tables.EVENT_LAUNCH;
import static dev.tminus.db.Tables.EVENT_PROGRAM;
import static dev.tminus.db.Tables.EVENT_SPACESTATION;
import static dev.tminus.db.Tables.EVENT_TYPE;
import static dev.tminus.db.Tables.INFO_URL_TYPE;
import static dev.tminus.db.Tables.NET_PRECISION;
import static dev.tminus.db.Tables.VID_URL_TYPE;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.db.Tables;
import dev.tminus.db.Tables.Event;
import dev.tminus.db.Tables.EventInfoUrl;
import dev.tminus.db.Tables.EventUpdate;
import dev.tminus.db.Tables.EventVidUrl;
import dev.tminus.resource.Representation;
import dev.tminus.resource.Rows;
import dev.tminus.resource.astronaut.Astronauts;
import dev.tminus.resource.common.Precisions;
import dev.tminus.resource.common.Shared;
import dev.tminus.resource.expedition.Expeditions;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.launch.Launches;
import dev.tminus.resource.program.Programs;
import dev.tminus.resource.spacestation.SpaceStations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/**
 * Events in each mode, assembled from batched queries: one per table, whatever the page size.
 * Nested lists come in upstream order: info and video urls by priority, updates newest first,
 * related objects by id.
 */
final class EventRepresentation implements Representation<Integer> {

  @Override
  public List<Object> represent(DSLContext dsl, List<Integer> ids, Mode mode, Links links) {
    if (ids.isEmpty()) return List.of();
    Map<Integer, Record> rows = new HashMap<>();
    for (Record r : dsl.select(Tables.fields(Event.TABLE))
        .select(EVENT_TYPE.id(), EVENT_TYPE.name())
        .select(Tables.fields(NET_PRECISION.table()))
        .from(Event.TABLE)
        .join(EVENT_TYPE.table()).on(EVENT_TYPE.id().eq(Event.TYPE_ID))
        .leftJoin(NET_PRECISION.table()).on(NET_PRECISION.id().eq(Event.DATE_PRECISION_ID))
        .where(Event.ID.in(ids))
        .fetch()) {
      rows.put(r.get(Event.ID), r);
    }
    Shared shared = new Shared(links);
    for (Record r : rows.values()) shared.needImage(r.get(Event.IMAGE_ID));
    Map<Integer, List<InfoURL>> infoUrls = infoUrls(dsl, ids);
    Map<Integer, List<VidURL>> vidUrls = vidUrls(dsl, ids);
    Map<Integer, List<Update>> updates = mode == Mode.LIST ? Map.of() : updates(dsl, ids);
    Supplier<Related> relatedLater = mode == Mode.DETAILED ? Related.load(dsl, ids, shared) : () -> null;
    shared.load(dsl);
    Related related = relatedLater.get();

    List<Object> out = new ArrayList<>(ids.size());
    for (Integer id : ids) {
      Record r = rows.get(id);
      if (r == null) continue; // deleted between the id query and this one
      String url = links.url(Events.COLLECTION, id);
      EventType type = new EventType(r.get(EVENT_TYPE.id()), r.get(EVENT_TYPE.name()));
      Image image = shared.image(r.get(Event.IMAGE_ID));
      List<InfoURL> info = Rows.listOf(infoUrls, id);
      List<VidURL> vid = Rows.listOf(vidUrls, id);
      String responseMode = mode.wire();
      out.add(switch (mode) {
        case LIST -> new EventEndpointList(id, url, r.get(Event.NAME), info, vid, image, r.get(Event.DATE),
            r.get(Event.SLUG), type, r.get(Event.DESCRIPTION), r.get(Event.WEBCAST_LIVE), r.get(Event.LOCATION),
            Precisions.from(r, NET_PRECISION), responseMode, r.get(Event.DURATION));
        case NORMAL -> new EventEndpointNormal(id, url, r.get(Event.NAME), info, vid, image, r.get(Event.DATE),
            r.get(Event.SLUG), type, r.get(Event.DESCRIPTION), r.get(Event.WEBCAST_LIVE), r.get(Event.LOCATION),
            Precisions.from(r, NET_PRECISION), responseMode, r.get(Event.DURATION), Rows.listOf(updates, id),
            r.get(Event.LAST_UPDATED));
        case DETAILED -> new EventEndpointDetailed(id, url, r.get(Event.NAME), info, vid, image, r.get(Event.DATE),
            r.get(Event.SLUG), type, r.get(Event.DESCRIPTION), r.get(Event.WEBCAST_LIVE), r.get(Event.LOCATION),
            Precisions.from(r, NET_PRECISION), responseMode, r.get(Event.DURATION), Rows.listOf(updates, id),
            r.get(Event.LAST_UPDATED), Rows.listOf(related.agencies, id), Rows.listOf(related.launches, id),
            Rows.listOf(related.expeditions, id), Rows.listOf(related.spacestations, id),
            Rows.listOf(related.programs, id), Rows.listOf(related.astronauts, id));
      });
    }
    return out;
  }

  private static Map<Integer, List<InfoURL>> infoUrls(DSLContext dsl, Collection<Integer> ids) {
    Result<Record> rows = dsl.select(Tables.fields(EventInfoUrl.TABLE))
        .select(INFO_URL_TYPE.id(), INFO_URL_TYPE.name())
        .select(Tables.fields(Tables.Language.TABLE))
        .from(EventInfoUrl.TABLE)
        .leftJoin(INFO_URL_TYPE.table()).on(INFO_URL_TYPE.id().eq(EventInfoUrl.TYPE_ID))
        .leftJoin(Tables.Language.TABLE).on(Tables.Language.ID.eq(EventInfoUrl.LANGUAGE_ID))
        .where(EventInfoUrl.EVENT_ID.in(ids))
        .orderBy(EventInfoUrl.PRIORITY, EventInfoUrl.ID)
        .fetch();
    return Rows.group(rows, EventInfoUrl.EVENT_ID, r -> new InfoURL(r.get(EventInfoUrl.PRIORITY),
        r.get(EventInfoUrl.SOURCE), r.get(EventInfoUrl.TITLE), r.get(EventInfoUrl.DESCRIPTION),
        r.get(EventInfoUrl.FEATURE_IMAGE), r.get(EventInfoUrl.URL),
        r.get(INFO_URL_TYPE.id()) == null ? null : new InfoURLType(r.get(INFO_URL_TYPE.id()), r.get(INFO_URL_TYPE.name())),
        language(r)));
  }

  private static Map<Integer, List<VidURL>> vidUrls(DSLContext dsl, Collection<Integer> ids) {
    Result<Record> rows = dsl.select(Tables.fields(EventVidUrl.TABLE))
        .select(VID_URL_TYPE.id(), VID_URL_TYPE.name())
        .select(Tables.fields(Tables.Language.TABLE))
        .from(EventVidUrl.TABLE)
        .leftJoin(VID_URL_TYPE.table()).on(VID_URL_TYPE.id().eq(EventVidUrl.TYPE_ID))
        .leftJoin(Tables.Language.TABLE).on(Tables.Language.ID.eq(EventVidUrl.LANGUAGE_ID))
        .where(EventVidUrl.EVENT_ID.in(ids))
        .orderBy(EventVidUrl.PRIORITY, EventVidUrl.ID)
        .fetch();
    return Rows.group(rows, EventVidUrl.EVENT_ID, r -> new VidURL(r.get(EventVidUrl.PRIORITY),
        r.get(EventVidUrl.SOURCE), r.get(EventVidUrl.PUBLISHER), r.get(EventVidUrl.TITLE),
        r.get(EventVidUrl.DESCRIPTION), r.get(EventVidUrl.FEATURE_IMAGE), r.get(EventVidUrl.URL),
        r.get(VID_URL_TYPE.id()) == null ? null : new VidURLType(r.get(VID_URL_TYPE.id()), r.get(VID_URL_TYPE.name())),
        language(r), r.get(EventVidUrl.START_TIME), r.get(EventVidUrl.END_TIME), r.get(EventVidUrl.LIVE)));
  }

  private static Language language(Record r) {
    Integer id = r.get(Tables.Language.ID);
    return id == null ? null : new Language(id, r.get(Tables.Language.NAME), r.get(Tables.Language.CODE));
  }

  private static Map<Integer, List<Update>> updates(DSLContext dsl, Collection<Integer> ids) {
    return Rows.group(
        dsl.select(Tables.fields(EventUpdate.TABLE)).from(EventUpdate.TABLE)
            .where(EventUpdate.EVENT_ID.in(ids))
            .orderBy(EventUpdate.CREATED_ON.desc(), EventUpdate.ID.desc())
            .fetch(),
        EventUpdate.EVENT_ID,
        r -> new Update(r.get(EventUpdate.ID), r.get(EventUpdate.PROFILE_IMAGE), r.get(EventUpdate.COMMENT),
            r.get(EventUpdate.INFO_URL), r.get(EventUpdate.CREATED_BY), r.get(EventUpdate.CREATED_ON)));
  }

  /** The related objects of detailed mode, each list ordered by the related object's id. */
  private record Related(
      Map<Integer, List<dev.tminus.resource.agency.AgencyMini>> agencies,
      Map<Integer, List<dev.tminus.resource.launch.LaunchBasic>> launches,
      Map<Integer, List<dev.tminus.resource.expedition.ExpeditionNormal>> expeditions,
      Map<Integer, List<dev.tminus.resource.spacestation.SpaceStationNormal>> spacestations,
      Map<Integer, List<dev.tminus.resource.program.ProgramNormal>> programs,
      Map<Integer, List<dev.tminus.resource.astronaut.AstronautNormal>> astronauts) {

    /** Reads the join tables and the related objects now, and assembles them once {@code shared} is loaded. */
    static Supplier<Related> load(DSLContext dsl, List<Integer> ids, Shared shared) {
      var agencies = shared.agenciesOf(dsl, EVENT_AGENCY, ids);
      var launches = Launches.ofOwners(dsl, EVENT_LAUNCH, ids, shared);
      var expeditions = Expeditions.ofOwners(dsl, EVENT_EXPEDITION, ids, shared);
      var spacestations = SpaceStations.ofOwners(dsl, EVENT_SPACESTATION, ids, shared);
      var programs = Programs.ofOwners(dsl, EVENT_PROGRAM, ids, shared);
      var astronauts = Astronauts.ofOwners(dsl, EVENT_ASTRONAUT, ids, shared);
      return () -> new Related(agencies.get(), launches.get(), expeditions.get(), spacestations.get(),
          programs.get(), astronauts.get());
    }
  }
}
