package dev.tminus.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Links;
import dev.tminus.api.Resource;
import dev.tminus.generate.Generator;
import dev.tminus.generate.Timeline;
import dev.tminus.generate.World;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.support.DockingFixture;
import dev.tminus.support.Shared;
import dev.tminus.support.TestServer;
import dev.tminus.support.UpstreamSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the conformance tests serve: generated events, a generated world of every other collection
 * (100 detailed launches with what they are made of), the upstream pad of Sputnik 1 (with its
 * location, celestial body, country, …) imported as {@code pads}, upstream's event types page as
 * {@code config/event_types}, upstream's NASA (with its launcher and spacecraft configurations and
 * their families) as {@code agencies}, and one object of our own for each other config list, for
 * {@code programs}, {@code launchers}, {@code spacecraft_configuration_families} and
 * {@code config/docking_locations}, upstream's Sputnik 1 payload as {@code payloads}, and the
 * launches of {@link DockingFixture}, whose docking events target flights. Everything is checked
 * against the upstream schema before it is imported, so what comes out is judged on valid input.
 */
final class ConformanceData {
  static final int GENERATED_EVENTS = 150;
  static final int GENERATED_LAUNCHES = 100;
  static final String PAD_SAMPLE = "reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json";
  static final String EVENT_TYPES_SAMPLE = "reference/ll2/samples/config-event_types-circa2021.json";
  static final String AGENCY_SAMPLE = "reference/ll2/samples/agency-44-detailed-2.3.0.json";

  private ConformanceData() {}

  /** Fills {@code server} with objects of every served resource. */
  static void load(TestServer server, UpstreamSchemas upstream) throws Exception {
    List<EventEndpointDetailed> events = new ArrayList<>();
    Generator.events(GENERATED_EVENTS, 2303, Links.of(server.origin(), null)).forEachRemaining(event -> {
      assertThat(upstream.violations("EventEndpointDetailed", Json.MAPPER.valueToTree(event)))
          .as("generated event " + event.id() + " is valid upstream").isEmpty();
      events.add(event);
    });
    server.importEvents(events);
    importGeneratedWorld(server, upstream);

    ObjectNode pad = pad();
    importChecked(server, upstream, "pads", pad);
    JsonNode eventTypes = read(EVENT_TYPES_SAMPLE);
    assertThat(upstream.violations("PaginatedEventTypeList", eventTypes)).as("the event types sample").isEmpty();
    server.importJson("config/event_types", Json.MAPPER.writeValueAsString(eventTypes));
    importChecked(server, upstream, "agencies", nasa());
    for (Map.Entry<String, JsonNode> fixture : fixtures(pad).entrySet()) {
      importChecked(server, upstream, fixture.getKey(), fixture.getValue());
    }
    // Docking events whose targets are flights, with their launches, which generated worlds lack.
    DockingFixture docking = DockingFixture.load();
    importChecked(server, upstream, "launches", docking.chaser());
    importChecked(server, upstream, "launches", docking.target());
  }

  /**
   * A generated world but its events: every collection, each object checked against the upstream
   * schema of its collection and mode and imported as one page per collection. Its detailed launches
   * are as deep as LL2's (first stages with launchers, landings and previous flights, crewed
   * spacecraft flights with docking events, payload flights).
   */
  private static void importGeneratedWorld(TestServer server, UpstreamSchemas upstream) throws Exception {
    UpstreamDocument document = UpstreamDocument.load();
    World world = World.of(0, GENERATED_LAUNCHES, 2303, Links.of(server.origin(), null), Timeline.FIXED);
    for (World.Content c : world.contents()) {
      if (c.count() == 0) continue;
      Resource<?> resource = Resources.byCollection(c.collection());
      ArrayNode results = Json.MAPPER.createArrayNode();
      c.objects().get().forEachRemaining(object -> {
        JsonNode json = Json.MAPPER.valueToTree(object);
        String mode = json.path("response_mode").asText("");
        String schema = document.detailSchema(resource, resource.single() || mode.isEmpty() ? null : mode);
        assertThat(upstream.violations(schema, json)).as("generated %s %s is valid upstream as %s", c.collection(),
            json.get("id"), schema).isEmpty();
        results.add(json);
      });
      if (c.collection().equals("launches")) {
        assertThat(results.findValues("docking_events").stream().anyMatch(d -> !d.isEmpty()))
            .as("a generated launch with a docking event").isTrue();
      }
      ObjectNode page = Json.MAPPER.createObjectNode().put("count", results.size());
      page.putNull("next").putNull("previous").set("results", results);
      server.importJson(c.collection(), Json.MAPPER.writeValueAsString(page));
    }
  }

  /** Sputnik 1's pad, as upstream serves it inside the launch. */
  static ObjectNode pad() throws IOException {
    return (ObjectNode) read(PAD_SAMPLE).get("pad");
  }

