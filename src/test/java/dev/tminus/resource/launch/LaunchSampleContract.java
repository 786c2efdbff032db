package dev.tminus.resource.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import dev.tminus.support.SameJson;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Real upstream launches imported and read back through HTTP: the first two launches in normal mode
 * ({@code samples/launches-list-normal-limit2-2.3.0.json}, Sputnik 1 and 2) from
 * {@code /2.3.0/launches/?mode=normal&limit=2}, and Sputnik 1 in detailed mode
 * ({@code samples/launch-sputnik1-detailed-2.3.0.json}) from its detail: the same keys in the same
 * order at every depth and the same values, urls' host aside, the rocket's one payload flight (with
 * its payload, manufacturer and operator) included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LaunchSampleContract {
  private TestServer server;
  private JsonNode normal;
  private JsonNode detailed;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    String list = Files.readString(Shared.require("reference/ll2/samples/launches-list-normal-limit2-2.3.0.json"));
    String sputnik = Files.readString(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json"));
    normal = Json.MAPPER.readTree(list);
    detailed = Json.MAPPER.readTree(sputnik);
    server = TestServer.start(database());
    server.importJson("launches", list);
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }


  @Test
  void theNormalListGivesTheSampleBackKeyForKeyInOrder() throws Exception {
    JsonNode ours = server.asUpstream("/2.3.0/launches/?mode=normal&limit=2");
    assertThat(SameJson.differences(ours.get("results"), normal.get("results"))).isEmpty();
    assertThat(ours.get("count").asInt()).isEqualTo(2);
    assertThat(server.asUpstream("/2.3.0/launches/?limit=2").get("results")).isEqualTo(ours.get("results"));
    String id = normal.at("/results/1/id").asText();
    assertThat(SameJson.differences(server.asUpstream("/2.3.0/launches/" + id + "/?mode=normal"), normal.at("/results/1"))).isEmpty();
  }

  @Test
  void theDetailedSputnikGivesTheSampleBackKeyForKeyInOrder() throws Exception {
    server.importJson("launches", Files.readString(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    String id = detailed.get("id").asText();
    assertThat(detailed.at("/rocket/payloads").size()).as("the sample's one payload flight").isOne();
    JsonNode ours = server.asUpstream("/2.3.0/launches/" + id + "/");
    assertThat(SameJson.differences(ours, detailed)).isEmpty();
    assertThat(server.asUpstream("/2.3.0/launches/" + id + "/?mode=detailed")).isEqualTo(ours);
    // The normal copy of the list is still the sample's, filled in by the detailed import and not erased.
    assertThat(SameJson.differences(server.asUpstream("/2.3.0/launches/" + id + "/?mode=normal"), normal.at("/results/0"))).isEmpty();
  }

  @Test
  void theSamplesHaveUpstreamsSchemasKeyForKeyInOrder() {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    for (JsonNode launch : normal.get("results")) assertThat(upstream.mismatches("LaunchNormal", launch)).isEmpty();
    assertThat(upstream.mismatches("LaunchDetailed", detailed)).isEmpty();
  }

  @Test
  void listModeIsLaunchBasicAsEventsEmbedIt() throws Exception {
    for (JsonNode launch : server.asUpstream("/2.3.0/launches/?mode=list").get("results")) {
      assertThat(UpstreamKeyOrder.load().mismatches("LaunchBasic", launch)).isEmpty();
      assertThat(launch.get("response_mode").asText()).isEqualTo("list");
    }
    assertThat(List.of(server.asUpstream("/2.3.0/launches/previous/?mode=list").at("/results/0/name").asText()))
        .containsExactly("Sputnik 8K74PS | Sputnik 2");
  }
}
