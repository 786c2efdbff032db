package dev.tminus.access;

/**
 * Where the throttle keeps each client's history (the times of its allowed requests), by bucket
 * ({@code anon:203.0.113.9}, {@code key:4}). Deciding and recording is one atomic step per bucket,
 * so two requests of one client on two threads, or on two instances sharing a store, never both
 * take its last free request.
 */
interface Histories {
  /**
   * Decides a request of {@code bucket} at {@code now} (epoch seconds) under {@code rate} and, when
   * allowed, records it.
   */
  Outcome hit(String bucket, Rate rate, double now);

  /** The live hits of {@code bucket} at {@code now}, recording nothing (for {@code /api-throttle/}). */
  double[] peek(String bucket, Rate rate, double now);

  /**
   * @param allowed     whether the request may go on
   * @param waitSeconds for a refused request, DRF's wait as {@code Retry-After} gives it (null when
   *                    DRF names none); null for an allowed one
   */
  record Outcome(boolean allowed, Long waitSeconds) {
    static final Outcome ALLOWED = new Outcome(true, null);

    static Outcome refused(Long waitSeconds) {
      return new Outcome(false, waitSeconds);
    }
  }
}
