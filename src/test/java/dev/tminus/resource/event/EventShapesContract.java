package dev.tminus.resource.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.ShapeWriter;
import dev.tminus.db.Database;
import dev.tminus.generate.Generator;
import dev.tminus.json.Json;
import dev.tminus.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventShapes} write what they read: generated events written through the kit's
 * {@link ShapeWriter} (rather than the events' own bulk {@link EventWriter}) come back from the
 * events' resource exactly as generated.
 */
abstract class EventShapesContract {
  abstract TestDatabase database();

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

      List<Object> read = Events.resource().represent(database.dsl(), ids, Mode.DETAILED, links);
      assertThat(Json.MAPPER.writeValueAsString(read)).isEqualTo(Json.MAPPER.writeValueAsString(events));
    }
  }
}
