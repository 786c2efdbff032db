package dev.tminus.resource.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Resource;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.RecordFixture;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamKeyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every config list ({@code /2.3.0/config/…}) through real HTTP: list, detail, 404, pagination,
 * {@code ordering} on each plain field both ways, {@code mode} and {@code search} ignored (the help
 * text declares neither), and the key order of every object as the upstream schema lists it. Each
 * list holds the four {@link RecordFixture} objects of its record, ids 1, 2, 3 and 10, imported once
 * through {@code import --resource config/…}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConfigListsContract {
  /** Every config list tminus serves, with the model name of its 404 message. */
  static final Map<String, String> MODELS = Map.ofEntries(
      Map.entry("agency_types", "AgencyType"), Map.entry("astronaut_roles", "AstronautRole"),
      Map.entry("astronaut_statuses", "AstronautStatus"), Map.entry("astronaut_types", "AstronautType"),
      Map.entry("celestial_body_types", "CelestialBodyType"), Map.entry("countries", "Country"),
      Map.entry("docking_locations", "DockingLocation"),
      Map.entry("event_types", "EventType"), Map.entry("first_stage_types", "FirstStageType"),
      Map.entry("image_licenses", "ImageLicense"), Map.entry("image_variant_types", "ImageVariantType"),
      Map.entry("infourl_types", "InfoURLType"), Map.entry("landing_locations", "LandingLocation"),
      Map.entry("landing_types", "LandingType"), Map.entry("languages", "Language"),
      Map.entry("launch_statuses", "LaunchStatus"), Map.entry("launcher_statuses", "LauncherStatus"),
      Map.entry("mission_types", "MissionType"), Map.entry("net_precisions", "NetPrecision"),
      Map.entry("notice_types", "NoticeType"), Map.entry("orbits", "Orbit"), Map.entry("payload_types", "PayloadType"),
      Map.entry("program_types", "ProgramType"), Map.entry("road_closure_statuses", "RoadClosureStatus"),
      Map.entry("space_station_statuses", "SpaceStationStatus"),
      Map.entry("spacecraft_configuration_types", "SpacecraftConfigurationType"),
      Map.entry("spacecraft_statuses", "SpacecraftStatus"), Map.entry("timeline_event_types", "TimelineEventType"),
      Map.entry("vidurl_types", "VidURLType"));

  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    for (String name : MODELS.keySet().stream().sorted().toList()) {
      Resource<?> resource = Resources.byCollection("config/" + name);
      @SuppressWarnings("unchecked")
      Class<? extends Record> type = (Class<? extends Record>) resource.importType();
      server.importJson("config/" + name, Json.MAPPER.writeValueAsString(RecordFixture.all(type)));
    }
  }

  @AfterAll
  void stop() {
    server.close();
  }

  static Stream<Arguments> lists() {
    return MODELS.keySet().stream().sorted().map(Arguments::of);
  }

  private String path(String name) {
    return "/2.3.0/config/" + name + "/";
  }

  private JsonNode json(String pathAndQuery) {
    TestServer.Response r = server.get(pathAndQuery);
    assertThat(r.status()).as(pathAndQuery + " " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<Integer> ids(JsonNode page) {
    List<Integer> out = new ArrayList<>();
    page.get("results").forEach(o -> out.add(o.get("id").asInt()));
    return out;
  }

  /** The fixture's object as JSON, without the keys tminus builds itself (url, response_mode). */
  private static JsonNode withoutBuiltKeys(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove(List.of("url", "response_mode"));
    }
    node.forEach(ConfigListsContract::strip);
  }

  private static boolean sameValues(JsonNode a, JsonNode b) {
    return a.equals((x, y) -> x.isNumber() && y.isNumber() ? Double.compare(x.doubleValue(), y.doubleValue())
        : x.equals(y) ? 0 : 1, b);
  }

  @Test
  void everyConfigListIsServedAndNoOther() {
    List<String> served = Resources.collections().stream().filter(c -> c.startsWith("config/"))
        .map(c -> c.substring("config/".length())).sorted().toList();
    assertThat(served).isEqualTo(MODELS.keySet().stream().sorted().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void theListHasEveryObjectInIdOrderAsImported(String name) throws Exception {
    JsonNode page = json(path(name));
    assertThat(page.get("count").asInt()).isEqualTo(4);
    assertThat(page.get("next").isNull()).isTrue();
    assertThat(page.get("previous").isNull()).isTrue();
    assertThat(ids(page)).containsExactly(1, 2, 3, 10);
    Class<? extends Record> type = recordOf(name);
    for (int i = 0; i < 4; i++) {
      JsonNode imported = Json.MAPPER.valueToTree(RecordFixture.of(type, RecordFixture.IDS.get(i)));
      JsonNode served = page.get("results").get(i);
      assertThat(sameValues(withoutBuiltKeys(served), withoutBuiltKeys(imported)))
          .as("%s%nimported%n%s", served, imported).isTrue();
    }
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Record> recordOf(String name) {
    return (Class<? extends Record>) Resources.byCollection("config/" + name).importType();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void theDetailIsTheObjectOfTheList(String name) {
    JsonNode list = json(path(name));
    for (int i = 0; i < 4; i++) {
      JsonNode one = list.get("results").get(i);
      assertThat(json(path(name) + one.get("id").asInt() + "/")).isEqualTo(one);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void anUnknownOrMalformedIdIsDjangosNotFound(String name) {
    String body = "{\"detail\":\"No " + MODELS.get(name) + " matches the given query.\"}";
    for (String id : List.of("4", "99999", "abc", "-1", "1.0")) {
      TestServer.Response r = server.get(path(name) + id + "/");
      assertThat(r.status()).as(id).isEqualTo(404);
      assertThat(r.body()).as(id).isEqualTo(body);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void pagesLinkToTheirNeighboursWithSortedQueries(String name) {
    String base = server.origin() + path(name);
    JsonNode first = json(path(name) + "?limit=2");
    assertThat(ids(first)).containsExactly(1, 2);
    assertThat(first.get("count").asInt()).isEqualTo(4);
    assertThat(first.get("next").asText()).isEqualTo(base + "?limit=2&offset=2");
    assertThat(first.get("previous").isNull()).isTrue();
    JsonNode last = json(path(name) + "?offset=2&limit=2");
    assertThat(ids(last)).containsExactly(3, 10);
    assertThat(last.get("next").isNull()).isTrue();
    assertThat(last.get("previous").asText()).isEqualTo(base + "?limit=2");
    JsonNode middle = json(path(name) + "?limit=2&offset=1&ordering=-id");
    assertThat(ids(middle)).containsExactly(3, 2);
    assertThat(middle.get("next").asText()).isEqualTo(base + "?limit=2&offset=3&ordering=-id");
    assertThat(middle.get("previous").asText()).isEqualTo(base + "?limit=2&ordering=-id");
    assertThat(ids(json(path(name) + "?offset=4"))).isEmpty();
  }

  /** The plain (not nested, not built) fields of the list's objects, as the response carries them. */
  private List<String> plainFields(JsonNode object) {
    List<String> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isValueNode() && !e.getKey().equals("url") && !e.getKey().equals("response_mode")) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private static Comparator<JsonNode> byValue(String field) {
    return (a, b) -> {
      JsonNode x = a.get(field);
      JsonNode y = b.get(field);
      if (x.isNumber()) return Double.compare(x.doubleValue(), y.doubleValue());
      if (x.isBoolean()) return Boolean.compare(x.booleanValue(), y.booleanValue());
      return x.asText().compareTo(y.asText());
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void everyPlainFieldOrdersBothWaysWithTheIdBreakingTies(String name) {
    JsonNode all = json(path(name));
    List<JsonNode> objects = new ArrayList<>();
    all.get("results").forEach(objects::add);
    List<String> fields = plainFields(objects.get(0));
    assertThat(fields).contains("id");
    Comparator<JsonNode> byId = Comparator.comparingInt(o -> o.get("id").asInt());
    for (String field : fields) {
      List<Integer> ascending = objects.stream().sorted(byValue(field).thenComparing(byId)).map(o -> o.get("id").asInt()).toList();
      List<Integer> descending = objects.stream().sorted(byValue(field).reversed().thenComparing(byId))
          .map(o -> o.get("id").asInt()).toList();
      assertThat(ids(json(path(name) + "?ordering=" + field))).as(field).isEqualTo(ascending);
      assertThat(ids(json(path(name) + "?ordering=-" + field))).as("-" + field).isEqualTo(descending);
      if (!field.equals("id")) {
        assertThat(ascending).as(field + " must order differently from the ids").isNotEqualTo(List.of(1, 2, 3, 10));
      }
    }
    assertThat(ids(json(path(name) + "?ordering=no_such_field"))).containsExactly(1, 2, 3, 10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void modeAndSearchAreIgnored(String name) {
    String plain = server.get(path(name)).body();
    for (String query : List.of("?mode=list", "?mode=normal", "?mode=detailed", "?search=zzz", "?search=1")) {
      TestServer.Response r = server.get(path(name) + query);
      assertThat(r.status()).as(query).isEqualTo(200);
      assertThat(r.body()).as(query).isEqualTo(plain);
    }
    assertThat(server.get(path(name) + "1/?mode=list").body()).isEqualTo(server.get(path(name) + "1/").body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void everyObjectHasUpstreamsKeysInUpstreamsOrder(String name) {
    UpstreamKeyOrder upstream = UpstreamKeyOrder.load();
    String listSchema = upstream.resultsSchema(path(name));
    for (JsonNode object : json(path(name)).get("results")) {
      assertThat(upstream.mismatches(listSchema, object)).as(object.toString()).isEmpty();
    }
    String detailSchema = upstream.responseSchema(path(name) + "{id}/");
    assertThat(upstream.mismatches(detailSchema, json(path(name) + "10/"))).isEmpty();
  }
}
