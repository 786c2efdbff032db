package dev.tminus.resource.event;

import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.AGENCY_TYPE;
import static dev.tminus.db.schema.Tables.ASTRONAUT;
import static dev.tminus.db.schema.Tables.ASTRONAUT_STATUS;
import static dev.tminus.db.schema.Tables.EVENT;
import static dev.tminus.db.schema.Tables.EVENT_TYPE;
import static dev.tminus.db.schema.Tables.EXPEDITION;
import static dev.tminus.db.schema.Tables.IMAGE;
import static dev.tminus.db.schema.Tables.IMAGE_LICENSE;
import static dev.tminus.db.schema.Tables.IMAGE_VARIANT;
import static dev.tminus.db.schema.Tables.IMAGE_VARIANT_TYPE;
import static dev.tminus.db.schema.Tables.INFO_URL;
import static dev.tminus.db.schema.Tables.INFO_URL_TYPE;
import static dev.tminus.db.schema.Tables.LANGUAGE;
import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.LAUNCH_STATUS;
import static dev.tminus.db.schema.Tables.MISSION_PATCH;
import static dev.tminus.db.schema.Tables.NET_PRECISION;
import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.PROGRAM_TYPE;
import static dev.tminus.db.schema.Tables.SPACEWALK;
import static dev.tminus.db.schema.Tables.SPACE_STATION;
import static dev.tminus.db.schema.Tables.SPACE_STATION_STATUS;
import static dev.tminus.db.schema.Tables.SPACE_STATION_TYPE;
import static dev.tminus.db.schema.Tables.UPDATE_ENTRY;
import static dev.tminus.db.schema.Tables.VID_URL;
import static dev.tminus.db.schema.Tables.VID_URL_TYPE;
import static dev.tminus.resource.event.EventWriter.seconds;

import dev.tminus.db.Bulk;
import dev.tminus.db.Join;
import dev.tminus.db.Lookup;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.event.EventWriter.Owned;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.expedition.SpacewalkList;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageVariant;
import dev.tminus.resource.infourl.InfoURL;
import dev.tminus.resource.language.Language;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import dev.tminus.resource.update.Update;
import dev.tminus.resource.vidurl.VidURL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The rows of one batch of events and of everything embedded in them, gathered per table and then
 * written parents first, each table with one multi-row statement (two where a list is replaced).
 */
final class EventBatch {
  private static final Lookup EVENT_TYPES = Lookup.of(EVENT_TYPE, EVENT_TYPE.ID, EVENT_TYPE.NAME);
  private static final Lookup INFO_URL_TYPES = Lookup.of(INFO_URL_TYPE, INFO_URL_TYPE.ID, INFO_URL_TYPE.NAME);
  private static final Lookup VID_URL_TYPES = Lookup.of(VID_URL_TYPE, VID_URL_TYPE.ID, VID_URL_TYPE.NAME);
  private static final Lookup IMAGE_VARIANT_TYPES =
      Lookup.of(IMAGE_VARIANT_TYPE, IMAGE_VARIANT_TYPE.ID, IMAGE_VARIANT_TYPE.NAME);
  private static final Lookup AGENCY_TYPES = Lookup.of(AGENCY_TYPE, AGENCY_TYPE.ID, AGENCY_TYPE.NAME);
  private static final Lookup SPACE_STATION_STATUSES =
      Lookup.of(SPACE_STATION_STATUS, SPACE_STATION_STATUS.ID, SPACE_STATION_STATUS.NAME);
  private static final Lookup SPACE_STATION_TYPES =
      Lookup.of(SPACE_STATION_TYPE, SPACE_STATION_TYPE.ID, SPACE_STATION_TYPE.NAME);
  private static final Lookup PROGRAM_TYPES = Lookup.of(PROGRAM_TYPE, PROGRAM_TYPE.ID, PROGRAM_TYPE.NAME);
  private static final Lookup ASTRONAUT_STATUSES =
      Lookup.of(ASTRONAUT_STATUS, ASTRONAUT_STATUS.ID, ASTRONAUT_STATUS.NAME);

