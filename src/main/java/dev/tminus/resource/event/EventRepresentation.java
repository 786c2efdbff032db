package dev.tminus.resource.event;

import static dev.tminus.db.schema.Tables.EVENT;
import static dev.tminus.db.schema.Tables.EVENT_TYPE;
import static dev.tminus.db.schema.Tables.INFO_URL;
import static dev.tminus.db.schema.Tables.INFO_URL_TYPE;
import static dev.tminus.db.schema.Tables.LANGUAGE;
import static dev.tminus.db.schema.Tables.NET_PRECISION;
import static dev.tminus.db.schema.Tables.UPDATE_ENTRY;
import static dev.tminus.db.schema.Tables.VID_URL;
import static dev.tminus.db.schema.Tables.VID_URL_TYPE;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.Representation;
import dev.tminus.api.Rows;
import dev.tminus.db.Join;
import dev.tminus.resource.astronaut.Astronauts;
import dev.tminus.resource.common.Precisions;
import dev.tminus.resource.common.Shared;
import dev.tminus.resource.expedition.Expeditions;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.infourl.InfoURLType;
import dev.tminus.resource.language.Language;
import dev.tminus.resource.launch.Launches;
import dev.tminus.resource.program.Programs;
import dev.tminus.resource.spacestation.SpaceStations;
import dev.tminus.resource.update.Update;
import dev.tminus.resource.vidurl.VidURL;
import dev.tminus.resource.vidurl.VidURLType;
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
 *
 * <p>Why this and not {@link EventShapes} read as one {@code MULTISET} statement, which gives the
 * same bytes: measured ({@code EventRepresentationBenchmark}, docs/BENCHMARKS.md), the shapes take
 * ten to thirty times as long for a page of 100 detailed events on both databases. The nested
 * statement alone takes the databases longer than this whole loader, and jOOQ's reading of the
 * nested results costs several times more again.
 */
final class EventRepresentation implements Representation<Integer> {

