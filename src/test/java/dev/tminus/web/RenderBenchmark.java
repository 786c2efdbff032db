package dev.tminus.web;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.tminus.api.Links;
import dev.tminus.api.Page;
import dev.tminus.generate.Generator;
import dev.tminus.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU work of answering {@code /2.3.0/events/?mode=detailed&limit=100} (about 600 KB), without
 * the database: serializing 100 detailed events, assembling the page from 100 cached fragments
 * instead, hashing the body for its ETag, and gzipping it. Run with {@code bash bench/jmh.sh Render}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark {
  private static final String NEXT = "http://127.0.0.1:8000/2.3.0/events/?limit=100&mode=detailed&offset=100";

  private List<Object> records;
  private List<Object> fragments;
  private byte[] body;

  @Setup
  public void setUp() throws Exception {
    records = new ArrayList<>();
    Generator.events(100, 42, Links.of("http://127.0.0.1:8000", null)).forEachRemaining(records::add);
    fragments = new ArrayList<>();
    for (Object r : records) fragments.add(new RawValue(Json.MAPPER.writeValueAsString(r)));
    body = Json.MAPPER.writeValueAsBytes(new Page(1_000_000, NEXT, null, records));
  }

  @Benchmark
  public byte[] serializeOneHundredDetailedEvents() throws Exception {
    return Json.MAPPER.writeValueAsBytes(new Page(1_000_000, NEXT, null, records));
  }

  @Benchmark
  public byte[] assembleFromCachedFragments() throws Exception {
    return Json.MAPPER.writeValueAsBytes(new Page(1_000_000, NEXT, null, fragments));
  }

  @Benchmark
  public Rendered hashForTheETag() {
    return Rendered.of(body, "application/json");
  }

  @Benchmark
  public byte[] gzip() {
    return Rendered.of(body, "application/json").gzipped();
  }
}