  private final Set<String> written;
  private final Map<Lookup, Bulk> lookups = new LinkedHashMap<>();
  private final Bulk precisions = Bulk.of(NET_PRECISION, NET_PRECISION.ID, NET_PRECISION.NAME, NET_PRECISION.ABBREV,
      NET_PRECISION.DESCRIPTION);
  private final Bulk statuses = Bulk.of(LAUNCH_STATUS, LAUNCH_STATUS.ID, LAUNCH_STATUS.NAME, LAUNCH_STATUS.ABBREV,
      LAUNCH_STATUS.DESCRIPTION);
  private final Bulk languages = Bulk.of(LANGUAGE, LANGUAGE.ID, LANGUAGE.NAME, LANGUAGE.CODE);
  private final Bulk licenses = Bulk.of(IMAGE_LICENSE, IMAGE_LICENSE.ID, IMAGE_LICENSE.NAME, IMAGE_LICENSE.PRIORITY,
      IMAGE_LICENSE.LINK);
  private final Bulk images = Bulk.of(IMAGE, IMAGE.ID, IMAGE.NAME, IMAGE.IMAGE_URL, IMAGE.THUMBNAIL_URL, IMAGE.CREDIT,
      IMAGE.LICENSE_ID, IMAGE.SINGLE_USE);
  private final List<Integer> variantOwners = new ArrayList<>();
  private final Bulk variants = Bulk.of(IMAGE_VARIANT, IMAGE_VARIANT.ID, IMAGE_VARIANT.IMAGE_ID,
      IMAGE_VARIANT.TYPE_ID, IMAGE_VARIANT.IMAGE_URL);
  private final Bulk agencies = Bulk.of(AGENCY, AGENCY.ID, AGENCY.NAME, AGENCY.ABBREV, AGENCY.TYPE_ID);
  private final Bulk launches = Bulk.of(LAUNCH, LAUNCH.ID, LAUNCH.NAME, LAUNCH.SLUG, LAUNCH.LAUNCH_DESIGNATOR,
      LAUNCH.STATUS_ID, LAUNCH.LAST_UPDATED, LAUNCH.NET, LAUNCH.NET_PRECISION_ID, LAUNCH.WINDOW_END,
      LAUNCH.WINDOW_START, LAUNCH.IMAGE_ID, LAUNCH.INFOGRAPHIC);
  private final Bulk stations = Bulk.of(SPACE_STATION, SPACE_STATION.ID, SPACE_STATION.NAME, SPACE_STATION.IMAGE_ID,
      SPACE_STATION.STATUS_ID, SPACE_STATION.FOUNDED, SPACE_STATION.DEORBITED, SPACE_STATION.DESCRIPTION,
      SPACE_STATION.ORBIT, SPACE_STATION.TYPE_ID);
  private final Bulk patches = Bulk.of(MISSION_PATCH, MISSION_PATCH.ID, MISSION_PATCH.NAME, MISSION_PATCH.PRIORITY,
      MISSION_PATCH.IMAGE_URL, MISSION_PATCH.AGENCY_ID);
  private final Bulk expeditions = Bulk.of(EXPEDITION, EXPEDITION.ID, EXPEDITION.NAME, EXPEDITION.START_TIME,
      EXPEDITION.END_TIME, EXPEDITION.SPACESTATION_ID);
  private final List<Owned<MissionPatch>> expeditionPatches = new ArrayList<>();
  private final List<Integer> spacewalkOwners = new ArrayList<>();
  private final Bulk spacewalks = Bulk.of(SPACEWALK, SPACEWALK.ID, SPACEWALK.NAME, SPACEWALK.START_TIME,
      SPACEWALK.END_TIME, SPACEWALK.DURATION, SPACEWALK.LOCATION, SPACEWALK.EXPEDITION_ID);
  private final Bulk programs = Bulk.of(PROGRAM, PROGRAM.ID, PROGRAM.NAME, PROGRAM.IMAGE_ID, PROGRAM.INFO_URL,
      PROGRAM.WIKI_URL, PROGRAM.DESCRIPTION, PROGRAM.START_DATE, PROGRAM.END_DATE, PROGRAM.TYPE_ID);
  private final List<Owned<AgencyMini>> programAgencies = new ArrayList<>();
  private final List<Owned<MissionPatch>> programPatches = new ArrayList<>();
  private final Bulk astronauts = Bulk.of(ASTRONAUT, ASTRONAUT.ID, ASTRONAUT.NAME, ASTRONAUT.STATUS_ID,
      ASTRONAUT.AGENCY_ID, ASTRONAUT.IMAGE_ID);
  private final Bulk events = Bulk.of(EVENT, EVENT.ID, EVENT.NAME, EVENT.SLUG, EVENT.TYPE_ID, EVENT.DESCRIPTION,
      EVENT.WEBCAST_LIVE, EVENT.LOCATION, EVENT.DATE, EVENT.DATE_PRECISION_ID, EVENT.DURATION, EVENT.IMAGE_ID,
      EVENT.LAST_UPDATED);
  private final List<Integer> infoOwners = new ArrayList<>();
  private final Bulk infoUrls = Bulk.of(INFO_URL, INFO_URL.EVENT_ID, INFO_URL.PRIORITY,
      INFO_URL.SOURCE, INFO_URL.TITLE, INFO_URL.DESCRIPTION, INFO_URL.FEATURE_IMAGE,
      INFO_URL.URL, INFO_URL.TYPE_ID, INFO_URL.LANGUAGE_ID);
  private final List<Integer> vidOwners = new ArrayList<>();
  private final Bulk vidUrls = Bulk.of(VID_URL, VID_URL.EVENT_ID, VID_URL.PRIORITY,
      VID_URL.SOURCE, VID_URL.PUBLISHER, VID_URL.TITLE, VID_URL.DESCRIPTION,
      VID_URL.FEATURE_IMAGE, VID_URL.URL, VID_URL.TYPE_ID, VID_URL.LANGUAGE_ID,
      VID_URL.START_TIME, VID_URL.END_TIME, VID_URL.LIVE);
  private final List<Integer> updateOwners = new ArrayList<>();
  private final Bulk updates = Bulk.of(UPDATE_ENTRY, UPDATE_ENTRY.ID, UPDATE_ENTRY.EVENT_ID,
      UPDATE_ENTRY.PROFILE_IMAGE, UPDATE_ENTRY.COMMENT, UPDATE_ENTRY.INFO_URL, UPDATE_ENTRY.CREATED_BY,
      UPDATE_ENTRY.CREATED_ON);
  private final List<Owned<AgencyMini>> eventAgencies = new ArrayList<>();
  private final List<Owned<LaunchBasic>> eventLaunches = new ArrayList<>();
  private final List<Owned<ExpeditionNormal>> eventExpeditions = new ArrayList<>();
  private final List<Owned<SpaceStationNormal>> eventStations = new ArrayList<>();
  private final List<Owned<ProgramNormal>> eventPrograms = new ArrayList<>();
  private final List<Owned<AstronautNormal>> eventAstronauts = new ArrayList<>();

