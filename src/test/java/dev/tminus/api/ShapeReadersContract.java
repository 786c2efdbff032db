package dev.tminus.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.generate.Worlds;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.resource.event.EventShapes;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kit's two readers — {@link ShapeRepresentation} (one statement, {@code MULTISET}s) and
 * {@link ShapeLoader} (batched {@code IN (…)} statements) — give byte-identical JSON for every
 * resource in every mode it offers, over the generated world: pages of 100 and each object alone,
 * and it is the JSON a client receives. The events, served by their own batched loader, are read
 * through their {@link EventShapes} and compared with it too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShapeReadersContract {
  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() {
    server = TestServer.start(database());
    Worlds.fill(server, 100, 7);
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  Stream<Arguments> resourcesAndModes() {
    List<Arguments> out = new ArrayList<>();
    for (Resource<?> r : Resources.ALL) {
      for (Mode mode : r.modes()) out.add(Arguments.of(r.collection(), mode));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} mode={1}")
  @MethodSource("resourcesAndModes")
  void bothReadersGiveTheSameJson(String collection, Mode mode) throws Exception {
    compare(Resources.byCollection(collection), mode);
  }

  private <K> void compare(Resource<K> resource, Mode mode) throws Exception {
    boolean handMade = resource.shapes().isEmpty();
    Map<Mode, Shape<?>> shapes = handMade ? EventShapes.MODES : resource.shapes();
    Representation<K> multiset = new ShapeRepresentation<>(shapes);
    Representation<K> loader = new ShapeLoader<>(shapes);
    DSLContext dsl = server.database.dsl();
    Links links = Links.of(server.origin(), "json");
    List<K> ids = dsl.select(resource.idField()).from(resource.table()).orderBy(resource.idField())
        .fetch(resource.idField());
    assertThat(ids).as("the world should populate " + resource.collection()).isNotEmpty();

    for (int i = 0; i < ids.size(); i += 100) {
      List<K> page = ids.subList(i, Math.min(ids.size(), i + 100));
      String expected = json(multiset.represent(dsl, page, mode, links));
      assertThat(json(loader.represent(dsl, page, mode, links))).as("a page from " + page.get(0)).isEqualTo(expected);
      if (handMade) assertThat(json(resource.represent(dsl, page, mode, links))).isEqualTo(expected);
    }
    for (K id : ids) {
      String expected = json(multiset.represent(dsl, List.of(id), mode, links));
      assertThat(json(loader.represent(dsl, List.of(id), mode, links))).as("object " + id).isEqualTo(expected);
    }

    String path = "/2.3.0/" + resource.collection() + "/";
    TestServer.Response response = server.get(path + "?format=json&limit=100&mode=" + mode.wire());
    JsonNode served = response.json();
    List<K> listed = new ArrayList<>();
    served.get("results").forEach(o -> listed.add(ids.stream().filter(id -> id.toString().equals(o.get("id").asText()))
        .findFirst().orElseThrow()));
    Page page = new Page(served.get("count").asLong(), text(served.get("next")), text(served.get("previous")),
        multiset.represent(dsl, listed, mode, links));
    assertThat(response.body()).as("what a client receives").isEqualTo(json(page));
    K first = listed.get(0);
    assertThat(server.get(path + first + "/?format=json&mode=" + mode.wire()).body())
        .isEqualTo(json(multiset.represent(dsl, List.of(first), mode, links).get(0)));
  }

  private static String json(Object value) throws Exception {
    return Json.MAPPER.writeValueAsString(value);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
