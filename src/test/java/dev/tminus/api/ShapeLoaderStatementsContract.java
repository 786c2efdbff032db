package dev.tminus.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tminus.generate.Worlds;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.resource.event.EventShapes;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link ShapeLoader} reads a page with a number of statements fixed by the shapes' declaration —
 * one per shape read by key and one per list — never by the number of rows: a page of 100 takes as
 * many as a page of the one object that nests something at every level, over the generated world.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShapeLoaderStatementsContract {
  private TestServer server;
  private final Links links = Links.of("http://127.0.0.1:8000", null);

  abstract TestDatabase database();

  @BeforeAll
  void start() {
    server = TestServer.start(database());
    Worlds.fill(server, 100, 7);
    // The world has a few dozen pads and locations: copies under other ids make pages of 100.
    server.database.dsl().transaction(tx -> {
      copy(tx.dsl(), "pads", "");
      copy(tx.dsl(), "locations", "pads");
    });
  }

  /** Writes each object of {@code collection} again under ids 1000, 2000, … higher, {@code without} a list. */
  private void copy(DSLContext dsl, String collection, String without) throws Exception {
    Resource<Integer> resource = integerIds(collection);
    List<Object> objects = resource.represent(dsl, ids(resource), resource.detailMode(), links);
    ResourceWriter writer = resource.writer(dsl);
    for (int k = 1; k * objects.size() < 100; k++) {
      for (Object o : objects) {
        ObjectNode copy = Json.MAPPER.valueToTree(o);
        copy.put("id", copy.get("id").asInt() + 1000 * k);
        if (!without.isEmpty()) copy.putArray(without);
        writer.add(Json.MAPPER.treeToValue(copy, resource.importType()));
      }
    }
    writer.flush();
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  @Test
  void aPageOf100DetailedEventsTakesAsManyStatementsAsAPageOfOne() {
    ShapeLoader<Integer> loader = new ShapeLoader<>(EventShapes.MODES);
    assertSameForOneAndAHundred(loader, ids(Resources.byCollection("events")), Mode.DETAILED, 18);
  }

  @Test
  void aPageOf100PadsTakesAsManyStatementsAsAPageOfOne() {
    Resource<Integer> pads = integerIds("pads");
    assertSameForOneAndAHundred(loader(pads), ids(pads), Mode.NORMAL, 7);
  }

  @Test
  void aPageOf100DetailedLocationsTakesAsManyStatementsAsAPageOfOne() {
    Resource<Integer> locations = integerIds("locations");
    assertSameForOneAndAHundred(loader(locations), ids(locations), Mode.DETAILED, 6);
  }

  private void assertSameForOneAndAHundred(ShapeLoader<Integer> loader, List<Integer> ids, Mode mode, int pinned) {
    List<Integer> page = ids.subList(0, Math.min(100, ids.size()));
    assertThat(page).hasSize(100);
    int hundred = statements(loader, page, mode);
    int most = 0;
    for (Integer id : page) most = Math.max(most, statements(loader, List.of(id), mode));
    assertThat(most).as("the page's fullest object alone").isEqualTo(hundred);
    // At most one per shape read by key and one per list; none where every object asked for is read already.
    assertThat(hundred).isEqualTo(pinned).isLessThanOrEqualTo(loader.statements(mode));
  }

  private int statements(ShapeLoader<Integer> loader, List<Integer> ids, Mode mode) {
    AtomicInteger statements = new AtomicInteger();
    DSLContext counted = DSL.using(server.database.dsl().configuration().derive(
        new DefaultExecuteListenerProvider(new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            statements.incrementAndGet();
          }
        })));
    assertThat(loader.represent(counted, ids, mode, links)).hasSize(ids.size());
    return statements.get();
  }

  private List<Integer> ids(Resource<?> resource) {
    @SuppressWarnings("unchecked")
    Resource<Integer> r = (Resource<Integer>) resource;
    return server.database.dsl().select(r.idField()).from(r.table()).orderBy(r.idField()).fetch(r.idField());
  }

  @SuppressWarnings("unchecked")
  private static Resource<Integer> integerIds(String collection) {
    return (Resource<Integer>) Resources.byCollection(collection);
  }

  private static ShapeLoader<Integer> loader(Resource<Integer> resource) {
    return new ShapeLoader<>(resource.shapes());
  }
}
