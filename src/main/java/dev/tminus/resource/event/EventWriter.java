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

import dev.tminus.db.Tables;
import dev.tminus.db.Tables.Event;
import dev.tminus.db.Tables.EventInfoUrl;
import dev.tminus.db.Tables.EventUpdate;
import dev.tminus.db.Tables.EventVidUrl;
import dev.tminus.db.DataVersion;
import dev.tminus.db.Upsert;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.astronaut.AstronautNormal;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.expedition.SpacewalkList;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.image.ImageVariant;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.program.MissionPatch;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Writes LL2 events, with everything embedded in them, into the normalized tables: every object
 * is upserted by its upstream id, so an agency embedded in a thousand events is one row (the last
 * copy read wins). An embedded list that is absent ({@code null}) leaves what is stored; a present
 * one replaces it. {@code url} and {@code response_mode} values are ignored: they are ours to build.
 *
 * <p>One writer serves one transaction: it takes the database's write lock (writers in other
 * processes wait for the transaction to end) and remembers the shared objects it already wrote.
 */
public final class EventWriter {
  private final DSLContext dsl;
  private final Set<String> written = new HashSet<>();

  public EventWriter(DSLContext dsl) {
    this.dsl = dsl;
    DataVersion.bump(dsl);
  }

  /** True when the event was new, false when it replaced a stored one. */
  public boolean write(EventEndpointDetailed e) {
    boolean created = !dsl.fetchExists(Event.TABLE, Event.ID.eq(e.id()));
    lookup(EVENT_TYPE, e.type().id(), e.type().name());
    precision(e.datePrecision());
    image(e.image());
    Upsert.into(Event.TABLE, Event.ID)
        .set(Event.ID, e.id())
        .set(Event.NAME, e.name())
        .set(Event.SLUG, e.slug())
        .set(Event.TYPE_ID, e.type().id())
        .set(Event.DESCRIPTION, e.description())
        .set(Event.WEBCAST_LIVE, e.webcastLive())
        .set(Event.LOCATION, e.location())
        .set(Event.DATE, seconds(e.date()))
        .set(Event.DATE_PRECISION_ID, e.datePrecision() == null ? null : e.datePrecision().id())
        .set(Event.DURATION, e.duration())
        .set(Event.IMAGE_ID, e.image() == null ? null : e.image().id())
        .set(Event.LAST_UPDATED, seconds(e.lastUpdated()))
        .execute(dsl);
    if (e.infoUrls() != null) infoUrls(e.id(), e.infoUrls());
    if (e.vidUrls() != null) vidUrls(e.id(), e.vidUrls());
    if (e.updates() != null) updates(e.id(), e.updates());
    if (e.agencies() != null) {
      e.agencies().forEach(this::agency);
      replaceJoin(EVENT_AGENCY, e.id(), e.agencies(), AgencyMini::id);
    }
    if (e.launches() != null) {
      e.launches().forEach(this::launch);
      replaceJoin(EVENT_LAUNCH, e.id(), e.launches(), LaunchBasic::id);
    }
    if (e.expeditions() != null) {
      e.expeditions().forEach(this::expedition);
      replaceJoin(EVENT_EXPEDITION, e.id(), e.expeditions(), ExpeditionNormal::id);
    }
    if (e.spacestations() != null) {
      e.spacestations().forEach(this::spaceStation);
      replaceJoin(EVENT_SPACESTATION, e.id(), e.spacestations(), SpaceStationNormal::id);
    }
    if (e.program() != null) {
      e.program().forEach(this::program);
      replaceJoin(EVENT_PROGRAM, e.id(), e.program(), ProgramNormal::id);
    }
    if (e.astronauts() != null) {
      e.astronauts().forEach(this::astronaut);
      replaceJoin(EVENT_ASTRONAUT, e.id(), e.astronauts(), AstronautNormal::id);
    }
    return created;
  }

