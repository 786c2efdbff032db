package dev.tminus.access;

import java.util.Arrays;

/**
 * DRF's sliding window ({@code SimpleRateThrottle}), as pure functions over a client's history: the
 * times (epoch seconds) of the requests it was allowed. A request is allowed while fewer than
 * {@code rate.requests()} of them are younger than {@code rate.seconds()}; a refused request is not
 * recorded, so a client that keeps asking is let in again as soon as its oldest hit ages out.
 * The stores ({@link Histories}) keep the histories; this class decides.
 */
final class Window {
  private Window() {}

  /** The hits still inside the window at {@code now}: DRF drops those at or before {@code now - duration}. */
  static double[] live(double[] hits, double now, Rate rate) {
    double edge = now - rate.seconds();
    return Arrays.stream(hits).filter(h -> h > edge).toArray();
  }

  /** Whether a request at {@code now} is allowed, given the live hits. */
  static boolean allows(double[] live, Rate rate) {
    return live.length < rate.requests();
  }

  /**
   * DRF's {@code wait()} after a refusal, already rounded up as DRF's {@code Throttled} rounds it
   * ({@code math.ceil}): the time left until the oldest live hit ages out, shared out over the
   * requests that would then be available; null when none would be (a history longer than the
   * rate allows, as after lowering a key's rate), for which DRF names no wait.
   */
  static Long drfWait(double[] live, double now, Rate rate) {
    double remaining = live.length == 0 ? rate.seconds() : rate.seconds() - (now - oldest(live));
    int available = rate.requests() - live.length + 1;
    if (available <= 0) return null;
    return (long) Math.ceil(remaining / available);
  }

  /**
   * Whole seconds until a request would be allowed: 0 while there is room; otherwise until enough
   * hits have aged out to leave room for one (for a rate of 0, the whole window, as DRF's wait says).
   */
  static long nextUse(double[] live, double now, Rate rate) {
    if (allows(live, rate)) return 0;
    if (rate.requests() == 0) return rate.seconds();
    double[] sorted = live.clone();
    Arrays.sort(sorted);
    // Once this hit ages out, requests - 1 remain: there is room again.
    double freeing = sorted[sorted.length - rate.requests()];
    return Math.max(1, (long) Math.ceil(freeing + rate.seconds() - now));
  }

  /**
   * The oldest hit. DRF takes the last of its newest-first list; the minimum is the same for one
   * clock and stays right when instances' clocks differ slightly.
   */
  private static double oldest(double[] live) {
    return Arrays.stream(live).min().orElseThrow();
  }

  /** {@code live} with {@code now} added: the history after an allowed request. */
  static double[] record(double[] live, double now) {
    double[] next = Arrays.copyOf(live, live.length + 1);
    next[live.length] = now;
    return next;
  }
}