  @Override
  public List<Object> represent(DSLContext dsl, List<Integer> ids, Mode mode, Links links) {
    if (ids.isEmpty()) return List.of();
    Map<Integer, Record> rows = new HashMap<>();
    for (Record r : dsl.select(EVENT.fields())
        .select(EVENT_TYPE.ID, EVENT_TYPE.NAME)
        .select(NET_PRECISION.fields())
        .from(EVENT)
        .join(EVENT_TYPE).on(EVENT_TYPE.ID.eq(EVENT.TYPE_ID))
        .leftJoin(NET_PRECISION).on(NET_PRECISION.ID.eq(EVENT.DATE_PRECISION_ID))
        .where(EVENT.ID.in(ids))
        .fetch()) {
      rows.put(r.get(EVENT.ID), r);
    }
    Shared shared = new Shared(links);
    for (Record r : rows.values()) shared.needImage(r.get(EVENT.IMAGE_ID));
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
      EventType type = new EventType(r.get(EVENT_TYPE.ID), r.get(EVENT_TYPE.NAME));
      Image image = shared.image(r.get(EVENT.IMAGE_ID));
      List<InfoURL> info = Rows.listOf(infoUrls, id);
      List<VidURL> vid = Rows.listOf(vidUrls, id);
      String responseMode = mode.wire();
      out.add(switch (mode) {
        case LIST -> new EventEndpointList(id, url, r.get(EVENT.NAME), info, vid, image, r.get(EVENT.DATE),
            r.get(EVENT.SLUG), type, r.get(EVENT.DESCRIPTION), r.get(EVENT.WEBCAST_LIVE), r.get(EVENT.LOCATION),
            Precisions.from(r), responseMode, r.get(EVENT.DURATION));
        case NORMAL -> new EventEndpointNormal(id, url, r.get(EVENT.NAME), info, vid, image, r.get(EVENT.DATE),
            r.get(EVENT.SLUG), type, r.get(EVENT.DESCRIPTION), r.get(EVENT.WEBCAST_LIVE), r.get(EVENT.LOCATION),
            Precisions.from(r), responseMode, r.get(EVENT.DURATION), Rows.listOf(updates, id),
            r.get(EVENT.LAST_UPDATED));
        case DETAILED -> new EventEndpointDetailed(id, url, r.get(EVENT.NAME), info, vid, image, r.get(EVENT.DATE),
            r.get(EVENT.SLUG), type, r.get(EVENT.DESCRIPTION), r.get(EVENT.WEBCAST_LIVE), r.get(EVENT.LOCATION),
            Precisions.from(r), responseMode, r.get(EVENT.DURATION), Rows.listOf(updates, id),
            r.get(EVENT.LAST_UPDATED), Rows.listOf(related.agencies, id), Rows.listOf(related.launches, id),
            Rows.listOf(related.expeditions, id), Rows.listOf(related.spacestations, id),
            Rows.listOf(related.programs, id), Rows.listOf(related.astronauts, id));
      });
    }
    return out;
  }

  private static Map<Integer, List<InfoURL>> infoUrls(DSLContext dsl, Collection<Integer> ids) {
    Result<Record> rows = dsl.select(INFO_URL.fields())
        .select(INFO_URL_TYPE.ID, INFO_URL_TYPE.NAME)
        .select(LANGUAGE.fields())
        .from(INFO_URL)
        .leftJoin(INFO_URL_TYPE).on(INFO_URL_TYPE.ID.eq(INFO_URL.TYPE_ID))
        .leftJoin(LANGUAGE).on(LANGUAGE.ID.eq(INFO_URL.LANGUAGE_ID))
        .where(INFO_URL.EVENT_ID.in(ids))
        .orderBy(INFO_URL.PRIORITY, INFO_URL.ID)
        .fetch();
    return Rows.group(rows, INFO_URL.EVENT_ID, r -> new InfoURL(r.get(INFO_URL.PRIORITY),
        r.get(INFO_URL.SOURCE), r.get(INFO_URL.TITLE), r.get(INFO_URL.DESCRIPTION),
        r.get(INFO_URL.FEATURE_IMAGE), r.get(INFO_URL.URL),
        r.get(INFO_URL_TYPE.ID) == null ? null : new InfoURLType(r.get(INFO_URL_TYPE.ID), r.get(INFO_URL_TYPE.NAME)),
        language(r)));
  }

  private static Map<Integer, List<VidURL>> vidUrls(DSLContext dsl, Collection<Integer> ids) {
    Result<Record> rows = dsl.select(VID_URL.fields())
        .select(VID_URL_TYPE.ID, VID_URL_TYPE.NAME)
        .select(LANGUAGE.fields())
        .from(VID_URL)
        .leftJoin(VID_URL_TYPE).on(VID_URL_TYPE.ID.eq(VID_URL.TYPE_ID))
        .leftJoin(LANGUAGE).on(LANGUAGE.ID.eq(VID_URL.LANGUAGE_ID))
        .where(VID_URL.EVENT_ID.in(ids))
        .orderBy(VID_URL.PRIORITY, VID_URL.ID)
        .fetch();
    return Rows.group(rows, VID_URL.EVENT_ID, r -> new VidURL(r.get(VID_URL.PRIORITY),
        r.get(VID_URL.SOURCE), r.get(VID_URL.PUBLISHER), r.get(VID_URL.TITLE),
        r.get(VID_URL.DESCRIPTION), r.get(VID_URL.FEATURE_IMAGE), r.get(VID_URL.URL),
        r.get(VID_URL_TYPE.ID) == null ? null : new VidURLType(r.get(VID_URL_TYPE.ID), r.get(VID_URL_TYPE.NAME)),
        language(r), r.get(VID_URL.START_TIME), r.get(VID_URL.END_TIME), r.get(VID_URL.LIVE)));
  }

  private static Language language(Record r) {
    Integer id = r.get(LANGUAGE.ID);
    return id == null ? null : new Language(id, r.get(LANGUAGE.NAME), r.get(LANGUAGE.CODE));
  }

  private static Map<Integer, List<Update>> updates(DSLContext dsl, Collection<Integer> ids) {
    return Rows.group(
        dsl.select(UPDATE_ENTRY.fields()).from(UPDATE_ENTRY)
            .where(UPDATE_ENTRY.EVENT_ID.in(ids))
            .orderBy(UPDATE_ENTRY.CREATED_ON.desc(), UPDATE_ENTRY.ID.desc())
            .fetch(),
        UPDATE_ENTRY.EVENT_ID,
        r -> new Update(r.get(UPDATE_ENTRY.ID), r.get(UPDATE_ENTRY.PROFILE_IMAGE), r.get(UPDATE_ENTRY.COMMENT),
            r.get(UPDATE_ENTRY.INFO_URL), r.get(UPDATE_ENTRY.CREATED_BY), r.get(UPDATE_ENTRY.CREATED_ON)));
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
      var agencies = shared.agenciesOf(dsl, Join.EVENT_AGENCIES, ids);
      var launches = Launches.ofOwners(dsl, Join.EVENT_LAUNCHES, ids, shared);
      var expeditions = Expeditions.ofOwners(dsl, Join.EVENT_EXPEDITIONS, ids, shared);
      var spacestations = SpaceStations.ofOwners(dsl, Join.EVENT_SPACESTATIONS, ids, shared);
      var programs = Programs.ofOwners(dsl, Join.EVENT_PROGRAMS, ids, shared);
      var astronauts = Astronauts.ofOwners(dsl, Join.EVENT_ASTRONAUTS, ids, shared);
      return () -> new Related(agencies.get(), launches.get(), expeditions.get(), spacestations.get(),
          programs.get(), astronauts.get());
    }
  }
}
