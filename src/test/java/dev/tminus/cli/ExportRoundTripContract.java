package dev.tminus.cli;

import static dev.tminus.cli.Commands.on;
import static dev.tminus.cli.Commands.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Mode;
import dev.tminus.generate.Worlds;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.ingest.DataFolder;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      }

      Commands.Run exported = run(on(original.config, "export", folder.toString()));
      assertThat(exported.exit()).as(exported.err()).isZero();
      for (String c : Resources.collections()) assertThat(folder.resolve(DataFolder.fileName(c))).isRegularFile();
      Commands.Run imported = run(on(copy.config, "import", folder.toString()));
      assertThat(imported.exit()).as(imported.err()).isZero();

      int compared = 0;
      for (Resource<?> r : Resources.ALL) {
        assertThat(original.get("/2.3.0/" + r.collection() + "/").json().get("count").asInt())
            .as(r.collection() + " has objects").isPositive();
        for (Subset s : r.subsets()) {
          String path = "/2.3.0/" + r.collection() + "/" + (s.isRoot() ? "" : s.name() + "/");
          List<String> queries = new ArrayList<>(List.of("format=json"));
          for (Mode m : r.modes()) queries.add("mode=" + m.wire());
          for (String query : queries) compared += assertSamePages(original, copy, path + "?" + query);
        }
        for (String id : Commands.all(original, r.collection(), "").keySet()) {
          String detail = "/2.3.0/" + r.collection() + "/" + id + "/";
          assertSame(original, copy, detail);
          for (Mode m : r.modes()) assertSame(original, copy, detail + "?mode=" + m.wire());
          compared += 1 + r.modes().size();
        }
      }
      assertThat(compared).isGreaterThan(500);
    }
  }

  /** Every page of a list; returns how many were compared. */
  private static int assertSamePages(TestServer original, TestServer copy, String list) {
    int pages = 0;
    for (int offset = 0; ; offset += 100) {
      String path = list + "&limit=100&offset=" + offset;
      String theirs = assertSame(original, copy, path);
      pages++;
      JsonNode page = read(theirs);
      if (page.get("next").isNull()) return pages;
    }
  }

  private static String assertSame(TestServer original, TestServer copy, String path) {
    TestServer.Response theirs = original.get(path);
    assertThat(theirs.status()).as(path).isEqualTo(200);
    assertThat(copy.get(path).body()).as(path).isEqualTo(theirs.body().replace(original.origin(), copy.origin()));
    return theirs.body();
  }

  private static JsonNode read(String body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new AssertionError(body, e);
    }
  }
}
