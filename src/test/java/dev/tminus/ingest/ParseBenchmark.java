package dev.tminus.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tminus.api.Links;
import dev.tminus.generate.Generator;
import dev.tminus.json.Json;
import dev.tminus.json.PageWriter;
import dev.tminus.resource.event.EventEndpointDetailed;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast one core turns generated LL2 JSON into detailed event records, as {@code import} reads
 * them: the ceiling of the import rate when the database costs nothing. Reported per event.
 * Run with {@code bash bench/jmh.sh Parse}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
  private static final int EVENTS = 1000;
  private byte[] page;

  @Setup
  public void setUp() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PageWriter.write(out, EVENTS, Generator.events(EVENTS, 42, Links.of("http://127.0.0.1:8000", null)));
    page = out.toByteArray();
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void parseDetailedEvents(Blackhole sink) throws Exception {
    try (JsonParser parser = Json.MAPPER.createParser(page)) {
      while (parser.nextToken() != JsonToken.START_ARRAY) {
        // skip count, next and previous
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        sink.consume(Json.MAPPER.readValue(parser, EventEndpointDetailed.class));
      }
    }
  }
}