  EventBatch(Set<String> written) {
    this.written = written;
  }

  /** False when the transaction already wrote the object: shared objects are written once. */
  private boolean first(String kind, Object id) {
    return written.add(kind + ":" + id);
  }


  void add(EventEndpointDetailed e) {
    lookup(EVENT_TYPES, e.type().id(), e.type().name());
    precision(e.datePrecision());
    image(e.image());
    events.row(e.id(), e.name(), e.slug(), e.type().id(), e.description(), e.webcastLive(), e.location(),
        seconds(e.date()), e.datePrecision() == null ? null : e.datePrecision().id(), e.duration(),
        e.image() == null ? null : e.image().id(), seconds(e.lastUpdated()));
    if (e.infoUrls() != null) {
      infoOwners.add(e.id());
      for (InfoURL u : e.infoUrls()) {
        if (u.type() != null) lookup(INFO_URL_TYPES, u.type().id(), u.type().name());
        language(u.language());
        infoUrls.row(e.id(), u.priority(), u.source(), u.title(), u.description(), u.featureImage(), u.url(),
            u.type() == null ? null : u.type().id(), u.language() == null ? null : u.language().id());
      }
    }
    if (e.vidUrls() != null) {
      vidOwners.add(e.id());
      for (VidURL u : e.vidUrls()) {
        if (u.type() != null) lookup(VID_URL_TYPES, u.type().id(), u.type().name());
        language(u.language());
        vidUrls.row(e.id(), u.priority(), u.source(), u.publisher(), u.title(), u.description(), u.featureImage(),
            u.url(), u.type() == null ? null : u.type().id(), u.language() == null ? null : u.language().id(),
            seconds(u.startTime()), seconds(u.endTime()), u.live());
      }
    }
    if (e.updates() != null) {
      updateOwners.add(e.id());
      for (Update u : e.updates()) {
        updates.row(u.id(), e.id(), u.profileImage(), u.comment(), u.infoUrl(), u.createdBy(), seconds(u.createdOn()));
      }
    }
    if (e.agencies() != null) {
      e.agencies().forEach(this::agency);
      eventAgencies.add(new Owned<>(e.id(), e.agencies()));
    }
    if (e.launches() != null) {
      e.launches().forEach(this::launch);
      eventLaunches.add(new Owned<>(e.id(), e.launches()));
    }
    if (e.expeditions() != null) {
      e.expeditions().forEach(this::expedition);
      eventExpeditions.add(new Owned<>(e.id(), e.expeditions()));
    }
    if (e.spacestations() != null) {
      e.spacestations().forEach(this::spaceStation);
      eventStations.add(new Owned<>(e.id(), e.spacestations()));
    }
    if (e.program() != null) {
      e.program().forEach(this::program);
      eventPrograms.add(new Owned<>(e.id(), e.program()));
    }
    if (e.astronauts() != null) {
      e.astronauts().forEach(this::astronaut);
      eventAstronauts.add(new Owned<>(e.id(), e.astronauts()));
    }
  }

