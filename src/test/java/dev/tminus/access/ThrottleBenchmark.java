package dev.tminus.access;

import dev.tminus.api.ApiException;
import dev.tminus.db.Database;
import dev.tminus.support.TestDatabase;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What throttling adds to a request, without HTTP: identifying the client and deciding its request,
 * with {@code --throttle anon=15/hour,key=300/hour}. On H2 the histories are in memory; on
 * PostgreSQL each decision is one upsert of the client's row, and a keyed request adds the key's
 * lookup. {@code anonymous} spreads requests over 10,000 addresses (most rows small);
 * {@code keyed} is one client whose window is full (300 hits, refused each time, the largest row).
 * Run with {@code bash bench/jmh.sh Throttle}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThrottleBenchmark {
  @Param({"H2", "POSTGRES"})
  public String database;

  private Database db;
  private Access access;
  private String token;
  private int next;

  @Setup
  public void open() {
    db = TestDatabase.valueOf(database).open();
    access = Access.open(Policy.throttling("anon=15/hour,key=300/hour", 0), db.dsl());
    token = "Token " + new ApiKeys(db.dsl()).create("bench", null, Instant.now()).token();
  }

  @TearDown
  public void close() {
    db.close();
  }

  @Benchmark
  public boolean anonymous() {
    int n = next++ % 10_000;
    return decide(access.identify(null, "10.0." + (n / 256) + "." + (n % 256), null));
  }

  @Benchmark
  public boolean keyed() {
    return decide(access.identify(token, "10.1.0.1", null));
  }

  private boolean decide(Client client) {
    try {
      access.admit(client, Instant.now());
      return true;
    } catch (ApiException.Throttled e) {
      return false;
    }
  }
}
