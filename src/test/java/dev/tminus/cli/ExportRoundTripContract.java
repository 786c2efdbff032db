package dev.tminus.cli;

import static dev.tminus.cli.Commands.on;
import static dev.tminus.cli.Commands.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.generate.Worlds;
import dev.tminus.mirror.SameApi;
import dev.tminus.ingest.DataFolder;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.CrewFixture;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export DIR}, then {@code import DIR} into an empty database: every list (each subset, each
 * mode, every page) and every detail of every served resource answers byte for byte as before.
 */
abstract class ExportRoundTripContract {
  @TempDir Path dir;

  abstract TestDatabase database();

  @Test
  void exportThenImportIntoAnEmptyDatabaseRecreatesEveryListAndDetailOfEveryResource() throws Exception {
    Path folder = dir.resolve("export");
    try (TestServer original = TestServer.start(database()); TestServer copy = TestServer.start(database())) {
      Worlds.fill(original, 80, 11);
      // An event with only its required fields: absent lists and null values must survive too.
      original.importJson("{\"id\": 900, \"name\": \"Bare\", \"slug\": \"bare\", \"type\": {\"id\": 1, \"name\": \"Type 1\"}, \"webcast_live\": false}");
      if (Files.isRegularFile(Shared.root().resolve("seed/events-endpoint-2.3.0.txt"))) {
        original.importJson(Shared.seedEventJson()); // the richest real event, when present
      }
      Path launch = Shared.root().resolve("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json");
      if (Files.isRegularFile(launch)) { // a real pad, its location and Earth as upstream has them
        original.importJson("pads", Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(launch.toFile()).get("pad")));
        // crewed launches: spacecraft flights, their spacecraft, landings and crews
        original.importJson("launches",
            Json.MAPPER.writeValueAsString(CrewFixture.launches(Json.MAPPER.readTree(launch.toFile()))));
      }

      Path nasa = Shared.root().resolve("reference/ll2/samples/agency-44-detailed-2.3.0.json");
      if (Files.isRegularFile(nasa)) { // a real agency with its configurations, their families and programs
        original.importJson("agencies", Files.readString(nasa));
      }

      Commands.Run exported = run(on(original.config, "export", folder.toString()));
      assertThat(exported.exit()).as(exported.err()).isZero();
      for (String c : Resources.collections()) assertThat(folder.resolve(DataFolder.fileName(c))).isRegularFile();
      Commands.Run imported = run(on(copy.config, "import", folder.toString()));
      assertThat(imported.exit()).as(imported.err()).isZero();

      for (String c : Resources.collections()) {
        assertThat(original.get("/2.3.0/" + c + "/").json().get("count").asInt()).as(c + " has objects").isPositive();
      }
      int compared = SameApi.assertEveryResourceAlike(original, copy);
      assertThat(compared).isGreaterThan(500);
    }
  }
}