  private void lookup(Lookup table, int id, String name) {
    if (first(table.table().getName(), id)) {
      lookups.computeIfAbsent(table, t -> Bulk.of(t.table(), t.id(), t.name())).row(id, name);
    }
  }

  private void precision(NetPrecision p) {
    if (p != null && first("net_precision", p.id())) precisions.row(p.id(), p.name(), p.abbrev(), p.description());
  }

  private void language(Language l) {
    if (l != null && first("language", l.id())) languages.row(l.id(), l.name(), l.code());
  }

  private void image(Image image) {
    if (image == null || !first("image", image.id())) return;
    if (image.license() != null && first("image_license", image.license().id())) {
      licenses.row(image.license().id(), image.license().name(), image.license().priority(), image.license().link());
    }
    images.row(image.id(), image.name(), image.imageUrl(), image.thumbnailUrl(), image.credit(),
        image.license() == null ? null : image.license().id(), image.singleUse());
    if (image.variants() == null) return;
    variantOwners.add(image.id());
    for (ImageVariant v : image.variants()) {
      if (v.type() != null) lookup(IMAGE_VARIANT_TYPES, v.type().id(), v.type().name());
      variants.row(v.id(), image.id(), v.type() == null ? null : v.type().id(), v.imageUrl());
    }
  }

