package dev.tminus.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.json.Json;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every {@code url} in every served list, in every mode, that points into a served family answers
 * 200 on this server: an event's programs, a pad's location, a location's pads. (Urls into families
 * still to come — agencies, launches, astronauts … — are left for their issues.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LinksResolveContract {
  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    server.importJson(Shared.seedEventJson());
    JsonNode launch = Json.MAPPER.readTree(Files.readString(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    server.importJson("pads", Json.MAPPER.writeValueAsString(launch.get("pad")));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void everyUrlIntoAServedFamilyResolves() {
    Set<String> urls = new LinkedHashSet<>();
    for (Resource<?> resource : Resources.ALL) {
      for (Mode mode : resource.modes()) {
        JsonNode page = server.get("/2.3.0/" + resource.collection() + "/?limit=100&mode=" + mode.wire()).json();
        collect(page.get("results"), urls);
      }
    }
    Set<String> served = new LinkedHashSet<>();
    for (String url : urls) {
      String path = url.substring(server.origin().length());
      String collection = path.replaceFirst("^/2\\.3\\.0/(.+)/[^/]+/$", "$1");
      if (Resources.byCollection(collection) == null) continue;
      served.add(collection);
      assertThat(server.get(path).status()).as(url).isEqualTo(200);
    }
    // the seed event links its programs; the pad its location; the location its pads
    assertThat(served).contains("events", "programs", "pads", "locations");
  }

  private static void collect(JsonNode node, Set<String> urls) {
    if (node.isObject()) {
      JsonNode url = node.get("url");
      if (url != null && url.isTextual() && url.asText().contains("/2.3.0/")) urls.add(url.asText());
      node.forEach(child -> collect(child, urls));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, urls));
    }
  }
}
