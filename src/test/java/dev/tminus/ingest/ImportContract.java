package dev.tminus.ingest;

import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.EVENT;
import static dev.tminus.db.schema.Tables.EVENT_AGENCY;
import static dev.tminus.db.schema.Tables.IMAGE;
import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.SPACE_STATION;
import static dev.tminus.db.schema.Tables.UPDATE_ENTRY;
import static dev.tminus.db.schema.Tables.VID_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.api.Links;
import dev.tminus.generate.Generator;
import dev.tminus.json.Json;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Import through the real importer, checked through the real API, on each database. */
abstract class ImportContract {
  private TestServer server;

  abstract TestDatabase database();

  @BeforeEach
  void start() {
    server = TestServer.start(database());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<EventEndpointDetailed> generated(int count) {
    List<EventEndpointDetailed> events = new ArrayList<>();
    Generator.events(count, 7, Links.of(server.origin(), null)).forEachRemaining(events::add);
    return events;
  }

  @Test
  void everyGeneratedEventComesBackAsItWasImported() throws Exception {
    List<EventEndpointDetailed> events = generated(250);
    ImportResult result = server.importEvents(events);
    assertThat(result.created()).isEqualTo(250);

    for (EventEndpointDetailed e : events) {
      String expected = Json.MAPPER.writeValueAsString(e);
      assertThat(server.get("/2.3.0/events/" + e.id() + "/").body()).as("event " + e.id()).isEqualTo(expected);
    }
    // The same objects through the list, page by page.
    List<String> listed = new ArrayList<>();
    String next = "/2.3.0/events/?mode=detailed&limit=100&ordering=date";
    while (next != null) {
      JsonNode page = server.get(next).json();
      for (JsonNode e : page.get("results")) listed.add(Json.MAPPER.writeValueAsString(e));
      next = page.get("next").isNull() ? null : page.get("next").asText().substring(server.origin().length());
    }
    assertThat(listed).hasSize(250);
    List<String> expected = new ArrayList<>();
    for (EventEndpointDetailed e : events) expected.add(Json.MAPPER.writeValueAsString(e));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void importAcceptsAnObjectAnArrayAndAPage() throws Exception {
    List<EventEndpointDetailed> events = generated(6);
    String one = Json.MAPPER.writeValueAsString(events.get(0));
    String array = Json.MAPPER.writeValueAsString(events.subList(1, 3));
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("count", 3);
    page.put("next", null);
    page.put("previous", null);
    page.put("results", events.subList(3, 6));

    assertThat(server.importJson(one).created()).isEqualTo(1);
    assertThat(server.importJson(array).created()).isEqualTo(2);
    assertThat(server.importJson(Json.MAPPER.writeValueAsString(page)).created()).isEqualTo(3);
    assertThat(server.get("/2.3.0/events/").json().get("count").asInt()).isEqualTo(6);
    // Importing again updates in place.
    ImportResult again = server.importJson(Json.MAPPER.writeValueAsString(page));
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isEqualTo(3);
  }

  @Test
  void sharedObjectsAreStoredOnceAndARenameReachesEveryEvent() throws Exception {
    String seed = Shared.seedEventJson();
    ObjectNode other = (ObjectNode) Json.MAPPER.readTree(seed);
    other.put("id", 1305).put("slug", "another-event");
    server.importJson(seed);
    server.importJson(Json.MAPPER.writeValueAsString(other));
    assertThat(server.database.dsl().fetchCount(AGENCY, AGENCY.ID.eq(44))).isEqualTo(1);
    assertThat(server.database.dsl().fetchCount(SPACE_STATION)).isEqualTo(1);
    assertThat(server.database.dsl().fetchCount(PROGRAM)).isEqualTo(2);

    ObjectNode renamed = (ObjectNode) Json.MAPPER.readTree(seed);
    ((ObjectNode) renamed.at("/agencies/0")).put("name", "NASA (renamed)");
    server.importJson(Json.MAPPER.writeValueAsString(renamed));

    for (int id : List.of(1304, 1305)) {
      JsonNode e = server.get("/2.3.0/events/" + id + "/").json();
      assertThat(e.at("/agencies/0/name").asText()).isEqualTo("NASA (renamed)");
      assertThat(e.at("/expeditions/0/mission_patches/0/agency/name").asText()).isEqualTo("NASA (renamed)");
      assertThat(e.at("/program/1/agencies/3/name").asText()).isEqualTo("NASA (renamed)");
    }
  }

  @Test
  void aNormalModeEventLeavesTheRelationsItLacksAsStored() throws Exception {
    String seed = Shared.seedEventJson();
    server.importJson(seed);
    ObjectNode normal = (ObjectNode) Json.MAPPER.readTree(seed);
    for (String detailedOnly : List.of("agencies", "launches", "expeditions", "spacestations", "program", "astronauts")) {
      normal.remove(detailedOnly);
    }
    normal.put("name", "Renamed in normal mode");
    assertThat(server.importJson(Json.MAPPER.writeValueAsString(normal)).updated()).isEqualTo(1);

    JsonNode e = server.get("/2.3.0/events/1304/").json();
    assertThat(e.get("name").asText()).isEqualTo("Renamed in normal mode");
    assertThat(e.get("agencies")).hasSize(2);
    assertThat(e.get("program")).hasSize(2);
    assertThat(e.get("expeditions")).hasSize(1);
  }

  @Test
  void theSameEventTwiceInOneFileEndsAsItsLastCopy() throws Exception {
    ObjectNode first = (ObjectNode) Json.MAPPER.readTree(Shared.seedEventJson());
    ObjectNode last = first.deepCopy();
    ((ArrayNode) last.get("agencies")).remove(0);
    last.set("vid_urls", Json.MAPPER.createArrayNode());
    last.put("name", "The last copy");
    ImportResult result = server.importJson(Json.MAPPER.writeValueAsString(List.of(first, last)));
    assertThat(result.created()).isEqualTo(1);
    assertThat(result.updated()).isEqualTo(1);

    JsonNode e = server.get("/2.3.0/events/1304/").json();
    assertThat(e.get("name").asText()).isEqualTo("The last copy");
    assertThat(e.get("agencies")).hasSize(first.get("agencies").size() - 1);
    assertThat(e.get("vid_urls")).isEmpty();
  }

  private Map<String, Integer> snapshot() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Table<?> t : List.of(EVENT, AGENCY, IMAGE, LAUNCH,
        VID_URL, UPDATE_ENTRY, EVENT_AGENCY, PROGRAM)) {
      counts.put(t.getName(), server.database.dsl().fetchCount(t));
    }
    counts.put("body", server.get("/2.3.0/events/?mode=detailed&limit=100").body().hashCode());
    return counts;
  }

