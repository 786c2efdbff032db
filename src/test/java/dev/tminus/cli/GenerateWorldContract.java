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
    Commands.Run generated = run("generate", "--events", "60", "--seed", "7", "--dir", world.toString(), "--base-url", BASE);
    assertThat(generated.exit()).as(generated.err()).isZero();
    try (TestServer server = TestServer.start(database())) {
      Commands.Run imported = run(on(server.config, "import", world.toString()));
      assertThat(imported.exit()).as(imported.err()).isZero();
      for (Resource<?> r : Resources.ALL) {
        Path file = world.resolve(DataFolder.fileName(r.collection()));
        String text = Files.readString(file).replace(BASE, server.origin());
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        Json.MAPPER.readTree(text).get("results").forEach(o -> expected.put(o.get("id").asText(), o));
        // Each collection is served in the mode the world writes it in (launches: list), else the richest.
        String mode = expected.values().stream().findFirst().map(o -> o.path("response_mode").asText(""))
            .filter(m -> !m.isEmpty()).orElse(r.detailMode().wire());
        Map<String, JsonNode> served = Commands.all(server, r.collection(), "mode=" + mode);
        assertThat(served).as(r.collection() + " has objects").isNotEmpty();
        assertThat(served.keySet()).as(r.collection()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var e : expected.entrySet()) {
          assertThat(served.get(e.getKey())).as(r.collection() + " " + e.getKey()).isEqualTo(e.getValue());
        }
      }
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

  private static JsonNode firstWith(TestServer server, String collection, String list) {
    for (JsonNode o : Commands.all(server, collection, "mode=detailed").values()) {
      if (o.get(list).size() > 0) return o;
    }
    throw new AssertionError("no " + collection + " with " + list);
  }
}
