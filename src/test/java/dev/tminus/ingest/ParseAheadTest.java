package dev.tminus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.api.Links;
import dev.tminus.generate.Generator;
import dev.tminus.resource.event.EventEndpointDetailed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-off between the parser's thread and the writer's. */
class ParseAheadTest {
  private static final List<EventEndpointDetailed> EVENTS = new ArrayList<>();

  static {
    Generator.events(1000, 3, Links.of("http://127.0.0.1:8000", null)).forEachRemaining(EVENTS::add);
  }

  @Test
  void everyEventArrivesInOrderOnTheCallersThread() throws Exception {
    List<Integer> seen = new ArrayList<>();
    Thread caller = Thread.currentThread();
    try (ParseAhead ahead = ParseAhead.start("test", sink -> {
      for (EventEndpointDetailed e : EVENTS) sink.accept(e);
    })) {
      ahead.drain(e -> {
        assertThat(Thread.currentThread()).isSameAs(caller);
        seen.add(((EventEndpointDetailed) e).id());
      });
    }
    assertThat(seen).isEqualTo(EVENTS.stream().map(EventEndpointDetailed::id).toList());
  }

  @Test
  void aParseFailureArrivesAfterTheEventsBeforeIt() {
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (ParseAhead ahead = ParseAhead.start("test", sink -> {
        for (EventEndpointDetailed e : EVENTS.subList(0, 700)) sink.accept(e);
        throw new ImportException("test: line 9, column 1, at $[700]: broken", null);
      })) {
        ahead.drain(e -> seen.add(((EventEndpointDetailed) e).id()));
      }
    }).isInstanceOf(ImportException.class).hasMessage("test: line 9, column 1, at $[700]: broken");
    assertThat(seen).hasSize(700);
  }

  @Test
  void anUncheckedParseFailureIsRethrownAsItIs() {
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> {
      try (ParseAhead ahead = ParseAhead.start("test", sink -> {
        throw boom;
      })) {
        ahead.drain(e -> {});
      }
    }).isSameAs(boom);
  }

  @Test
  void closingStopsAParserThatWouldRunForever() throws Exception {
    String source = "endless-" + System.nanoTime();
    try (ParseAhead ahead = ParseAhead.start(source, sink -> {
      while (true) sink.accept(EVENTS.get(0));
    })) {
      assertThatThrownBy(() -> ahead.drain(e -> {
        throw new IllegalStateException("the writer fails");
      })).hasMessage("the writer fails");
    }
    Thread parser = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().endsWith(source)).findFirst().orElse(null);
    // A liveness bound, not a speed one: a stopped parser ends at its next hand-over.
    if (parser != null) parser.join(60_000);
    assertThat(parser == null || !parser.isAlive()).isTrue();
  }
}
