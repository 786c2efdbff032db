package dev.tminus.cli;

import static dev.tminus.cli.Commands.on;
import static dev.tminus.cli.Commands.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Resource;
import dev.tminus.ingest.DataFolder;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --dir} then {@code import DIR}: every list of the API has objects, and each serves
 * exactly the objects generated — so no object is generated in two versions (an event's program is
 * the program {@code /programs/} lists, a pad's location the location {@code /locations/} lists).
 */
abstract class GenerateWorldContract {
  private static final String BASE = "http://generated.example";

  @TempDir Path dir;

  abstract TestDatabase database();

  @Test
  void theGeneratedWorldIsServedExactlyAsGeneratedInEveryCollection() throws Exception {
    Path world = dir.resolve("world");
    Commands.Run generated = run("generate", "--events", "60", "--launches", "400", "--seed", "7", "--dir",
        world.toString(), "--base-url", BASE);
    assertThat(generated.exit()).as(generated.err()).isZero();
    try (TestServer server = TestServer.start(database())) {
      Commands.Run imported = run(on(server.config, "import", world.toString()));
      assertThat(imported.exit()).as(imported.err()).isZero();
      for (Resource<?> r : Resources.ALL) {
        Path file = world.resolve(DataFolder.fileName(r.collection()));
        String text = Files.readString(file).replace(BASE, server.origin());
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        Json.MAPPER.readTree(text).get("results").forEach(o -> expected.put(o.get("id").asText(), o));
        // Each collection is served in the mode the world writes it in (launches: detailed), else the richest.
        String mode = expected.values().stream().findFirst().map(o -> o.path("response_mode").asText(""))
            .filter(m -> !m.isEmpty()).orElse(r.detailMode().wire());
        Map<String, JsonNode> served = Commands.all(server, r.collection(), "mode=" + mode);
        assertThat(served).as(r.collection() + " has objects").isNotEmpty();
        assertThat(served.keySet()).as(r.collection()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var e : expected.entrySet()) {
          assertThat(served.get(e.getKey())).as(r.collection() + " " + e.getKey()).isEqualTo(e.getValue());
        }
      }
      launchCountersAddUp(server, world);
      // The same objects, seen from where they are embedded.
      JsonNode event = firstWith(server, "events", "program");
      JsonNode program = event.get("program").get(0);
      assertThat(server.get("/2.3.0/programs/" + program.get("id").asInt() + "/").json()).isEqualTo(program);
      assertThat(server.get("/2.3.0/config/event_types/" + event.at("/type/id").asInt() + "/").json())
          .isEqualTo(event.get("type"));
      JsonNode pad = server.get("/2.3.0/pads/?limit=1").json().at("/results/0");
      assertThat(server.get("/2.3.0/locations/" + pad.at("/location/id").asInt() + "/?mode=normal").json())
          .isEqualTo(pad.get("location"));
      JsonNode mars = server.get("/2.3.0/celestial_bodies/?search=Mars&mode=detailed").json().at("/results/0");
      assertThat(mars.get("locations")).as("a location on Mars").isNotEmpty();
      assertThat(server.get("/2.3.0/locations/" + mars.at("/locations/0/id").asInt() + "/").json().get("pads"))
          .as("a pad on Mars").isNotEmpty();
    }
  }

  /**
   * The counters of launches, pads, agencies, configurations, launchers, landing locations and
   * spacecraft configurations are those of the launches served.
   */
  private static void launchCountersAddUp(TestServer server, Path world) throws Exception {
    JsonNode launches = Json.MAPPER.readTree(world.resolve("launches.json").toFile()).get("results");
    assertThat(launches.size()).isEqualTo(400);
    // Written in net order; the orbital attempt counter grows with it, and each pad's with its launches.
    String previousNet = "";
    int previousOrbital = 0;
    Map<Integer, Integer> atPad = new LinkedHashMap<>();
    int crewed = 0;
    int landings = 0;
    int dockings = 0;
    int rendezvous = 0;
    Map<Integer, int[]> landedAt = new LinkedHashMap<>(); // successful, attempted
    Map<Integer, Integer> flownOn = new LinkedHashMap<>();
    for (JsonNode l : launches) {
      String net = l.get("net").asText();
      assertThat(net).isGreaterThanOrEqualTo(previousNet);
      previousNet = net;
      if (!l.get("orbital_launch_attempt_count").isNull()) {
        assertThat(l.get("orbital_launch_attempt_count").asInt()).isGreaterThan(previousOrbital);
        previousOrbital = l.get("orbital_launch_attempt_count").asInt();
      }
      int pad = l.at("/pad/id").asInt();
      atPad.merge(pad, 1, Integer::sum);
      assertThat(l.get("pad_launch_attempt_count").asInt()).as(l.get("name").asText()).isEqualTo(atPad.get(pad));
      if (!l.at("/rocket/spacecraft_stage").isEmpty()) {
        crewed++;
        assertThat(l.at("/rocket/spacecraft_stage/0/launch_crew")).as("a crewed launch's crew").isNotEmpty();
        assertThat(Integer.parseInt(net.substring(0, 4))).as("crewed from the 1960s on").isGreaterThanOrEqualTo(1961);
        for (JsonNode flight : l.at("/rocket/spacecraft_stage")) {
          flownOn.merge(flight.at("/spacecraft/spacecraft_config/id").asInt(), 1, Integer::sum);
          for (JsonNode docking : flight.get("docking_events")) {
            dockings++;
            assertThat(docking.get("docking").asText()).as("docked after launch").isGreaterThan(net);
            JsonNode met = docking.get("flight_vehicle_target");
            if (met.isNull()) {
              assertThat(docking.at("/space_station_target/id").asInt()).as("docked to the port's station")
                  .isPositive().isEqualTo(docking.at("/docking_location/spacestation/id").asInt());
              continue;
            }
            // Met an earlier crewed flight, the one its launch's rocket lists.
            rendezvous++;
            assertThat(docking.get("space_station_target").isNull()).isTrue();
            assertThat(met.at("/launch/net").asText()).isLessThanOrEqualTo(net);
            JsonNode metLaunch = server.get("/2.3.0/launches/" + met.at("/launch/id").asText() + "/").json();
            assertThat(metLaunch.at("/rocket/spacecraft_stage/0/id")).isEqualTo(met.get("id"));
            String normal = server.get("/2.3.0/launches/" + met.at("/launch/id").asText() + "/?mode=normal").body();
            assertThat(Json.MAPPER.readTree(normal.replace(server.origin(), BASE)))
                .isEqualTo(met.get("launch"));
          }
        }
      }
      for (JsonNode stage : l.at("/rocket/launcher_stage")) {
        JsonNode landing = stage.get("landing");
        if (!landing.isNull()) landings++;
        if (!landing.isNull() && !landing.get("success").isNull()) {
          int[] at = landedAt.computeIfAbsent(landing.at("/landing_location/id").asInt(), k -> new int[2]);
          at[1]++;
          if (landing.get("success").asBoolean()) at[0]++;
        }
        if (!stage.get("previous_flight").isNull()) {
          JsonNode before = server.get("/2.3.0/launches/" + stage.at("/previous_flight/id").asText() + "/").json();
          assertThat(before.get("net").asText()).isLessThanOrEqualTo(net);
          assertThat(before.at("/rocket/launcher_stage/0/launcher/id")).isEqualTo(stage.at("/launcher/id"));
        }
      }
      assertThat(l.at("/rocket/configuration/id").asInt()).isPositive();
    }
    assertThat(crewed).as("crewed launches, a minority").isPositive().isLessThan(launches.size() / 4);
    assertThat(landings).as("first stages that land").isPositive();
    assertThat(dockings).as("crewed flights that docked").isPositive();
    assertThat(rendezvous).as("crewed flights that met another").isPositive();
    for (JsonNode l : server.get("/2.3.0/launches/upcoming/?limit=100&hide_recent_previous=true").json().get("results")) {
      assertThat(l.at("/status/abbrev").asText()).isIn("Go", "TBD", "Hold", "TBC");
    }
    for (JsonNode pad : Commands.all(server, "pads", "").values()) {
      int id = pad.get("id").asInt();
      assertThat(pad.get("total_launch_count").asInt()).as("pad " + id)
          .isEqualTo(count(server, "/2.3.0/launches/?pad=" + id)).isEqualTo(atPad.getOrDefault(id, 0));
    }
    for (JsonNode agency : Commands.all(server, "agencies", "mode=detailed").values()) {
      int id = agency.get("id").asInt();
      int provided = count(server, "/2.3.0/launches/?lsp__id=" + id);
      assertThat(agency.get("total_launch_count").asInt()).as("agency " + id).isEqualTo(provided);
      assertThat(agency.get("successful_launches").asInt() + agency.get("failed_launches").asInt()
          + agency.get("pending_launches").asInt()).isEqualTo(provided);
    }
    for (JsonNode config : Commands.all(server, "launcher_configurations", "mode=detailed").values()) {
      int id = config.get("id").asInt();
      assertThat(config.get("total_launch_count").asInt()).as("configuration " + id)
          .isEqualTo(count(server, "/2.3.0/launches/?launcher_config__id=" + id));
    }
    for (JsonNode location : Commands.all(server, "config/landing_locations", "").values()) {
      int[] at = landedAt.getOrDefault(location.get("id").asInt(), new int[2]);
      assertThat(location.get("attempted_landings").asInt()).as("landing location " + location.get("id")).isEqualTo(at[1]);
      assertThat(location.get("successful_landings").asInt()).isEqualTo(at[0]);
      assertThat(location.get("failed_landings").asInt()).isEqualTo(at[1] - at[0]);
    }
    assertThat(landedAt).as("landing locations landed on").isNotEmpty();
    for (JsonNode config : Commands.all(server, "spacecraft_configurations", "mode=detailed").values()) {
      int id = config.get("id").asInt();
      assertThat(config.get("total_launch_count").asInt()).as("spacecraft configuration " + id)
          .isEqualTo(flownOn.getOrDefault(id, 0));
      assertThat(config.get("successful_launches").asInt() + config.get("failed_launches").asInt())
          .isLessThanOrEqualTo(config.get("total_launch_count").asInt());
    }
    for (JsonNode launcher : Commands.all(server, "launchers", "mode=detailed").values()) {
      String serial = launcher.get("serial_number").asText();
      assertThat(launcher.get("flights").asInt()).as("launcher " + serial)
          .isEqualTo(count(server, "/2.3.0/launches/?serial_number=" + serial));
    }
  }

  private static int count(TestServer server, String path) {
    return server.get(path + (path.contains("?") ? "&" : "?") + "limit=1&mode=list").json().get("count").asInt();
  }

  private static JsonNode firstWith(TestServer server, String collection, String list) {
    for (JsonNode o : Commands.all(server, collection, "mode=detailed").values()) {
      if (o.get(list).size() > 0) return o;
    }
    throw new AssertionError("no " + collection + " with " + list);
  }
}
