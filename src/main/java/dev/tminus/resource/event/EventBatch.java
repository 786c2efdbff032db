package dev.tminus.resource.event;

import static dev.tminus.db.Tables.AGENCY_TYPE;
import static dev.tminus.db.Tables.ASTRONAUT_STATUS;
import static dev.tminus.db.Tables.EVENT_AGENCY;
import static dev.tminus.db.Tables.EVENT_ASTRONAUT;
import static dev.tminus.db.Tables.EVENT_EXPEDITION;
import static dev.tminus.db.Tables.EVENT_LAUNCH;
import static dev.tminus.db.Tables.EVENT_PROGRAM;
import static dev.tminus.db.Tables.EVENT_SPACESTATION;
import static dev.tminus.db.Tables.EVENT_TYPE;
import static dev.tminus.db.Tables.EXPEDITION_MISSION_PATCH;
import static dev.tminus.db.Tables.IMAGE_VARIANT_TYPE;
import static dev.tminus.db.Tables.INFO_URL_TYPE;
import static dev.tminus.db.Tables.LAUNCH_STATUS;
import static dev.tminus.db.Tables.NET_PRECISION;
import static dev.tminus.db.Tables.PROGRAM_AGENCY;
import static dev.tminus.db.Tables.PROGRAM_MISSION_PATCH;
import static dev.tminus.db.Tables.PROGRAM_TYPE;
import static dev.tminus.db.Tables.SPACE_STATION_STATUS;
import static dev.tminus.db.Tables.SPACE_STATION_TYPE;
import static dev.tminus.db.Tables.VID_URL_TYPE;
import static dev.tminus.resource.event.EventWriter.seconds;

