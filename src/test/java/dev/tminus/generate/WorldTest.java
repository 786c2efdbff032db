package dev.tminus.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.api.Links;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.celestialbody.CelestialBodyEndpointDetailed;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.resource.location.LocationSerializerWithPads;
import dev.tminus.resource.pad.Pad;
import dev.tminus.resource.pad.PadSerializerNoLocation;
import dev.tminus.resource.program.ProgramNormal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated world without a database: complete, deterministic, and with totals that add up. */
class WorldTest {
  private static final Links LINKS = Links.of("http://localhost:8000", null);

  private static <T> List<T> objects(World world, String collection, Class<T> type) {
    List<T> out = new ArrayList<>();
    world.content(collection).objects().get().forEachRemaining(o -> out.add(type.cast(o)));
    return out;
  }

  @Test
  void fillsEveryServedCollection() {
    World world = World.of(30, 400, 42, LINKS, Timeline.FIXED);
    assertThat(world.contents().stream().map(World.Content::collection).toList())
        .containsExactlyElementsOf(Resources.collections());
    for (World.Content c : world.contents()) {
      List<Object> all = new ArrayList<>();
      c.objects().get().forEachRemaining(all::add);
      assertThat(all).as(c.collection()).isNotEmpty().hasSize((int) c.count());
      dev.tminus.api.Resource<?> r = Resources.byCollection(c.collection());
      // A resource imported by each object's mode (launches) may hold any of its modes' records.
      assertThat(all).as(c.collection() + " is of its resource's import record")
          .allMatch(o -> r.importsByMode() ? r.modeRecords().values().stream().anyMatch(t -> t.isInstance(o))
              : r.importType().isInstance(o));
    }
  }

  @Test
  void isDeterministicForASeed() throws Exception {
    assertThat(json(World.of(30, 400, 42, LINKS, Timeline.FIXED))).isEqualTo(json(World.of(30, 400, 42, LINKS, Timeline.FIXED)));
    assertThat(json(World.of(30, 400, 43, LINKS, Timeline.FIXED))).isNotEqualTo(json(World.of(30, 400, 42, LINKS, Timeline.FIXED)));
  }

  @Test
  void launchAndLandingTotalsAreTheSumsOfWhatTheyTotal() {
    World world = World.of(0, 400, 5, LINKS, Timeline.FIXED);
    for (LocationSerializerWithPads l : objects(world, "locations", LocationSerializerWithPads.class)) {
      assertThat(l.totalLaunchCount()).as(l.name())
          .isEqualTo(l.pads().stream().mapToInt(PadSerializerNoLocation::totalLaunchCount).sum());
    }
    List<CelestialBodyEndpointDetailed> bodies = objects(world, "celestial_bodies", CelestialBodyEndpointDetailed.class);
    assertThat(bodies.stream().map(CelestialBodyEndpointDetailed::name)).contains("Earth", "Moon", "Mars");
    for (CelestialBodyEndpointDetailed b : bodies) {
      assertThat(b.totalAttemptedLaunches()).as(b.name())
          .isEqualTo(b.locations().stream().mapToInt(l -> l.totalLaunchCount()).sum())
          .isEqualTo(b.successfulLaunches() + b.failedLaunches());
      assertThat(b.totalAttemptedLandings()).isEqualTo(b.successfulLandings() + b.failedLandings());
    }
  }

  @Test
  void aLaunchStillToComeHasAStatusOfOneToComeAndAPastOneAnOutcome() {
    java.time.Instant today = java.time.Instant.parse("2026-12-03T12:00:00Z");
    World world = World.of(0, 1500, 42, LINKS, Timeline.around(today));
    int upcoming = 0;
    int past = 0;
    for (Object launch : objects(world, "launches", Object.class)) {
      com.fasterxml.jackson.databind.JsonNode json = Json.MAPPER.valueToTree(launch);
      String status = json.path("status").path("abbrev").asText();
      if (java.time.Instant.parse(json.get("net").asText()).isAfter(today)) {
        upcoming++;
        assertThat(status).as(json.get("name").asText()).isIn("Go", "TBD", "Hold", "TBC");
      } else {
        past++;
        assertThat(status).as(json.get("name").asText()).isIn("Success", "Failure", "Partial Failure");
      }
    }
    assertThat(upcoming).isPositive();
    assertThat(past).isPositive();
  }

