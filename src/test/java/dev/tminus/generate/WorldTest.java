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
    World world = World.of(30, 42, LINKS);
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
    assertThat(json(World.of(30, 42, LINKS))).isEqualTo(json(World.of(30, 42, LINKS)));
    assertThat(json(World.of(30, 43, LINKS))).isNotEqualTo(json(World.of(30, 42, LINKS)));
  }

  @Test
  void launchAndLandingTotalsAreTheSumsOfWhatTheyTotal() {
    World world = World.of(0, 5, LINKS);
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
    World world = World.of(0, 42, LINKS, Timeline.around(today));
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
    World world = World.of(300, 42, LINKS);
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
