package dev.tminus.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.db.Database;
import dev.tminus.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrent misses of one response render it once, whatever the outcome of that render. */
class RenderCacheH2Test {
  private static final int WAITERS = 8;

  private record Body(String text) implements RenderCache.Weighed {
    @Override
    public int bytes() {
      return text.length();
    }
  }

  private Database db;
  private RenderCache cache;
  private ExecutorService threads;

  @BeforeEach
  void open() {
    db = TestDatabase.H2.open();
    cache = RenderCache.create(new RenderCache.Settings(true, 1, Duration.ofHours(1)), db);
    threads = Executors.newFixedThreadPool(WAITERS + 1);
  }

  @AfterEach
  void close() {
    threads.shutdownNow();
    db.close();
  }

  private RenderCache.ResponseKey key() {
    return new RenderCache.ResponseKey(cache.version(), "/2.3.0/events/", "limit=1", "JSON", "http://x", null);
  }

  @Test
  void requestsThatMissWhileTheFirstRendersWaitForItsAnswer() throws Exception {
    CountDownLatch rendering = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Body> first = threads.submit(() -> cache.response(key(), () -> {
      rendering.countDown();
      await(release);
      return new Body("first");
    }));
    rendering.await();
    AtomicInteger otherRenders = new AtomicInteger();
    List<Future<Body>> others = new ArrayList<>();
    for (int i = 0; i < WAITERS; i++) {
      others.add(threads.submit(() -> cache.response(key(), () -> {
        otherRenders.incrementAndGet();
        return new Body("other");
      })));
    }
    awaitBlocked(WAITERS);
    release.countDown();
    assertThat(first.get().text()).isEqualTo("first");
    for (Future<Body> other : others) assertThat(other.get().text()).isEqualTo("first");
    assertThat(otherRenders).hasValue(0);
    // Cached now: a later request renders nothing either.
    assertThat(cache.<Body>response(key(), () -> new Body("later")).text()).isEqualTo("first");
  }

  @Test
  void aFailedRenderFailsItsWaitersAlikeAndIsNotCached() throws Exception {
    CountDownLatch rendering = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Body> first = threads.submit(() -> cache.<Body>response(key(), () -> {
      rendering.countDown();
      await(release);
      throw new IllegalStateException("the database went away");
    }));
    rendering.await();
    List<Future<Body>> others = new ArrayList<>();
    for (int i = 0; i < WAITERS; i++) others.add(threads.submit(() -> cache.response(key(), () -> new Body("other"))));
    awaitBlocked(WAITERS);
    release.countDown();
    for (Future<Body> f : others) {
      assertThatThrownBy(f::get).hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("the database went away");
    }
    assertThatThrownBy(first::get).hasCauseInstanceOf(IllegalStateException.class);
    assertThat(cache.<Body>response(key(), () -> new Body("again")).text()).isEqualTo("again");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  // Waits until `n` pool threads besides the first are parked (waiting for the first's render).
  private void awaitBlocked(int n) throws InterruptedException {
    for (int i = 0; i < 5000; i++) {
      long parked = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("pool-") && t.getState() == Thread.State.WAITING)
          .filter(t -> java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getMethodName().equals("awaitRender")))
          .count();
      if (parked >= n) return;
      Thread.sleep(2);
    }
    throw new AssertionError("the other requests never waited for the first render");
  }
}
