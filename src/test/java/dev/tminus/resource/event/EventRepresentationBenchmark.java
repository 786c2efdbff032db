package dev.tminus.resource.event;

import static dev.tminus.db.schema.Tables.EVENT;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.db.Database;
import dev.tminus.generate.Generator;
import dev.tminus.json.Json;
import dev.tminus.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cold page of 100 detailed (or normal) events — read from the database by the events' resource
 * (the kit's {@link dev.tminus.api.ShapeLoader} over the {@link EventShapes}) and serialized, no
 * render cache — on H2 and on PostgreSQL. The database holds 10,000 generated events; each call
 * reads the next page in date order, so pages repeat only every 100 calls. Run with
 * {@code bash bench/jmh.sh EventRepresentation} (add {@code -p mode=detailed} for the detailed pages
 * only); the numbers are in docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EventRepresentationBenchmark {
  static final int EVENTS = 10_000;
  static final int PAGE = 100;

  @Param({"H2", "POSTGRES"})
  public String database;

  /** {@code detailed} is the measure; {@code normal} shows the cost without the related objects. */
  @Param({"detailed", "normal"})
  public String mode;

  private Database db;
  private Resource<Integer> events;
  private final List<List<Integer>> pages = new ArrayList<>();
  private final Links links = Links.of("http://127.0.0.1:8000", null);
  private Mode read;
  private int next;

  @Setup
  public void setUp() {
    db = TestDatabase.valueOf(database).open();
    db.dsl().transaction(tx -> {
      EventWriter writer = new EventWriter(DSL.using(tx));
      Generator.events(EVENTS, 42, links).forEachRemaining(writer::add);
      writer.flush();
    });
    db.analyze();
    List<Integer> ids = db.dsl().select(EVENT.ID).from(EVENT).orderBy(EVENT.DATE, EVENT.ID).fetch(EVENT.ID);
    for (int i = 0; i < ids.size(); i += PAGE) pages.add(ids.subList(i, Math.min(ids.size(), i + PAGE)));
    read = Mode.parse(mode, Mode.DETAILED);
    events = Events.resource();
  }

  @TearDown
  public void tearDown() {
    db.close();
  }

  @Benchmark
  public byte[] coldPageOf100() throws Exception {
    List<Integer> page = pages.get(next++ % pages.size());
    return Json.MAPPER.writeValueAsBytes(events.represent(db.dsl(), page, read, links));
  }
}
