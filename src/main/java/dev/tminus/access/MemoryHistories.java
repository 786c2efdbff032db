package dev.tminus.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Histories in this process's memory, as DRF's default local-memory cache keeps them: what an
 * embedded H2 server uses (one process serves it). A history expires a window after its last
 * allowed request, as DRF's cache entry does; expired ones are swept at most once a minute, by the
 * request that finds the minute over, so memory holds only clients seen within their window.
 */
final class MemoryHistories implements Histories {
  private static final double SWEEP_EVERY_SECONDS = 60;

  private record Entry(double[] hits, double expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong();

  @Override
  public Outcome hit(String bucket, Rate rate, double now) {
    sweep(now);
    Outcome[] outcome = new Outcome[1];
    entries.compute(bucket, (b, entry) -> {
      double[] live = entry == null ? new double[0] : Window.live(entry.hits, now, rate);
      boolean allowed = Window.allows(live, rate);
      outcome[0] = new Outcome(allowed, live);
      if (!allowed) return entry;
      return new Entry(Window.record(live, now), now + rate.seconds());
    });
    return outcome[0];
  }

  @Override
  public double[] peek(String bucket, Rate rate, double now) {
    Entry entry = entries.get(bucket);
    return entry == null ? new double[0] : Window.live(entry.hits, now, rate);
  }

  private void sweep(double now) {
    long last = lastSweep.get();
    if (now - last < SWEEP_EVERY_SECONDS || !lastSweep.compareAndSet(last, (long) now)) return;
    entries.values().removeIf(e -> e.expires <= now);
  }
}
