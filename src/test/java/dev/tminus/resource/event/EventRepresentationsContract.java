package dev.tminus.resource.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.Page;
import dev.tminus.api.Representation;
import dev.tminus.api.ShapeRepresentation;
import dev.tminus.api.ShapeWriter;
import dev.tminus.db.Database;
import dev.tminus.generate.Generator;
import dev.tminus.json.Json;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The events' two representations — the batched loader ({@link EventRepresentation}) and the
 * {@link EventShapes} read as {@code MULTISET}s — give byte-identical JSON, and it is the JSON a
 * client receives: for the seed event and for a page of generated events, in every mode. The
 * shapes also write what they read: events imported through them come back as they went in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventRepresentationsContract {
  private static final Representation<Integer> LOADER = new EventRepresentation();
  private static final Representation<Integer> SHAPES = new ShapeRepresentation<>(EventShapes.MODES);

  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    List<Object> events = new ArrayList<>();
    // Their urls are rebuilt from each request; the generator's only need to be well-formed.
    Generator.events(250, 11, Links.of("http://generated.example", null)).forEachRemaining(events::add);
    server.importEvents(events);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theSeedEventIsTheSameFromBoth(Mode mode) throws Exception {
    server.importJson(Shared.seedEventJson());
    Links links = Links.of(server.origin(), "json");

    String shapes = json(SHAPES, List.of(1304), mode, links);

    assertThat(json(LOADER, List.of(1304), mode, links)).isEqualTo(shapes);
    assertThat(server.get("/2.3.0/events/1304/?format=json&mode=" + mode.wire()).body())
        .as("what a client receives").isEqualTo(shapes);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aGeneratedPageIsTheSameFromBoth(Mode mode) throws Exception {
    TestServer.Response response = server.get("/2.3.0/events/?limit=100&offset=50&ordering=-last_updated&mode=" + mode.wire());
    JsonNode page = response.json();
    List<Integer> ids = new ArrayList<>();
    page.get("results").forEach(e -> ids.add(e.get("id").asInt()));
    assertThat(ids).hasSize(100);
    Links links = Links.of(server.origin(), null);

    String shapes = pageJson(page, SHAPES.represent(server.database.dsl(), ids, mode, links));

    assertThat(pageJson(page, LOADER.represent(server.database.dsl(), ids, mode, links))).isEqualTo(shapes);
    assertThat(response.body()).as("what a client receives").isEqualTo(shapes);
  }

  @Test
  void generatedEventsWrittenThroughTheShapesReadBackAsGenerated() throws Exception {
    Links links = Links.of("http://generated.example", null);
    List<EventEndpointDetailed> events = new ArrayList<>();
    Generator.events(60, 23, links).forEachRemaining(events::add);
    List<Integer> ids = events.stream().map(EventEndpointDetailed::id).toList();
    try (Database database = database().open()) {
      database.dsl().transaction(tx -> {
        ShapeWriter writer = new ShapeWriter(DSL.using(tx));
        for (EventEndpointDetailed e : events) writer.add(EventShapes.DETAILED, e);
        writer.flush();
      });

      assertThat(Json.MAPPER.writeValueAsString(LOADER.represent(database.dsl(), ids, Mode.DETAILED, links)))
          .isEqualTo(Json.MAPPER.writeValueAsString(events));
    }
  }

  private String json(Representation<Integer> representation, List<Integer> ids, Mode mode, Links links)
      throws Exception {
    List<Object> objects = representation.represent(server.database.dsl(), ids, mode, links);
    assertThat(objects).hasSize(ids.size());
    return Json.MAPPER.writeValueAsString(objects.get(0));
  }

  private static String pageJson(JsonNode page, List<Object> results) throws Exception {
    return Json.MAPPER.writeValueAsString(new Page(page.get("count").asLong(), text(page.get("next")),
        text(page.get("previous")), results));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