  private void agency(AgencyMini a) {
    if (a == null || !first("agency", a.id())) return;
    if (a.type() != null) lookup(AGENCY_TYPES, a.type().id(), a.type().name());
    agencies.row(a.id(), a.name(), a.abbrev(), a.type() == null ? null : a.type().id());
  }

  private void launch(LaunchBasic l) {
    if (!first("launch", l.id())) return;
    if (l.status() != null && first("launch_status", l.status().id())) {
      statuses.row(l.status().id(), l.status().name(), l.status().abbrev(), l.status().description());
    }
    precision(l.netPrecision());
    image(l.image());
    launches.row(l.id(), l.name(), l.slug(), l.launchDesignator(), l.status() == null ? null : l.status().id(),
        seconds(l.lastUpdated()), seconds(l.net()), l.netPrecision() == null ? null : l.netPrecision().id(),
        seconds(l.windowEnd()), seconds(l.windowStart()), l.image() == null ? null : l.image().id(), l.infographic());
  }

  private void spaceStation(SpaceStationNormal s) {
    if (s == null || !first("space_station", s.id())) return;
    if (s.status() != null) lookup(SPACE_STATION_STATUSES, s.status().id(), s.status().name());
    if (s.type() != null) lookup(SPACE_STATION_TYPES, s.type().id(), s.type().name());
    image(s.image());
    stations.row(s.id(), s.name(), s.image() == null ? null : s.image().id(), s.status() == null ? null : s.status().id(),
        s.founded(), s.deorbited(), s.description(), s.orbit(), s.type() == null ? null : s.type().id());
  }

  private void missionPatch(MissionPatch p) {
    if (!first("mission_patch", p.id())) return;
    agency(p.agency());
    patches.row(p.id(), p.name(), p.priority(), p.imageUrl(), p.agency() == null ? null : p.agency().id());
  }

  private void expedition(ExpeditionNormal x) {
    if (!first("expedition", x.id())) return;
    spaceStation(x.spacestation());
    expeditions.row(x.id(), x.name(), seconds(x.start()), seconds(x.end()),
        x.spacestation() == null ? null : x.spacestation().id());
    if (x.missionPatches() != null) {
      x.missionPatches().forEach(this::missionPatch);
      expeditionPatches.add(new Owned<>(x.id(), x.missionPatches()));
    }
    if (x.spacewalks() != null) {
      spacewalkOwners.add(x.id());
      for (SpacewalkList w : x.spacewalks()) {
        if (first("spacewalk", w.id())) {
          spacewalks.row(w.id(), w.name(), seconds(w.start()), seconds(w.end()), w.duration(), w.location(), x.id());
        }
      }
    }
  }

  private void program(ProgramNormal p) {
    if (!first("program", p.id())) return;
    if (p.type() != null) lookup(PROGRAM_TYPES, p.type().id(), p.type().name());
    image(p.image());
    programs.row(p.id(), p.name(), p.image() == null ? null : p.image().id(), p.infoUrl(), p.wikiUrl(),
        p.description(), seconds(p.startDate()), seconds(p.endDate()), p.type() == null ? null : p.type().id());
    if (p.agencies() != null) {
      p.agencies().forEach(this::agency);
      programAgencies.add(new Owned<>(p.id(), p.agencies()));
    }
    if (p.missionPatches() != null) {
      p.missionPatches().forEach(this::missionPatch);
      programPatches.add(new Owned<>(p.id(), p.missionPatches()));
    }
  }

  private void astronaut(AstronautNormal a) {
    if (!first("astronaut", a.id())) return;
    if (a.status() != null) lookup(ASTRONAUT_STATUSES, a.status().id(), a.status().name());
    agency(a.agency());
    image(a.image());
    astronauts.row(a.id(), a.name(), a.status() == null ? null : a.status().id(),
        a.agency() == null ? null : a.agency().id(), a.image() == null ? null : a.image().id());
  }

