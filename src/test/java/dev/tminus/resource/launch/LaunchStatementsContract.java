package dev.tminus.resource.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.json.Json;
import dev.tminus.support.CrewFixture;
import dev.tminus.support.Shared;
import dev.tminus.support.StageFixture;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.web.Server;
import dev.tminus.cache.RenderCache;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A detailed page of launches — LL2's deepest shape — is read in a constant number of statements,
 * one per table read, whatever the page's size: 100 launches, each with everything a launch nests
 * (the sample launch's mission, pad and payload flight, plus a first stage with its launcher and
 * landing, a crewed spacecraft flight, docking events on both flights at a space station and with
 * the next launch's flights, programs, mission patches, updates, video urls and a timeline), take as
 * many statements as one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LaunchStatementsContract {
  static final int LAUNCHES = 100;

  private TestServer server;
  private final AtomicInteger statements = new AtomicInteger();

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    // The data version is read on every request so that the counts are exact.
    server = TestServer.start(database(),
        c -> c.withCaching(new Server.Caching(new RenderCache.Settings(true, 64, Duration.ZERO), 0)));
    JsonNode sample = Json.MAPPER.readTree(Files.readString(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    JsonNode seed = Json.MAPPER.readTree(Shared.seedEventJson());
    JsonNode normal = Json.MAPPER.readTree(Files.readString(
        Shared.require("reference/ll2/samples/launches-list-normal-limit2-2.3.0.json"))).at("/results/0");
    ArrayNode launches = Json.MAPPER.createArrayNode();
    for (int i = 0; i < LAUNCHES; i++) launches.add(launch(sample, seed, i));
    // Each launch's two docking events also target the next launch's flights, as LL2 nests them:
    // a SpacecraftFlightNormal and a PayloadFlightNormal, each with its launch in normal mode.
    for (int i = 0; i < LAUNCHES; i++) {
      ObjectNode next = (ObjectNode) launches.get((i + 1) % LAUNCHES);
      ObjectNode nextNormal = normal.deepCopy();
      for (String key : new String[] {"id", "url", "name", "slug"}) nextNormal.set(key, next.get(key));
      ((ObjectNode) nextNormal.get("rocket")).set("id", next.at("/rocket/id"));
      nextNormal.set("mission", next.get("mission").deepCopy()); // one mission, whoever nests it
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> nextFlight = Json.MAPPER.convertValue(next.at("/rocket/spacecraft_stage/0"),
          java.util.Map.class);
      JsonNode flight = Json.MAPPER.valueToTree(CrewFixture.flightTarget(nextFlight, nextNormal));
      ObjectNode payload = next.at("/rocket/payloads/0").deepCopy();
      payload.remove("docking_events");
      payload.put("response_mode", "normal");
      ((ObjectNode) payload.get("payload")).put("response_mode", "normal");
      payload.set("launch", nextNormal);
      ObjectNode rocket = (ObjectNode) launches.get(i).get("rocket");
      ((ObjectNode) rocket.at("/spacecraft_stage/0/docking_events/0")).set("flight_vehicle_target", flight);
      ((ObjectNode) rocket.at("/payloads/0/docking_events/0")).set("payload_flight_target", payload);
    }
    server.importJson("launches", Json.MAPPER.writeValueAsString(launches));
    server.database.dsl().configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext ctx) {
        if (!ctx.sql().contains("data_version")) statements.incrementAndGet();
      }
    }));
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  /** The sample launch as the {@code i}th of its kind: its own id, rocket, mission and updates, and every list filled. */
  private static ObjectNode launch(JsonNode sample, JsonNode seed, int i) {
    ObjectNode launch = sample.deepCopy();
    launch.put("id", UUID.nameUUIDFromBytes(("launch " + i).getBytes()).toString());
    launch.put("name", "Sputnik 8K74PS | Sputnik " + (i + 1));
    launch.put("slug", "sputnik-" + (i + 1));
    ((ObjectNode) launch.get("rocket")).put("id", 10_000 + i);
    ((ObjectNode) launch.get("mission")).put("id", 20_000 + i);
    ((ObjectNode) launch.get("mission")).putArray("agencies").add(launch.get("launch_service_provider").deepCopy());
    launch.set("program", seed.get("program").deepCopy());
    ArrayNode patches = Json.MAPPER.createArrayNode();
    patches.add(Json.MAPPER.valueToTree(dev.tminus.support.ProgramFixture.patch(7, "Sputnik patch", 1, 66)));
    launch.set("mission_patches", patches);
    ArrayNode updates = seed.get("updates").deepCopy();
    for (JsonNode update : updates) ((ObjectNode) update).put("id", 30_000 + i * 10 + update.get("id").asInt() % 10);
    launch.set("updates", updates);
    launch.set("vid_urls", seed.get("vid_urls").deepCopy());
    ArrayNode timeline = Json.MAPPER.createArrayNode();
    timeline.addObject().put("relative_time", "-PT1H").putObject("type").put("id", 1).put("abbrev", "GO").put("description", "Go for launch");
    timeline.addObject().put("relative_time", "PT0S").putObject("type").put("id", 2).put("abbrev", "LIFTOFF").put("description", "Liftoff");
    launch.set("timeline", timeline);
    // The rocket's three lists: a first stage (launcher, drone-ship landing, previous flight), a
    // crewed spacecraft flight (spacecraft, splashdown, launch and landing crews) and the sample's payload.
    ObjectNode rocket = (ObjectNode) launch.get("rocket");
    ((ObjectNode) rocket.at("/payloads/0")).put("id", 90_000 + i);
    ((ObjectNode) rocket.at("/payloads/0")).putArray("docking_events").add(Json.MAPPER.valueToTree(
        CrewFixture.dockingAtIss(110_000 + i, "1957-10-05T00:00:00Z", null, CrewFixture.port(5, "Unity Nadir"))));
    try {
      String previous = UUID.nameUUIDFromBytes(("launch " + (i + 1) % LAUNCHES).getBytes()).toString();
      rocket.putArray("launcher_stage").add(Json.MAPPER.readTree(StageFixture.firstStage(40_000 + i, "Core",
          StageFixture.launcher(500 + i % 7, "B10" + (60 + i % 7), 3 + i % 7), 4, StageFixture.droneShipLanding(50_000 + i, 600),
          previous)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    java.util.List<Object> crew = java.util.List.of(
        CrewFixture.astronautFlight(60_000 + 2 * i, CrewFixture.COMMANDER,
            CrewFixture.astronaut(201, "Jasmin Moghbeli", CrewFixture.NASA, CrewFixture.USA, "1983-06-24", 42)),
        CrewFixture.astronautFlight(60_001 + 2 * i, CrewFixture.PILOT,
            CrewFixture.astronaut(202, "Andreas Mogensen", CrewFixture.ESA, CrewFixture.DENMARK, "1976-11-02", 49)));
    rocket.putArray("spacecraft_stage").add(Json.MAPPER.valueToTree(CrewFixture.flight(70_000 + i,
        CrewFixture.spacecraft(1, "Endeavour", "C206", CrewFixture.config(10, "Crew Dragon", true, 7), 5),
        CrewFixture.splashdown(80_000 + i, "Endeavour", CrewFixture.earth(sample)), "International Space Station",
        "2024-03-12T09:47:00Z", crew, java.util.List.of(), crew, java.util.List.of(
            CrewFixture.dockingAtIss(100_000 + i, "2023-08-27T13:16:00Z", "2024-03-11T15:20:00Z",
                CrewFixture.port(2 + i % 2, "Harmony " + (i % 2 == 0 ? "Zenith" : "Forward")))))));
    return launch;
  }

  private int statementsOf(String pathAndQuery) {
    server.clearCache();
    statements.set(0);
    JsonNode page = server.get(pathAndQuery).json();
    assertThat(page.get("results").size()).as(pathAndQuery).isPositive();
    return statements.get();
  }

  @Test
  void everyListOfTheLaunchesIsFilled() {
    JsonNode first = server.get("/2.3.0/launches/?mode=detailed&limit=1").json().at("/results/0");
    for (String list : new String[] {"program", "mission_patches", "updates", "vid_urls", "timeline"}) {
      assertThat(first.get(list).size()).as(list).isPositive();
    }
    for (String list : new String[] {"launcher_stage", "spacecraft_stage", "payloads"}) {
      assertThat(first.at("/rocket/" + list).size()).as(list).isPositive();
    }
    assertThat(first.at("/rocket/spacecraft_stage/0/docking_events/0/space_station_target/id").asInt()).isPositive();
    assertThat(first.at("/rocket/payloads/0/docking_events/0/docking_location/spacestation/id").asInt()).isPositive();
    assertThat(first.at("/rocket/spacecraft_stage/0/docking_events/0/flight_vehicle_target/launch/rocket/id").asInt())
        .isPositive();
    assertThat(first.at("/rocket/payloads/0/docking_events/0/payload_flight_target/launch/pad/id").asInt()).isPositive();
    assertThat(first.at("/rocket/launcher_stage/0/landing/id").asInt()).isPositive();
    assertThat(first.at("/rocket/spacecraft_stage/0/launch_crew/0/astronaut/id").asInt()).isPositive();
    assertThat(first.at("/rocket/payloads/0/payload/manufacturer/id").asInt()).isPositive();
    assertThat(first.at("/mission/agencies").size()).isPositive();
    assertThat(first.at("/rocket/configuration/manufacturer/id").asInt()).isPositive();
  }

  @Test
  void aDetailedPageOf100LaunchesTakesAsManyStatementsAsAPageOfOne() {
    int one = statementsOf("/2.3.0/launches/?mode=detailed&limit=1");
    assertThat(statementsOf("/2.3.0/launches/?mode=detailed&limit=" + LAUNCHES)).isEqualTo(one);
    // So does the previous list, the launches' list with a filter (on PostgreSQL an unfiltered list
    // is counted from the stored row count instead, so the two differ by that statement).
    int previousOne = statementsOf("/2.3.0/launches/previous/?mode=detailed&limit=1");
    assertThat(statementsOf("/2.3.0/launches/previous/?mode=detailed&limit=" + LAUNCHES)).isEqualTo(previousOne);
  }

  @Test
  void aDetailedPageTakesOneStatementPerTableRead() {
    // Pinned: a new relation of the shape adds its statements here, on purpose.
    assertThat(statementsOf("/2.3.0/launches/previous/?mode=detailed&limit=" + LAUNCHES)).isEqualTo(PINNED);
  }

  // 70 since flight targets: 58 (docking events: 53, plus the docking events of the spacecraft flights
  // and of the payload flights, one list each, their docking locations, and the two space station
  // shapes they reach), plus the target flights' shapes: SpacecraftFlightNormal with its
  // SpacecraftNormal and SpacecraftConfigNormal (and its families), PayloadFlightNormal with its
  // PayloadNormal, and their LaunchNormal with what it nests apart from the detailed launch.
  static final int PINNED = 70;
}
