package dev.tminus.support;

import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyType;
import dev.tminus.resource.common.NetPrecision;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.resource.event.EventType;
import dev.tminus.resource.expedition.ExpeditionNormal;
import dev.tminus.resource.language.Language;
import dev.tminus.resource.launch.LaunchBasic;
import dev.tminus.resource.program.ProgramNormal;
import dev.tminus.resource.spacestation.SpaceStationNormal;
import dev.tminus.resource.vidurl.VidURL;
import dev.tminus.resource.vidurl.VidURLType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Small, hand-made events for rule tests: only what a rule looks at is set. */
public final class EventFixture {
  private final int id;
  private String name;
  private Instant date;
  private int type = 1;
  private Instant lastUpdated = Instant.parse("2025-01-01T00:00:00Z");
  private String slug;
  private final List<AgencyMini> agencies = new ArrayList<>();
  private final List<LaunchBasic> launches = new ArrayList<>();
  private final List<ExpeditionNormal> expeditions = new ArrayList<>();
  private final List<SpaceStationNormal> stations = new ArrayList<>();
  private final List<ProgramNormal> programs = new ArrayList<>();
  private final List<VidURL> vidUrls = new ArrayList<>();

  private EventFixture(int id) {
    this.id = id;
    this.name = "Event " + id;
    this.slug = "event-" + id;
  }

  public static EventFixture event(int id) {
    return new EventFixture(id);
  }

  public EventFixture name(String name) {
    this.name = name;
    return this;
  }

  public EventFixture date(String iso) {
    this.date = iso == null ? null : Instant.parse(iso);
    return this;
  }

  public EventFixture date(Instant date) {
    this.date = date;
    return this;
  }

  public EventFixture type(int type) {
    this.type = type;
    return this;
  }

  public EventFixture slug(String slug) {
    this.slug = slug;
    return this;
  }

  public EventFixture lastUpdated(String iso) {
    this.lastUpdated = Instant.parse(iso);
    return this;
  }

  public EventFixture agency(int agencyId) {
    agencies.add(new AgencyMini("list", agencyId, null, "Agency " + agencyId, "A" + agencyId, new AgencyType(1, "Government")));
    return this;
  }

  public EventFixture launch(String uuid) {
    launches.add(new LaunchBasic(UUID.fromString(uuid), null, "Launch " + uuid, "list", "launch-" + uuid, null, null,
        null, null, null, null, null, null, null));
    return this;
  }

  public EventFixture expedition(int expeditionId) {
    expeditions.add(new ExpeditionNormal(expeditionId, null, "Expedition " + expeditionId,
        Instant.parse("2020-01-01T00:00:00Z"), null, "normal", null, List.of(), List.of()));
    return this;
  }

  public EventFixture station(int stationId) {
    stations.add(new SpaceStationNormal(stationId, null, "Station " + stationId, null, null, null, null, "", null, null));
    return this;
  }

  public EventFixture program(int programId) {
    programs.add(new ProgramNormal("normal", programId, null, "Program " + programId, null, null, null, null, List.of(),
        null, null, List.of(), null));
    return this;
  }

  public EventFixture video(String url) {
    vidUrls.add(new VidURL(vidUrls.size() + 1, null, null, null, null, null, url, new VidURLType(1, "Official Webcast"),
        new Language(1, "English", "en"), null, null, false));
    return this;
  }

  public EventEndpointDetailed build() {
    return new EventEndpointDetailed(id, null, name, List.of(), vidUrls, null, date, slug,
        new EventType(type, "Type " + type), "", false, null, new NetPrecision(1, "Minute", "MIN", "To the minute."),
        "detailed", null, List.of(), lastUpdated, agencies, launches, expeditions, stations, programs, List.of());
  }
}