  /** Writes every gathered row, parents before children. */
  void write(DSLContext dsl) {
    for (var e : lookups.entrySet()) e.getValue().upsert(dsl, e.getKey().id());
    upsert(dsl, precisions, NET_PRECISION.ID);
    upsert(dsl, statuses, LAUNCH_STATUS.ID);
    upsert(dsl, languages, LANGUAGE.ID);
    upsert(dsl, licenses, IMAGE_LICENSE.ID);
    upsert(dsl, images, IMAGE.ID);
    if (!variantOwners.isEmpty()) {
      dsl.deleteFrom(IMAGE_VARIANT).where(IMAGE_VARIANT.IMAGE_ID.in(variantOwners)).execute();
      upsert(dsl, variants, IMAGE_VARIANT.ID);
    }
    upsert(dsl, agencies, AGENCY.ID);
    upsert(dsl, launches, LAUNCH.ID);
    upsert(dsl, stations, SPACE_STATION.ID);
    upsert(dsl, patches, MISSION_PATCH.ID);
    upsert(dsl, expeditions, EXPEDITION.ID);
    EventWriter.replaceJoin(dsl, Join.EXPEDITION_MISSION_PATCHES, expeditionPatches, MissionPatch::id);
    if (!spacewalkOwners.isEmpty()) {
      // A spacewalk belongs to one expedition: those no longer listed are let go.
      dsl.update(SPACEWALK).set(SPACEWALK.EXPEDITION_ID, (Integer) null)
          .where(SPACEWALK.EXPEDITION_ID.in(spacewalkOwners)).execute();
      upsert(dsl, spacewalks, SPACEWALK.ID);
    }
    upsert(dsl, programs, PROGRAM.ID);
    EventWriter.replaceJoin(dsl, Join.PROGRAM_AGENCIES, programAgencies, AgencyMini::id);
    EventWriter.replaceJoin(dsl, Join.PROGRAM_MISSION_PATCHES, programPatches, MissionPatch::id);
    upsert(dsl, astronauts, ASTRONAUT.ID);
    upsert(dsl, events, EVENT.ID);
    replaceChildren(dsl, INFO_URL, INFO_URL.EVENT_ID, infoOwners, infoUrls);
    replaceChildren(dsl, VID_URL, VID_URL.EVENT_ID, vidOwners, vidUrls);
    if (!updateOwners.isEmpty()) {
      dsl.deleteFrom(UPDATE_ENTRY).where(UPDATE_ENTRY.EVENT_ID.in(updateOwners)).execute();
      upsert(dsl, updates, UPDATE_ENTRY.ID);
    }
    EventWriter.replaceJoin(dsl, Join.EVENT_AGENCIES, eventAgencies, AgencyMini::id);
    EventWriter.replaceJoin(dsl, Join.EVENT_LAUNCHES, eventLaunches, LaunchBasic::id);
    EventWriter.replaceJoin(dsl, Join.EVENT_EXPEDITIONS, eventExpeditions, ExpeditionNormal::id);
    EventWriter.replaceJoin(dsl, Join.EVENT_SPACESTATIONS, eventStations, SpaceStationNormal::id);
    EventWriter.replaceJoin(dsl, Join.EVENT_PROGRAMS, eventPrograms, ProgramNormal::id);
    EventWriter.replaceJoin(dsl, Join.EVENT_ASTRONAUTS, eventAstronauts, AstronautNormal::id);
  }

  private static void upsert(DSLContext dsl, Bulk rows, org.jooq.Field<?> key) {
    if (!rows.isEmpty()) rows.upsert(dsl, key);
  }

  private static void replaceChildren(DSLContext dsl, org.jooq.Table<?> table, org.jooq.Field<Integer> owner,
      List<Integer> owners, Bulk rows) {
    if (owners.isEmpty()) return;
    dsl.deleteFrom(table).where(owner.in(owners)).execute();
    if (!rows.isEmpty()) rows.insert(dsl);
  }
}