  private void assertRejectedAndNothingWritten(String json, String... messageParts) throws Exception {
    Map<String, Integer> before = snapshot();
    assertThatThrownBy(() -> server.importJson(json))
        .isInstanceOf(ImportException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith("test:").contains(messageParts));
    assertThat(snapshot()).isEqualTo(before);
  }

  private String pageWithBadEvent(java.util.function.Consumer<ObjectNode> spoil) throws Exception {
    List<EventEndpointDetailed> events = generated(5);
    ArrayNode results = Json.MAPPER.valueToTree(events);
    spoil.accept((ObjectNode) results.get(3));
    ObjectNode page = Json.MAPPER.createObjectNode();
    page.put("count", 5).putNull("next").putNull("previous").set("results", results);
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(page);
  }

  @Test
  void badJsonIsRejectedWithItsPositionAndNothingIsWritten() throws Exception {
    server.importEvents(generated(3).subList(0, 1));
    String good = pageWithBadEvent(e -> {});
    assertRejectedAndNothingWritten(good.substring(0, good.length() / 2), "line ", "column ");
    assertRejectedAndNothingWritten("[{\"id\": 1, \"name\": \"x\",,}]", "line 1", "$[0]");
  }

  @Test
  void aWrongTypeIsRejectedWithItsJsonPath() throws Exception {
    assertRejectedAndNothingWritten(pageWithBadEvent(e -> e.put("id", "abc")), "$.results[3].id", "line ");
    assertRejectedAndNothingWritten(pageWithBadEvent(e -> ((ObjectNode) e.get("type")).put("id", 1.5)),
        "$.results[3].type.id");
    assertRejectedAndNothingWritten(pageWithBadEvent(e -> e.put("date", "yesterday")), "$.results[3].date");
    assertRejectedAndNothingWritten(pageWithBadEvent(e -> e.put("agencies", "NASA")), "$.results[3].agencies");
  }

  @Test
  void aMissingRequiredFieldIsRejectedWithItsJsonPath() throws Exception {
    assertRejectedAndNothingWritten(pageWithBadEvent(e -> e.remove("slug")), " at $.results[3].slug: required field is missing");
    assertRejectedAndNothingWritten(pageWithBadEvent(e -> e.remove("name")), " at $.results[3].name: required field is missing");
    assertRejectedAndNothingWritten(pageWithBadEvent(e -> e.putNull("name")), " at $.results[3].name: must not be null");
    assertRejectedAndNothingWritten(pageWithBadEvent(e -> ((ObjectNode) e.get("type")).remove("id")),
        " at $.results[3].type.id: required field is missing");
  }

  @Test
  void theJsonPathOfAMissingFieldNamesItOnce() throws Exception {
    assertRejectedAndNothingWritten("{\"foo\": 1}", " at $.id: required field is missing");
    assertRejectedAndNothingWritten("[{\"id\": 1, \"slug\": \"s\", \"type\": {\"id\": 1, \"name\": \"t\"}, \"webcast_live\": false}]",
        " at $[0].name: required field is missing");
  }

  // More events than the writer sends to the database at once, so a failure at the end comes after writes.
  private static final int PAST_FIRST_BATCHES = 2600;

  @Test
  void aParseErrorAfterBatchesWereWrittenStillWritesNothing() throws Exception {
    server.importEvents(generated(3).subList(0, 1));
    ArrayNode events = Json.MAPPER.valueToTree(generated(PAST_FIRST_BATCHES));
    ((ObjectNode) events.get(2500)).put("date", "yesterday");
    assertRejectedAndNothingWritten(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(events),
        "$[2500].date", "line ");
  }

  @Test
  void aRowTheDatabaseRefusesLateInTheFileWritesNothing() throws Exception {
    server.importEvents(generated(3).subList(0, 1));
    List<EventEndpointDetailed> events = generated(PAST_FIRST_BATCHES);
    // A rule of this test only, so that the database itself refuses an event after earlier batches were written.
    server.database.dsl().alterTable(EVENT)
        .add(DSL.constraint("refuse_one_event").check(EVENT.ID.ne(events.get(2500).id()))).execute();
    assertRejectedAndNothingWritten(Json.MAPPER.writeValueAsString(events), "the database refused");
  }

  @Test
  void aPageWithoutResultsIsRejected() throws Exception {
    assertRejectedAndNothingWritten("{\"count\": 1, \"next\": null}", "\"results\"");
    assertRejectedAndNothingWritten("{\"count\": 1, \"results\": {}}", "$.results", "expected an array");
  }
}