  /**
   * Upstream's NASA, from a client's test mock that replaced two values by placeholders: the
   * description (any text is valid) and the logo's {@code image_url}, which is no URI as the schema
   * requires; the logo gets its real address back.
   */
  static JsonNode nasa() throws IOException {
    String json = Files.readString(Shared.require(AGENCY_SAMPLE)).replace("\"nasaImageUrl\"",
        "\"https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/nasa_logo.png\"");
    return Json.MAPPER.readTree(json);
  }

  static JsonNode read(String sample) throws IOException {
    return Json.MAPPER.readTree(Files.readString(Shared.require(sample)));
  }

  private static void importChecked(TestServer server, UpstreamSchemas upstream, String collection, JsonNode object)
      throws Exception {
    String schema = UpstreamDocument.load().detailSchema(Resources.byCollection(collection), null);
    assertThat(upstream.violations(schema, object)).as("the %s fixture is valid upstream as %s", collection, schema)
        .isEmpty();
    server.importJson(collection, Json.MAPPER.writeValueAsString(object));
  }

  /**
   * One object for each config list the samples do not fill (the pad fills countries, celestial
   * body types and image licenses), and a program. Ids from 901 up, clear of the generated ones.
   */
  static Map<String, JsonNode> fixtures(ObjectNode pad) throws IOException {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("config/agency_types", "{\"id\": 901, \"name\": \"Multinational\"}");
    json.put("config/astronaut_roles", "{\"id\": 901, \"role\": \"Commander\", \"priority\": 1}");
    json.put("config/astronaut_statuses", "{\"id\": 901, \"name\": \"Active\"}");
    json.put("config/astronaut_types", "{\"id\": 901, \"name\": \"Government\"}");
    json.put("config/first_stage_types", "{\"id\": 901, \"name\": \"Flight Proven\"}");
    json.put("config/image_variant_types", "{\"id\": 901, \"name\": \"Thumbnail\"}");
    json.put("config/infourl_types", "{\"id\": 901, \"name\": \"Official Page\"}");
    json.put("config/landing_types", "{\"id\": 901, \"name\": \"Return to Launch Site\", \"abbrev\": \"RTLS\","
        + " \"description\": \"The booster flies back to land near its pad.\"}");
    json.put("config/languages", "{\"id\": 901, \"name\": \"Kazakh\", \"code\": \"kk\"}");
    json.put("config/launch_statuses", "{\"id\": 901, \"name\": \"Go for Launch\", \"abbrev\": \"Go\","
        + " \"description\": \"The date is confirmed.\"}");
    json.put("config/launcher_statuses", "{\"id\": 901, \"name\": \"Retired\"}");
    json.put("config/mission_types", "{\"id\": 901, \"name\": \"Communications\"}");
    json.put("config/net_precisions", "{\"id\": 901, \"name\": \"Hour\", \"abbrev\": \"HR\","
        + " \"description\": \"The T-0 is accurate to the hour.\"}");
    json.put("config/notice_types", "{\"id\": 901, \"name\": \"Launch Notice\"}");
    json.put("config/orbits", "{\"id\": 901, \"name\": \"Low Earth Orbit\", \"abbrev\": \"LEO\","
        + " \"celestial_body\": {\"response_mode\": \"list\", \"id\": 1, \"name\": \"Earth\"}}");
    json.put("config/payload_types", "{\"id\": 901, \"name\": \"Satellite\"}");
    json.put("config/program_types", "{\"id\": 901, \"name\": \"Human Spaceflight\"}");
    json.put("config/road_closure_statuses", "{\"id\": 901, \"name\": \"Closure Scheduled\"}");
    json.put("config/space_station_statuses", "{\"id\": 901, \"name\": \"Active\"}");
    json.put("config/spacecraft_configuration_types", "{\"id\": 901, \"name\": \"Capsule\"}");
    json.put("config/spacecraft_statuses", "{\"id\": 901, \"name\": \"Single Use\"}");
    json.put("config/timeline_event_types", "{\"id\": 901, \"abbrev\": \"MECO\", \"description\": \"Main engine cut-off\"}");
    json.put("config/vidurl_types", "{\"id\": 901, \"name\": \"Official Webcast\"}");
    json.put("programs", "{\"response_mode\": \"normal\", \"id\": 901, \"url\": \"https://ll.thespacedevs.com/2.3.0/programs/901/\","
        + " \"name\": \"Sputnik\", \"image\": null, \"info_url\": null, \"wiki_url\": \"https://en.wikipedia.org/wiki/Sputnik_program\","
        + " \"description\": \"The first artificial satellites.\", \"agencies\": [], \"start_date\": \"1957-10-04T19:28:34Z\","
        + " \"end_date\": null, \"mission_patches\": [], \"type\": {\"id\": 901, \"name\": \"Human Spaceflight\"}}");
    json.put("launchers", "{\"response_mode\": \"detailed\", \"id\": 901, \"url\": \"https://ll.thespacedevs.com/2.3.0/launchers/901/\","
        + " \"flight_proven\": false, \"serial_number\": \"AJ-1\", \"is_placeholder\": false,"
        + " \"status\": {\"id\": 901, \"name\": \"Retired\"}, \"image\": null, \"details\": \"Expended.\","
        + " \"successful_landings\": 0, \"attempted_landings\": 0, \"flights\": 1,"
        + " \"last_launch_date\": \"2009-10-28T15:30:00Z\", \"first_launch_date\": \"2009-10-28T15:30:00Z\","
        + " \"fastest_turnaround\": null, \"launcher_config\": {\"response_mode\": \"list\", \"id\": 126,"
        + " \"url\": \"https://ll.thespacedevs.com/2.3.0/launcher_configurations/126/\", \"name\": \"Ares I-X\","
        + " \"families\": [], \"full_name\": \"Ares I-X\", \"variant\": \"I-X\"}}");
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : json.entrySet()) out.put(e.getKey(), Json.MAPPER.readTree(e.getValue()));
    out.put("config/landing_locations", landingLocation(pad));
    out.put("spacecraft_configuration_families", spacecraftFamily());
    out.put("payloads", payload());
    out.put("config/docking_locations", dockingLocation());
    return out;
  }

  // Sputnik 1, as upstream's launch sample embeds it in its payload flight.
  private static JsonNode payload() throws IOException {
    return read(PAD_SAMPLE).at("/rocket/payloads/0/payload");
  }

  // A docking port of a space station, on NASA's first spacecraft configuration and the Sputnik 1 payload.
  private static JsonNode dockingLocation() throws IOException {
    JsonNode sputnik = payload();
    ObjectNode payload = Json.MAPPER.createObjectNode().put("response_mode", "list").put("id", sputnik.get("id").asInt())
        .put("name", sputnik.get("name").asText());
    payload.set("type", sputnik.get("type"));
    for (String agency : List.of("manufacturer", "operator")) {
      JsonNode a = sputnik.get(agency);
      ObjectNode mini = payload.putObject(agency).put("response_mode", "list").put("id", a.get("id").asInt());
      mini.put("url", a.get("url").asText()).put("name", a.get("name").asText()).put("abbrev", a.get("abbrev").asText());
      mini.set("type", a.get("type"));
    }
    payload.set("image", sputnik.get("image"));
    ObjectNode location = Json.MAPPER.createObjectNode().put("id", 901).put("name", "Harmony Forward");
    location.putObject("spacestation").put("id", 901).put("url", "https://ll.thespacedevs.com/2.3.0/space_stations/901/")
        .put("name", "Mir").putNull("image");
    // NASA's first spacecraft configuration (no families), in the normal shape a docking location embeds.
    JsonNode lander = nasa().at("/spacecraft_list/0");
    ObjectNode spacecraft = location.putObject("spacecraft").put("response_mode", "normal");
    for (String key : List.of("id", "url", "name", "type")) spacecraft.set(key, lander.get(key));
    JsonNode maker = lander.get("agency");
    ObjectNode agency = spacecraft.putObject("agency").put("response_mode", "list");
    for (String key : List.of("id", "url", "name", "abbrev", "type")) agency.set(key, maker.get(key));
    for (String key : List.of("family", "in_use", "image")) spacecraft.set(key, lander.get(key));
    location.set("payload", payload);
    return location;
  }

  // A family of NASA's spacecraft, made by NASA as upstream's sample embeds it in its spacecraft.
  private static JsonNode spacecraftFamily() throws IOException {
    JsonNode nasa = nasa().at("/spacecraft_list/0/agency");
    ObjectNode family = Json.MAPPER.createObjectNode().put("response_mode", "detailed").put("id", 901)
        .put("name", "Apollo").put("description", "The Apollo spacecraft.");
    family.set("manufacturer", nasa);
    family.putNull("parent");
    family.put("maiden_flight", "1966-02-26").put("spacecraft_flown", 15).put("total_launch_count", 20)
        .put("successful_launches", 19).put("failed_launches", 1).put("attempted_landings", 6)
        .put("successful_landings", 6).put("failed_landings", 0);
    family.putArray("spacecraft");
    return family;
  }

  // A landing location at the pad's location and on its celestial body, as upstream embeds those.
  private static JsonNode landingLocation(ObjectNode pad) {
    ObjectNode location = (ObjectNode) pad.get("location").deepCopy();
    ObjectNode body = (ObjectNode) location.remove("celestial_body");
    for (String counter : List.of("total_attempted_launches", "successful_launches", "failed_launches",
        "total_attempted_landings", "successful_landings", "failed_landings")) {
      body.remove(counter);
    }
    ObjectNode landing = Json.MAPPER.createObjectNode().put("id", 901).put("name", "Baikonur steppe")
        .put("active", true).put("abbrev", "BKS").putNull("description");
    landing.set("location", location);
    landing.put("longitude", 63.3).put("latitude", 47.4).putNull("image");
    landing.put("successful_landings", 12).put("attempted_landings", 12).put("failed_landings", 0);
    landing.set("celestial_body", body);
    return landing;
  }
}