  @Test
  void anAgencyIsTheSameAgencyInEventsProgramsAndPads() {
    World world = World.of(300, 400, 42, LINKS, Timeline.FIXED);
    Map<Integer, List<Object>> seen = new HashMap<>();
    for (EventEndpointDetailed e : objects(world, "events", EventEndpointDetailed.class)) {
      e.agencies().forEach(a -> note(seen, a.id(), a));
    }
    for (ProgramNormal p : objects(world, "programs", ProgramNormal.class)) p.agencies().forEach(a -> note(seen, a.id(), a));
    int inPads = 0;
    for (Pad p : objects(world, "pads", Pad.class)) {
      for (AgencyNormal a : p.agencies()) {
        note(seen, a.id(), new AgencyMini("list", a.id(), a.url(), a.name(), a.abbrev(), a.type()));
        inPads++;
      }
    }
    assertThat(inPads).isPositive();
    seen.forEach((id, versions) -> assertThat(versions).as("agency " + id).hasSize(1));
  }

  @Test
  void eventsEmbedTheWorldsLaunchesAndDoNotChangeWithMoreOfThem() throws Exception {
    World world = World.of(200, 2000, 42, LINKS, Timeline.FIXED);
    Map<java.util.UUID, dev.tminus.resource.launch.LaunchDetailed> launches = new HashMap<>();
    for (var l : objects(world, "launches", dev.tminus.resource.launch.LaunchDetailed.class)) launches.put(l.id(), l);
    int embedded = 0;
    for (EventEndpointDetailed e : objects(world, "events", EventEndpointDetailed.class)) {
      for (dev.tminus.resource.launch.LaunchBasic b : e.launches()) {
        var l = launches.get(b.id());
        assertThat(l).as("launch " + b.id() + " is one of the world's").isNotNull();
        assertThat(new dev.tminus.resource.launch.LaunchBasic(l.id(), l.url(), l.name(), "list", l.slug(),
            l.launchDesignator(), l.status(), l.lastUpdated(), l.net(), l.netPrecision(), l.windowEnd(), l.windowStart(),
            l.image(), l.infographic())).isEqualTo(b);
        embedded++;
      }
    }
    assertThat(embedded).isPositive();
    String events = Json.MAPPER.writeValueAsString(objects(world, "events", Object.class));
    assertThat(Json.MAPPER.writeValueAsString(objects(World.of(200, 2600, 42, LINKS, Timeline.FIXED), "events", Object.class)))
        .isEqualTo(events);
  }

  @Test
  void launchesAreInNetOrderWithCountersThatGrowAndGrowMostlyInRecentYears() {
    World world = World.of(0, 3000, 42, LINKS, Timeline.FIXED);
    java.time.Instant previous = java.time.Instant.MIN;
    int orbital = 0;
    int sixties = 0;
    int twenties = 0;
    int crewed = 0;
    for (var l : objects(world, "launches", dev.tminus.resource.launch.LaunchDetailed.class)) {
      assertThat(l.net()).isAfterOrEqualTo(previous);
      previous = l.net();
      if (l.orbitalLaunchAttemptCount() != null) {
        assertThat(l.orbitalLaunchAttemptCount()).isEqualTo(orbital + 1);
        orbital = l.orbitalLaunchAttemptCount();
      }
      int year = l.net().atZone(java.time.ZoneOffset.UTC).getYear();
      if (year >= 1960 && year < 1970) sixties++;
      if (year >= 2020 && year < 2026) twenties++;
      String rocket = l.name().substring(0, l.name().indexOf(" | "));
      assertThat(l.rocket().configuration().name()).isEqualTo(rocket);
      if (!l.rocket().spacecraftStage().isEmpty()) {
        crewed++;
        assertThat(l.rocket().spacecraftStage().get(0).launchCrew()).isNotEmpty();
      }
    }
    assertThat(orbital).isPositive();
    assertThat(twenties / 6).as("launches a year in the 2020s").isGreaterThan(2 * sixties / 10);
    assertThat(crewed).isPositive().isLessThan(3000 / 5);
  }

  private static void note(Map<Integer, List<Object>> seen, int id, Object version) {
    List<Object> versions = seen.computeIfAbsent(id, k -> new ArrayList<>());
    if (!versions.contains(version)) versions.add(version);
  }

  private static String json(World world) throws Exception {
    StringBuilder out = new StringBuilder();
    for (World.Content c : world.contents()) {
      List<Object> all = new ArrayList<>();
      c.objects().get().forEachRemaining(all::add);
      out.append(c.collection()).append(Json.MAPPER.writeValueAsString(all));
    }
    return out.toString();
  }
}