  // LL2 timestamps have whole seconds; keeping them so makes output identical to input.
  private static Instant seconds(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS);
  }

  /** False when this writer already wrote the object: shared objects are written once per transaction. */
  private boolean first(String kind, Object id) {
    return written.add(kind + ":" + id);
  }

  private void lookup(Tables.Lookup table, int id, String name) {
    if (!first(table.tableName(), id)) return;
    Upsert.into(table.table(), table.id()).set(table.id(), id).set(table.name(), name).execute(dsl);
  }

  private void described(String kind, Tables.Described table, int id, String name, String abbrev, String description) {
    if (!first(kind, id)) return;
    Upsert.into(table.table(), table.id()).set(table.id(), id).set(table.name(), name)
        .set(table.abbrev(), abbrev).set(table.description(), description).execute(dsl);
  }

  private void precision(NetPrecision p) {
    if (p != null) described("net_precision", NET_PRECISION, p.id(), p.name(), p.abbrev(), p.description());
  }

  private void image(Image image) {
    if (image == null || !first("image", image.id())) return;
    if (image.license() != null && first("image_license", image.license().id())) {
      Upsert.into(Tables.ImageLicense.TABLE, Tables.ImageLicense.ID)
          .set(Tables.ImageLicense.ID, image.license().id())
          .set(Tables.ImageLicense.NAME, image.license().name())
          .set(Tables.ImageLicense.PRIORITY, image.license().priority())
          .set(Tables.ImageLicense.LINK, image.license().link())
          .execute(dsl);
    }
    Upsert.into(Tables.Image.TABLE, Tables.Image.ID)
        .set(Tables.Image.ID, image.id())
        .set(Tables.Image.NAME, image.name())
        .set(Tables.Image.IMAGE_URL, image.imageUrl())
        .set(Tables.Image.THUMBNAIL_URL, image.thumbnailUrl())
        .set(Tables.Image.CREDIT, image.credit())
        .set(Tables.Image.LICENSE_ID, image.license() == null ? null : image.license().id())
        .set(Tables.Image.SINGLE_USE, image.singleUse())
        .execute(dsl);
    if (image.variants() == null) return;
    dsl.deleteFrom(Tables.ImageVariant.TABLE).where(Tables.ImageVariant.IMAGE_ID.eq(image.id())).execute();
    for (ImageVariant v : image.variants()) {
      if (v.type() != null) lookup(IMAGE_VARIANT_TYPE, v.type().id(), v.type().name());
      Upsert.into(Tables.ImageVariant.TABLE, Tables.ImageVariant.ID)
          .set(Tables.ImageVariant.ID, v.id())
          .set(Tables.ImageVariant.IMAGE_ID, image.id())
          .set(Tables.ImageVariant.TYPE_ID, v.type() == null ? null : v.type().id())
          .set(Tables.ImageVariant.IMAGE_URL, v.imageUrl())
          .execute(dsl);
    }
  }

  private void agency(AgencyMini a) {
    if (a == null || !first("agency", a.id())) return;
    if (a.type() != null) lookup(AGENCY_TYPE, a.type().id(), a.type().name());
    Upsert.into(Tables.Agency.TABLE, Tables.Agency.ID)
        .set(Tables.Agency.ID, a.id())
        .set(Tables.Agency.NAME, a.name())
        .set(Tables.Agency.ABBREV, a.abbrev())
        .set(Tables.Agency.TYPE_ID, a.type() == null ? null : a.type().id())
        .execute(dsl);
  }

  private void launch(LaunchBasic l) {
    if (!first("launch", l.id())) return;
    if (l.status() != null) {
      described("launch_status", LAUNCH_STATUS, l.status().id(), l.status().name(), l.status().abbrev(),
          l.status().description());
    }
    precision(l.netPrecision());
    image(l.image());
    Upsert.into(Tables.Launch.TABLE, Tables.Launch.ID)
        .set(Tables.Launch.ID, l.id())
        .set(Tables.Launch.NAME, l.name())
        .set(Tables.Launch.SLUG, l.slug())
        .set(Tables.Launch.LAUNCH_DESIGNATOR, l.launchDesignator())
        .set(Tables.Launch.STATUS_ID, l.status() == null ? null : l.status().id())
        .set(Tables.Launch.LAST_UPDATED, seconds(l.lastUpdated()))
        .set(Tables.Launch.NET, seconds(l.net()))
        .set(Tables.Launch.NET_PRECISION_ID, l.netPrecision() == null ? null : l.netPrecision().id())
        .set(Tables.Launch.WINDOW_END, seconds(l.windowEnd()))
        .set(Tables.Launch.WINDOW_START, seconds(l.windowStart()))
        .set(Tables.Launch.IMAGE_ID, l.image() == null ? null : l.image().id())
        .set(Tables.Launch.INFOGRAPHIC, l.infographic())
        .execute(dsl);
  }

  private void spaceStation(SpaceStationNormal s) {
    if (s == null || !first("space_station", s.id())) return;
    if (s.status() != null) lookup(SPACE_STATION_STATUS, s.status().id(), s.status().name());
    if (s.type() != null) lookup(SPACE_STATION_TYPE, s.type().id(), s.type().name());
    image(s.image());
    Upsert.into(Tables.SpaceStation.TABLE, Tables.SpaceStation.ID)
        .set(Tables.SpaceStation.ID, s.id())
        .set(Tables.SpaceStation.NAME, s.name())
        .set(Tables.SpaceStation.IMAGE_ID, s.image() == null ? null : s.image().id())
        .set(Tables.SpaceStation.STATUS_ID, s.status() == null ? null : s.status().id())
        .set(Tables.SpaceStation.FOUNDED, s.founded())
        .set(Tables.SpaceStation.DEORBITED, s.deorbited())
        .set(Tables.SpaceStation.DESCRIPTION, s.description())
        .set(Tables.SpaceStation.ORBIT, s.orbit())
        .set(Tables.SpaceStation.TYPE_ID, s.type() == null ? null : s.type().id())
        .execute(dsl);
  }

  private void missionPatch(MissionPatch p) {
    if (!first("mission_patch", p.id())) return;
    agency(p.agency());
    Upsert.into(Tables.MissionPatch.TABLE, Tables.MissionPatch.ID)
        .set(Tables.MissionPatch.ID, p.id())
        .set(Tables.MissionPatch.NAME, p.name())
        .set(Tables.MissionPatch.PRIORITY, p.priority())
        .set(Tables.MissionPatch.IMAGE_URL, p.imageUrl())
        .set(Tables.MissionPatch.AGENCY_ID, p.agency() == null ? null : p.agency().id())
        .execute(dsl);
  }

  private void expedition(ExpeditionNormal x) {
    if (!first("expedition", x.id())) return;
    spaceStation(x.spacestation());
    Upsert.into(Tables.Expedition.TABLE, Tables.Expedition.ID)
        .set(Tables.Expedition.ID, x.id())
        .set(Tables.Expedition.NAME, x.name())
        .set(Tables.Expedition.START_TIME, seconds(x.start()))
        .set(Tables.Expedition.END_TIME, seconds(x.end()))
        .set(Tables.Expedition.SPACESTATION_ID, x.spacestation() == null ? null : x.spacestation().id())
        .execute(dsl);
    if (x.missionPatches() != null) {
      x.missionPatches().forEach(this::missionPatch);
      replaceJoin(EXPEDITION_MISSION_PATCH, x.id(), x.missionPatches(), MissionPatch::id);
    }
    if (x.spacewalks() != null) {
      // A spacewalk belongs to one expedition: those no longer listed are let go.
      dsl.update(Tables.Spacewalk.TABLE).set(Tables.Spacewalk.EXPEDITION_ID, (Integer) null)
          .where(Tables.Spacewalk.EXPEDITION_ID.eq(x.id())).execute();
      for (SpacewalkList w : x.spacewalks()) {
        Upsert.into(Tables.Spacewalk.TABLE, Tables.Spacewalk.ID)
            .set(Tables.Spacewalk.ID, w.id())
            .set(Tables.Spacewalk.NAME, w.name())
            .set(Tables.Spacewalk.START_TIME, seconds(w.start()))
            .set(Tables.Spacewalk.END_TIME, seconds(w.end()))
            .set(Tables.Spacewalk.DURATION, w.duration())
            .set(Tables.Spacewalk.LOCATION, w.location())
            .set(Tables.Spacewalk.EXPEDITION_ID, x.id())
            .execute(dsl);
      }
    }
  }

  private void program(ProgramNormal p) {
    if (!first("program", p.id())) return;
    if (p.type() != null) lookup(PROGRAM_TYPE, p.type().id(), p.type().name());
    image(p.image());
    Upsert.into(Tables.Program.TABLE, Tables.Program.ID)
        .set(Tables.Program.ID, p.id())
        .set(Tables.Program.NAME, p.name())
        .set(Tables.Program.IMAGE_ID, p.image() == null ? null : p.image().id())
        .set(Tables.Program.INFO_URL, p.infoUrl())
        .set(Tables.Program.WIKI_URL, p.wikiUrl())
        .set(Tables.Program.DESCRIPTION, p.description())
        .set(Tables.Program.START_DATE, seconds(p.startDate()))
        .set(Tables.Program.END_DATE, seconds(p.endDate()))
        .set(Tables.Program.TYPE_ID, p.type() == null ? null : p.type().id())
        .execute(dsl);
    if (p.agencies() != null) {
      p.agencies().forEach(this::agency);
      replaceJoin(PROGRAM_AGENCY, p.id(), p.agencies(), AgencyMini::id);
    }
    if (p.missionPatches() != null) {
      p.missionPatches().forEach(this::missionPatch);
      replaceJoin(PROGRAM_MISSION_PATCH, p.id(), p.missionPatches(), MissionPatch::id);
    }
  }

  private void astronaut(AstronautNormal a) {
    if (!first("astronaut", a.id())) return;
    if (a.status() != null) lookup(ASTRONAUT_STATUS, a.status().id(), a.status().name());
    agency(a.agency());
    image(a.image());
    Upsert.into(Tables.Astronaut.TABLE, Tables.Astronaut.ID)
        .set(Tables.Astronaut.ID, a.id())
        .set(Tables.Astronaut.NAME, a.name())
        .set(Tables.Astronaut.STATUS_ID, a.status() == null ? null : a.status().id())
        .set(Tables.Astronaut.AGENCY_ID, a.agency() == null ? null : a.agency().id())
        .set(Tables.Astronaut.IMAGE_ID, a.image() == null ? null : a.image().id())
        .execute(dsl);
  }

  private void infoUrls(int eventId, List<InfoURL> urls) {
    dsl.deleteFrom(EventInfoUrl.TABLE).where(EventInfoUrl.EVENT_ID.eq(eventId)).execute();
    for (InfoURL u : urls) {
      if (u.type() != null) lookup(INFO_URL_TYPE, u.type().id(), u.type().name());
      language(u.language());
      dsl.insertInto(EventInfoUrl.TABLE)
          .set(EventInfoUrl.EVENT_ID, eventId)
          .set(EventInfoUrl.PRIORITY, u.priority())
          .set(EventInfoUrl.SOURCE, u.source())
          .set(EventInfoUrl.TITLE, u.title())
          .set(EventInfoUrl.DESCRIPTION, u.description())
          .set(EventInfoUrl.FEATURE_IMAGE, u.featureImage())
          .set(EventInfoUrl.URL, u.url())
          .set(EventInfoUrl.TYPE_ID, u.type() == null ? null : u.type().id())
          .set(EventInfoUrl.LANGUAGE_ID, u.language() == null ? null : u.language().id())
          .execute();
    }
  }

  private void vidUrls(int eventId, List<VidURL> urls) {
    dsl.deleteFrom(EventVidUrl.TABLE).where(EventVidUrl.EVENT_ID.eq(eventId)).execute();
    for (VidURL u : urls) {
      if (u.type() != null) lookup(VID_URL_TYPE, u.type().id(), u.type().name());
      language(u.language());
      dsl.insertInto(EventVidUrl.TABLE)
          .set(EventVidUrl.EVENT_ID, eventId)
          .set(EventVidUrl.PRIORITY, u.priority())
          .set(EventVidUrl.SOURCE, u.source())
          .set(EventVidUrl.PUBLISHER, u.publisher())
          .set(EventVidUrl.TITLE, u.title())
          .set(EventVidUrl.DESCRIPTION, u.description())
          .set(EventVidUrl.FEATURE_IMAGE, u.featureImage())
          .set(EventVidUrl.URL, u.url())
          .set(EventVidUrl.TYPE_ID, u.type() == null ? null : u.type().id())
          .set(EventVidUrl.LANGUAGE_ID, u.language() == null ? null : u.language().id())
          .set(EventVidUrl.START_TIME, seconds(u.startTime()))
          .set(EventVidUrl.END_TIME, seconds(u.endTime()))
          .set(EventVidUrl.LIVE, u.live())
          .execute();
    }
  }

  private void language(Language l) {
    if (l == null || !first("language", l.id())) return;
    Upsert.into(Tables.Language.TABLE, Tables.Language.ID)
        .set(Tables.Language.ID, l.id())
        .set(Tables.Language.NAME, l.name())
        .set(Tables.Language.CODE, l.code())
        .execute(dsl);
  }

  private void updates(int eventId, List<Update> updates) {
    List<Integer> keep = updates.stream().map(Update::id).toList();
    dsl.deleteFrom(EventUpdate.TABLE)
        .where(EventUpdate.EVENT_ID.eq(eventId))
        .and(keep.isEmpty() ? org.jooq.impl.DSL.trueCondition() : EventUpdate.ID.notIn(keep))
        .execute();
    for (Update u : updates) {
      Upsert.into(EventUpdate.TABLE, EventUpdate.ID)
          .set(EventUpdate.ID, u.id())
          .set(EventUpdate.EVENT_ID, eventId)
          .set(EventUpdate.PROFILE_IMAGE, u.profileImage())
          .set(EventUpdate.COMMENT, u.comment())
          .set(EventUpdate.INFO_URL, u.infoUrl())
          .set(EventUpdate.CREATED_BY, u.createdBy())
          .set(EventUpdate.CREATED_ON, seconds(u.createdOn()))
          .execute(dsl);
    }
  }

  private <T, K> void replaceJoin(Tables.Join<K> join, int owner, List<T> targets, Function<T, K> id) {
    dsl.deleteFrom(join.table()).where(join.owner().eq(owner)).execute();
    Set<K> ids = new LinkedHashSet<>();
    for (T t : targets) ids.add(id.apply(t));
    if (ids.isEmpty()) return;
    var insert = dsl.insertInto(join.table(), join.owner(), join.target());
    List<K> ordered = new ArrayList<>(ids);
    for (K k : ordered) insert = insert.values(owner, k);
    insert.execute();
  }
}
