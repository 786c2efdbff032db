package dev.tminus.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Histories in this process's memory, as DRF's default local-memory cache keeps them: what an
 * embedded H2 server uses (one process serves it). Each client's history is a ring of its allowed
 * hits, oldest first, pruned from the oldest end as DRF pops its list's last entries: an allowed
 * request costs the same whatever the rate, not a copy of the whole window. A history expires a
 * window after its last allowed request, as DRF's cache entry does; expired ones are swept at most
 * once a minute, by the request that finds the minute over, so memory holds only clients seen
 * within their window.
 */
final class MemoryHistories implements Histories {
  private static final double SWEEP_EVERY_SECONDS = 60;

  /** One client's allowed hits, oldest first; only touched inside the map's per-bucket compute. */
  private static final class History {
    private double[] ring = new double[4];
    private int head;
    private int size;
    private double expires;

    /** Drops the hits at or before {@code now - duration}, as DRF does. */
    void prune(double now, Rate rate) {
      double edge = now - rate.seconds();
      while (size > 0 && ring[head] <= edge) {
        head = (head + 1) % ring.length;
        size--;
      }
    }

    void add(double hit) {
      if (size == ring.length) {
        double[] grown = new double[ring.length * 2];
        for (int i = 0; i < size; i++) grown[i] = ring[(head + i) % ring.length];
        ring = grown;
        head = 0;
      }
      ring[(head + size) % ring.length] = hit;
      size++;
    }

    double[] hits() {
      double[] out = new double[size];
      for (int i = 0; i < size; i++) out[i] = ring[(head + i) % ring.length];
      return out;
    }
  }

  private final Map<String, History> entries = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong();

  @Override
  public Outcome hit(String bucket, Rate rate, double now) {
    sweep(now);
    Outcome[] outcome = new Outcome[1];
    entries.compute(bucket, (b, history) -> {
      History h = history == null ? new History() : history;
      h.prune(now, rate);
      if (h.size >= rate.requests()) {
        outcome[0] = Outcome.refused(Window.drfWait(h.hits(), now, rate));
        return history;
      }
      h.add(now);
      h.expires = now + rate.seconds();
      outcome[0] = Outcome.ALLOWED;
      return h;
    });
    return outcome[0];
  }

  @Override
  public double[] peek(String bucket, Rate rate, double now) {
    double[][] live = {new double[0]};
    entries.computeIfPresent(bucket, (b, h) -> {
      h.prune(now, rate);
      live[0] = h.hits();
      return h;
    });
    return live[0];
  }

  private void sweep(double now) {
    long last = lastSweep.get();
    if (now - last < SWEEP_EVERY_SECONDS || !lastSweep.compareAndSet(last, (long) now)) return;
    entries.values().removeIf(h -> h.expires <= now);
  }
}