import dev.tminus.db.Bulk;
import dev.tminus.db.Tables;
import dev.tminus.db.Tables.Event;
import dev.tminus.db.Tables.EventInfoUrl;
import dev.tminus.db.Tables.EventUpdate;
import dev.tminus.db.Tables.EventVidUrl;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.event.EventWriter.Owned;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.expedition.SpacewalkList;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageVariant;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
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
  private final Set<String> written;
  private final Map<Tables.Lookup, Bulk> lookups = new LinkedHashMap<>();
  private final Bulk precisions = described(NET_PRECISION);
  private final Bulk statuses = described(LAUNCH_STATUS);
  private final Bulk languages = Bulk.of(Tables.Language.TABLE, Tables.Language.ID, Tables.Language.NAME,
      Tables.Language.CODE);
  private final Bulk licenses = Bulk.of(Tables.ImageLicense.TABLE, Tables.ImageLicense.ID, Tables.ImageLicense.NAME,
      Tables.ImageLicense.PRIORITY, Tables.ImageLicense.LINK);
  private final Bulk images = Bulk.of(Tables.Image.TABLE, Tables.Image.ID, Tables.Image.NAME, Tables.Image.IMAGE_URL,
      Tables.Image.THUMBNAIL_URL, Tables.Image.CREDIT, Tables.Image.LICENSE_ID, Tables.Image.SINGLE_USE);
  private final List<Integer> variantOwners = new ArrayList<>();
  private final Bulk variants = Bulk.of(Tables.ImageVariant.TABLE, Tables.ImageVariant.ID,
      Tables.ImageVariant.IMAGE_ID, Tables.ImageVariant.TYPE_ID, Tables.ImageVariant.IMAGE_URL);
  private final Bulk agencies = Bulk.of(Tables.Agency.TABLE, Tables.Agency.ID, Tables.Agency.NAME,
      Tables.Agency.ABBREV, Tables.Agency.TYPE_ID);
  private final Bulk launches = Bulk.of(Tables.Launch.TABLE, Tables.Launch.ID, Tables.Launch.NAME,
      Tables.Launch.SLUG, Tables.Launch.LAUNCH_DESIGNATOR, Tables.Launch.STATUS_ID, Tables.Launch.LAST_UPDATED,
      Tables.Launch.NET, Tables.Launch.NET_PRECISION_ID, Tables.Launch.WINDOW_END, Tables.Launch.WINDOW_START,
      Tables.Launch.IMAGE_ID, Tables.Launch.INFOGRAPHIC);
  private final Bulk stations = Bulk.of(Tables.SpaceStation.TABLE, Tables.SpaceStation.ID,
      Tables.SpaceStation.NAME, Tables.SpaceStation.IMAGE_ID, Tables.SpaceStation.STATUS_ID,
      Tables.SpaceStation.FOUNDED, Tables.SpaceStation.DEORBITED, Tables.SpaceStation.DESCRIPTION,
      Tables.SpaceStation.ORBIT, Tables.SpaceStation.TYPE_ID);
  private final Bulk patches = Bulk.of(Tables.MissionPatch.TABLE, Tables.MissionPatch.ID, Tables.MissionPatch.NAME,
      Tables.MissionPatch.PRIORITY, Tables.MissionPatch.IMAGE_URL, Tables.MissionPatch.AGENCY_ID);
  private final Bulk expeditions = Bulk.of(Tables.Expedition.TABLE, Tables.Expedition.ID, Tables.Expedition.NAME,
      Tables.Expedition.START_TIME, Tables.Expedition.END_TIME, Tables.Expedition.SPACESTATION_ID);
  private final List<Owned<MissionPatch>> expeditionPatches = new ArrayList<>();
  private final List<Integer> spacewalkOwners = new ArrayList<>();
  private final Bulk spacewalks = Bulk.of(Tables.Spacewalk.TABLE, Tables.Spacewalk.ID, Tables.Spacewalk.NAME,
      Tables.Spacewalk.START_TIME, Tables.Spacewalk.END_TIME, Tables.Spacewalk.DURATION, Tables.Spacewalk.LOCATION,
      Tables.Spacewalk.EXPEDITION_ID);
  private final Bulk programs = Bulk.of(Tables.Program.TABLE, Tables.Program.ID, Tables.Program.NAME,
      Tables.Program.IMAGE_ID, Tables.Program.INFO_URL, Tables.Program.WIKI_URL, Tables.Program.DESCRIPTION,
      Tables.Program.START_DATE, Tables.Program.END_DATE, Tables.Program.TYPE_ID);
  private final List<Owned<AgencyMini>> programAgencies = new ArrayList<>();
  private final List<Owned<MissionPatch>> programPatches = new ArrayList<>();
  private final Bulk astronauts = Bulk.of(Tables.Astronaut.TABLE, Tables.Astronaut.ID, Tables.Astronaut.NAME,
      Tables.Astronaut.STATUS_ID, Tables.Astronaut.AGENCY_ID, Tables.Astronaut.IMAGE_ID);
  private final Bulk events = Bulk.of(Event.TABLE, Event.ID, Event.NAME, Event.SLUG, Event.TYPE_ID,
      Event.DESCRIPTION, Event.WEBCAST_LIVE, Event.LOCATION, Event.DATE, Event.DATE_PRECISION_ID, Event.DURATION,
      Event.IMAGE_ID, Event.LAST_UPDATED);
  private final List<Integer> infoOwners = new ArrayList<>();
  private final Bulk infoUrls = Bulk.of(EventInfoUrl.TABLE, EventInfoUrl.EVENT_ID, EventInfoUrl.PRIORITY,
      EventInfoUrl.SOURCE, EventInfoUrl.TITLE, EventInfoUrl.DESCRIPTION, EventInfoUrl.FEATURE_IMAGE,
      EventInfoUrl.URL, EventInfoUrl.TYPE_ID, EventInfoUrl.LANGUAGE_ID);
  private final List<Integer> vidOwners = new ArrayList<>();
  private final Bulk vidUrls = Bulk.of(EventVidUrl.TABLE, EventVidUrl.EVENT_ID, EventVidUrl.PRIORITY,
      EventVidUrl.SOURCE, EventVidUrl.PUBLISHER, EventVidUrl.TITLE, EventVidUrl.DESCRIPTION,
      EventVidUrl.FEATURE_IMAGE, EventVidUrl.URL, EventVidUrl.TYPE_ID, EventVidUrl.LANGUAGE_ID,
      EventVidUrl.START_TIME, EventVidUrl.END_TIME, EventVidUrl.LIVE);
  private final List<Integer> updateOwners = new ArrayList<>();
  private final Bulk updates = Bulk.of(EventUpdate.TABLE, EventUpdate.ID, EventUpdate.EVENT_ID,
      EventUpdate.PROFILE_IMAGE, EventUpdate.COMMENT, EventUpdate.INFO_URL, EventUpdate.CREATED_BY,
      EventUpdate.CREATED_ON);
  private final List<Owned<AgencyMini>> eventAgencies = new ArrayList<>();
  private final List<Owned<LaunchBasic>> eventLaunches = new ArrayList<>();
  private final List<Owned<ExpeditionNormal>> eventExpeditions = new ArrayList<>();
  private final List<Owned<SpaceStationNormal>> eventStations = new ArrayList<>();
  private final List<Owned<ProgramNormal>> eventPrograms = new ArrayList<>();
  private final List<Owned<AstronautNormal>> eventAstronauts = new ArrayList<>();

  EventBatch(Set<String> written) {
    this.written = written;
  }

  private static Bulk described(Tables.Described t) {
    return Bulk.of(t.table(), t.id(), t.name(), t.abbrev(), t.description());
  }

  /** False when the transaction already wrote the object: shared objects are written once. */
  private boolean first(String kind, Object id) {
    return written.add(kind + ":" + id);
  }


  void add(EventEndpointDetailed e) {
    lookup(EVENT_TYPE, e.type().id(), e.type().name());
    precision(e.datePrecision());
    image(e.image());
    events.row(e.id(), e.name(), e.slug(), e.type().id(), e.description(), e.webcastLive(), e.location(),
        seconds(e.date()), e.datePrecision() == null ? null : e.datePrecision().id(), e.duration(),
        e.image() == null ? null : e.image().id(), seconds(e.lastUpdated()));
    if (e.infoUrls() != null) {
      infoOwners.add(e.id());
      for (InfoURL u : e.infoUrls()) {
        if (u.type() != null) lookup(INFO_URL_TYPE, u.type().id(), u.type().name());
        language(u.language());
        infoUrls.row(e.id(), u.priority(), u.source(), u.title(), u.description(), u.featureImage(), u.url(),
            u.type() == null ? null : u.type().id(), u.language() == null ? null : u.language().id());
      }
    }
    if (e.vidUrls() != null) {
      vidOwners.add(e.id());
      for (VidURL u : e.vidUrls()) {
        if (u.type() != null) lookup(VID_URL_TYPE, u.type().id(), u.type().name());
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

  private void lookup(Tables.Lookup table, int id, String name) {
    if (first(table.tableName(), id)) {
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
      if (v.type() != null) lookup(IMAGE_VARIANT_TYPE, v.type().id(), v.type().name());
      variants.row(v.id(), image.id(), v.type() == null ? null : v.type().id(), v.imageUrl());
    }
  }

  private void agency(AgencyMini a) {
    if (a == null || !first("agency", a.id())) return;
    if (a.type() != null) lookup(AGENCY_TYPE, a.type().id(), a.type().name());
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
    if (s.status() != null) lookup(SPACE_STATION_STATUS, s.status().id(), s.status().name());
    if (s.type() != null) lookup(SPACE_STATION_TYPE, s.type().id(), s.type().name());
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
    if (p.type() != null) lookup(PROGRAM_TYPE, p.type().id(), p.type().name());
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
    if (a.status() != null) lookup(ASTRONAUT_STATUS, a.status().id(), a.status().name());
    agency(a.agency());
    image(a.image());
    astronauts.row(a.id(), a.name(), a.status() == null ? null : a.status().id(),
        a.agency() == null ? null : a.agency().id(), a.image() == null ? null : a.image().id());
  }

  /** Writes every gathered row, parents before children. */
  void write(DSLContext dsl) {
    for (var e : lookups.entrySet()) e.getValue().upsert(dsl, e.getKey().id());
    upsert(dsl, precisions, NET_PRECISION.id());
    upsert(dsl, statuses, LAUNCH_STATUS.id());
    upsert(dsl, languages, Tables.Language.ID);
    upsert(dsl, licenses, Tables.ImageLicense.ID);
    upsert(dsl, images, Tables.Image.ID);
    if (!variantOwners.isEmpty()) {
      dsl.deleteFrom(Tables.ImageVariant.TABLE).where(Tables.ImageVariant.IMAGE_ID.in(variantOwners)).execute();
      upsert(dsl, variants, Tables.ImageVariant.ID);
    }
    upsert(dsl, agencies, Tables.Agency.ID);
    upsert(dsl, launches, Tables.Launch.ID);
    upsert(dsl, stations, Tables.SpaceStation.ID);
    upsert(dsl, patches, Tables.MissionPatch.ID);
    upsert(dsl, expeditions, Tables.Expedition.ID);
    EventWriter.replaceJoin(dsl, EXPEDITION_MISSION_PATCH, expeditionPatches, MissionPatch::id);
    if (!spacewalkOwners.isEmpty()) {
      // A spacewalk belongs to one expedition: those no longer listed are let go.
      dsl.update(Tables.Spacewalk.TABLE).set(Tables.Spacewalk.EXPEDITION_ID, (Integer) null)
          .where(Tables.Spacewalk.EXPEDITION_ID.in(spacewalkOwners)).execute();
      upsert(dsl, spacewalks, Tables.Spacewalk.ID);
    }
    upsert(dsl, programs, Tables.Program.ID);
    EventWriter.replaceJoin(dsl, PROGRAM_AGENCY, programAgencies, AgencyMini::id);
    EventWriter.replaceJoin(dsl, PROGRAM_MISSION_PATCH, programPatches, MissionPatch::id);
    upsert(dsl, astronauts, Tables.Astronaut.ID);
    upsert(dsl, events, Event.ID);
    replaceChildren(dsl, EventInfoUrl.TABLE, EventInfoUrl.EVENT_ID, infoOwners, infoUrls);
    replaceChildren(dsl, EventVidUrl.TABLE, EventVidUrl.EVENT_ID, vidOwners, vidUrls);
    if (!updateOwners.isEmpty()) {
      dsl.deleteFrom(EventUpdate.TABLE).where(EventUpdate.EVENT_ID.in(updateOwners)).execute();
      upsert(dsl, updates, EventUpdate.ID);
    }
    EventWriter.replaceJoin(dsl, EVENT_AGENCY, eventAgencies, AgencyMini::id);
    EventWriter.replaceJoin(dsl, EVENT_LAUNCH, eventLaunches, LaunchBasic::id);
    EventWriter.replaceJoin(dsl, EVENT_EXPEDITION, eventExpeditions, ExpeditionNormal::id);
    EventWriter.replaceJoin(dsl, EVENT_SPACESTATION, eventStations, SpaceStationNormal::id);
    EventWriter.replaceJoin(dsl, EVENT_PROGRAM, eventPrograms, ProgramNormal::id);
    EventWriter.replaceJoin(dsl, EVENT_ASTRONAUT, eventAstronauts, AstronautNormal::id);
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
