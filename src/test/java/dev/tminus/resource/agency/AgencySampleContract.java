package dev.tminus.resource.agency;

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
 * The real upstream agency 44 (NASA, {@code samples/agency-44-detailed-2.3.0.json}: its 13 launcher
 * and 6 spacecraft configurations, their families, manufacturers and programs), imported and read
 * back from {@code /2.3.0/agencies/44/?mode=detailed}: the same keys in the same order at every
 * depth, and the same values, urls' host aside.
 *
 * <p>Where the sample and upstream's OpenAPI disagree, the sample is the truth. They agree on every
 * key, its order, nullability and each schema's default {@code response_mode} (checked below); what
 * the document does not say is that a nested {@code AgencyDetailed} (a family's manufacturers) says
 * {@code "normal"}, which its polymorphic list maps to {@code AgencyNormal}: nested, the mode names
 * the depth, not the schema, and we write what the sample writes. The one value we cannot give back is one the sample contradicts itself on:
 * it writes NASA's description as "nasaDescription" on top and as the real text in the copies of
 * NASA nested in its own configurations; one row holds one description, and the agency's own page
 * wins over the copies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgencySampleContract {
  private TestServer server;
  private JsonNode sample;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    String json = Files.readString(Shared.require("reference/ll2/samples/agency-44-detailed-2.3.0.json"));
    sample = Json.MAPPER.readTree(json);
    server = TestServer.start(database());
    server.importJson("agencies", json);
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }


  @Test
  void theDetailGivesTheSampleBackKeyForKeyInOrder() throws Exception {
    List<String> differences = SameJson.differences(server.asUpstream("/2.3.0/agencies/44/?mode=detailed"), sample);
    String ours = "\"" + sample.get("description").asText() + "\"";
    assertThat(differences).as("only the copies of NASA's description, which the sample contradicts").isNotEmpty()
        .allSatisfy(d -> assertThat(d).matches("/(spacecraft_list/\\d+/agency|launcher_list/\\d+/families/\\d+/manufacturer/\\d+)"
            + "/description: ours " + java.util.regex.Pattern.quote(ours) + ", theirs \"The National Aeronautics.*"));
    assertThat(server.asUpstream("/2.3.0/agencies/44/")).isEqualTo(server.asUpstream("/2.3.0/agencies/44/?mode=detailed"));
  }

  @Test
  void theSampleHasUpstreamsSchemaKeyForKeyInOrder() {
    assertThat(UpstreamKeyOrder.load().mismatches("AgencyEndpointDetailed", sample)).isEmpty();
  }

  @Test
  void aNestedAgencyDetailedSaysNormalAsTheSampleDoesThoughNormalListsAreAgencyNormal() throws Exception {
    JsonNode atlas = server.asUpstream("/2.3.0/launcher_configurations/162/").at("/families/0");
    assertThat(atlas.get("response_mode").asText()).isEqualTo("detailed");
    assertThat(atlas.at("/manufacturer/0/response_mode").asText()).isEqualTo("normal");
    assertThat(atlas.at("/manufacturer/0/total_launch_count").isInt()).as("an AgencyDetailed all the same").isTrue();
    assertThat(atlas.at("/manufacturer/0/social_media_links").isArray()).isTrue();
    assertThat(atlas.at("/parent").isNull() || atlas.at("/parent/response_mode").asText().equals("normal")).isTrue();
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    assertThat(upstream.mismatches("AgencyDetailed", atlas.at("/manufacturer/0"))).isEmpty();
  }

  @Test
  void theConfigurationsAreServedOnTheirOwnWithTheirManufacturer() throws Exception {
    JsonNode saturn = server.asUpstream("/2.3.0/launcher_configurations/93/");
    assertThat(saturn.get("response_mode").asText()).isEqualTo("detailed");
    assertThat(saturn.at("/manufacturer/id").asInt()).isEqualTo(44);
    assertThat(saturn.at("/manufacturer/response_mode").asText()).isEqualTo("normal");
    assertThat(saturn.at("/program/0/id").asInt()).isEqualTo(4);
    JsonNode launcherList = server.asUpstream("/2.3.0/agencies/44/").get("launcher_list");
    JsonNode fromAgency = launcherList.get(5);
    assertThat(fromAgency.get("id").asInt()).isEqualTo(93);
    for (String key : SameJson.keys(fromAgency)) assertThat(saturn.get(key)).as(key).isEqualTo(fromAgency.get(key));
    JsonNode lunarModule = server.asUpstream("/2.3.0/spacecraft_configurations/43/");
    assertThat(lunarModule).isEqualTo(server.asUpstream("/2.3.0/agencies/44/").at("/spacecraft_list/0"));
  }
}
