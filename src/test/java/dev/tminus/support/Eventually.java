package dev.tminus.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition that another thread or process makes true, failing with what was awaited. */
public final class Eventually {
  private static final Duration WITHIN = Duration.ofSeconds(20);

  private Eventually() {}

  /** Returns once {@code condition} holds, polling every 20 ms; fails after 20 s naming {@code what}. */
  public static void await(String what, BooleanSupplier condition) {
    await(what, condition, WITHIN);
  }

  /** As {@link #await(String, BooleanSupplier)}, failing after {@code within}. */
  public static void await(String what, BooleanSupplier condition, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError(what + ": not within " + within.toSeconds() + " s");
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(what + ": interrupted", e);
      }
    }
  }
}
