package dev.tminus.resource.location;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.json.Json;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A real upstream pad (Sputnik 1's, with its location, celestial body and country) through
 * {@code import --resource pads} and back out of {@code /pads/}, {@code /locations/},
 * {@code /celestial_bodies/} and {@code /config/…}: one declaration per shape, composed, read with
 * a statement per nested shape however many pads, on each database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GeographyContract {
  private TestServer server;
  private ObjectNode pad;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    JsonNode launch = Json.MAPPER.readTree(Files.readString(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    pad = (ObjectNode) launch.get("pad");
    server.importJson("pads", Json.MAPPER.writeValueAsString(pad));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private JsonNode ours(JsonNode upstream) throws Exception {
    return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(upstream).replace("https://ll.thespacedevs.com/", server.origin() + "/"));
  }

  private static String text(JsonNode node) throws Exception {
    return Json.MAPPER.writeValueAsString(node);
  }

  // Upstream's floats went through a re-serialisation that wrote 12742000.0 as 12742000; compare numbers by value.
  private static void assertSameJson(JsonNode actual, JsonNode expected) throws Exception {
    assertThat(actual.equals((a, b) -> a.isNumber() && b.isNumber()
        ? Double.compare(a.doubleValue(), b.doubleValue()) : a.equals(b) ? 0 : 1, expected))
        .as("%s%nexpected%n%s", text(actual), text(expected)).isTrue();
    assertThat(List.copyOf(iterable(actual.fieldNames()))).isEqualTo(List.copyOf(iterable(expected.fieldNames())));
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void anUpstreamPadRoundTripsKeyForKeyInOrder() throws Exception {
    TestServer.Response response = server.get("/2.3.0/pads/32/");
    assertThat(response.status()).isEqualTo(200);
    assertSameJson(response.json(), ours(pad));
    assertThat(response.body()).contains("\"diameter\":12742000.0", "\"mass\":5.972168e+24");
  }

  @Test
  void thePadsLocationIsTheLocationsNormalMode() throws Exception {
    TestServer.Response response = server.get("/2.3.0/locations/15/?mode=normal");
    assertSameJson(response.json(), ours(pad.get("location")));
    JsonNode list = server.get("/2.3.0/locations/").json();
    assertThat(list.get("count").asInt()).isEqualTo(1);
    assertSameJson(list.get("results").get(0), ours(pad.get("location")));
  }

  @Test
  void aLocationInDetailedModeListsItsPadsWithoutTheirLocation() throws Exception {
    JsonNode detailed = server.get("/2.3.0/locations/15/").json();
    assertThat(detailed.get("response_mode").asText()).isEqualTo("detailed");
    ObjectNode padWithoutLocation = pad.deepCopy();
    padWithoutLocation.remove("location");
    assertSameJson(detailed.get("pads").get(0), ours(padWithoutLocation));
    ObjectNode rest = (ObjectNode) detailed.deepCopy();
    rest.remove("pads");
    rest.put("response_mode", "normal");
    assertSameJson(rest, ours(pad.get("location")));
  }

  @Test
  void aCelestialBodyHasItsThreeModes() throws Exception {
    JsonNode body = pad.get("location").get("celestial_body");
    JsonNode mini = server.get("/2.3.0/celestial_bodies/1/?mode=list").json();
    assertThat(text(mini)).isEqualTo("{\"response_mode\":\"list\",\"id\":1,\"name\":\"Earth\"}");
    JsonNode normal = server.get("/2.3.0/celestial_bodies/?mode=normal").json().get("results").get(0);
    ObjectNode expected = ((ObjectNode) body.deepCopy());
    for (String counter : List.of("total_attempted_launches", "successful_launches", "failed_launches",
        "total_attempted_landings", "successful_landings", "failed_landings")) {
      expected.remove(counter);
    }
    assertSameJson(normal, ours(expected));
    JsonNode detailed = server.get("/2.3.0/celestial_bodies/1/").json();
    assertThat(detailed.get("response_mode").asText()).isEqualTo("detailed");
    assertThat(detailed.get("total_attempted_launches").asInt()).isEqualTo(body.get("total_attempted_launches").asInt());
    ObjectNode location = (ObjectNode) pad.get("location").deepCopy();
    location.remove("celestial_body");
    assertSameJson(detailed.get("locations").get(0), ours(location));
  }

  @Test
  void theEmbeddedVocabulariesAreServedAsConfigLists() throws Exception {
    assertSameJson(server.get("/2.3.0/config/countries/44/").json(), pad.get("country"));
    assertSameJson(server.get("/2.3.0/config/celestial_body_types/").json().get("results").get(0),
        pad.get("location").get("celestial_body").get("type"));
    assertSameJson(server.get("/2.3.0/config/image_licenses/4/").json(),
        pad.get("location").get("celestial_body").get("image").get("license"));
    assertThat(server.get("/2.3.0/config/countries/45/").status()).isEqualTo(404);
    assertThat(server.get("/2.3.0/config/countries/45/").body()).isEqualTo("{\"detail\":\"No Country matches the given query.\"}");
  }

  @Test
  void theFiltersOfTheHelpTextFilter() {
    assertThat(server.get("/2.3.0/pads/?location__id=15").json().get("count").asInt()).isEqualTo(1);
    assertThat(server.get("/2.3.0/pads/?location__id=16").json().get("count").asInt()).isEqualTo(0);
    assertThat(server.get("/2.3.0/pads/?location__name__contains=Baikonur").json().get("count").asInt()).isEqualTo(1);
    assertThat(server.get("/2.3.0/pads/?location__name__contains=baikonur").json().get("count").asInt()).isEqualTo(0);
    assertThat(server.get("/2.3.0/pads/?latitude__gt=45.9&latitude__lt=46").json().get("count").asInt()).isEqualTo(1);
    assertThat(server.get("/2.3.0/pads/?total_launch_count__gte=487.5").json().get("count").asInt()).isEqualTo(0);
    assertThat(server.get("/2.3.0/pads/?total_launch_count__gt=486.5").json().get("count").asInt()).isEqualTo(1);
    assertThat(server.get("/2.3.0/pads/?id__contains=3").json().get("count").asInt()).isEqualTo(1);
    assertThat(server.get("/2.3.0/pads/?search=baikonur").json().get("count").asInt()).isEqualTo(1);
    assertThat(server.get("/2.3.0/pads/?search=487").json().get("count").asInt()).isEqualTo(1);
    assertThat(server.get("/2.3.0/locations/?country_code=KAZ").json().get("count").asInt()).isEqualTo(1);
    assertThat(server.get("/2.3.0/locations/?country_code=NZL").json().get("count").asInt()).isEqualTo(0);
    assertThat(server.get("/2.3.0/celestial_bodies/?search=planet").json().get("count").asInt()).isEqualTo(1);
  }

  @Test
  void malformedFilterValuesAreNamedIn400s() {
    TestServer.Response r = server.get("/2.3.0/pads/?latitude__gt=north&total_launch_count=many");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("{\"latitude__gt\":[\"Enter a number.\"],\"total_launch_count\":[\"Enter a number.\"]}");
  }

  @Test
  void aPageOfPadsTakesAStatementPerNestedShapeNotPerPad() {
    AtomicInteger statements = new AtomicInteger();
    server.clearCache();
    server.database.dsl().configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext ctx) {
        statements.incrementAndGet();
      }
    }));
    try {
      assertThat(server.get("/2.3.0/pads/?limit=100").status()).isEqualTo(200);
    } finally {
      server.database.dsl().configuration().set(new DefaultExecuteListenerProvider[0]);
    }
    // The count, the page's ids, then the pads, their agencies, the agencies' countries, every image
    // at any level, their variants, the locations and their celestial bodies (ShapeLoaderStatementsContract).
    assertThat(statements.get()).isLessThanOrEqualTo(9);
  }
}
