package dev.tminus.web;

/**
 * Whether a server is ready to serve, and if not what it is doing: a server listens before its
 * database is migrated, so that an orchestrator sees it alive ({@code /health/live} 200) but not
 * ready ({@code /health/ready} 503, saying which step it is at), and a client asking meanwhile gets
 * a 503 that says so instead of a refused connection.
 */
public final class Readiness {
  /** The header that marks the server's own warm-up requests (see {@link WarmUp}). */
  public static final String WARM_UP_HEADER = "X-Tminus-Warm-Up";

  private volatile String step;
  // Known only to this process: a client cannot pass its requests off as the warm-up's.
  private final String warmUpToken = java.util.UUID.randomUUID().toString();

  private Readiness(String step) {
    this.step = step;
  }

  /** Ready from the start: a server whose database was prepared beforehand. */
  public static Readiness ready() {
    return new Readiness(null);
  }

  /** Not ready yet, at {@code step} (e.g. "migrating the database"). */
  public static Readiness at(String step) {
    return new Readiness(java.util.Objects.requireNonNull(step, "step"));
  }

  /** Moves on to {@code step}; a server once ready stays ready. */
  public void step(String step) {
    if (this.step == null) throw new IllegalStateException("already ready");
    this.step = java.util.Objects.requireNonNull(step, "step");
  }

  public void markReady() {
    step = null;
  }

  /** Whether {@code header} (the request's {@link #WARM_UP_HEADER}) marks one of the warm-up's own requests. */
  boolean isWarmUp(String header) {
    return header != null && step != null && warmUpToken.equals(header);
  }

  String warmUpToken() {
    return warmUpToken;
  }

  /** The step under way, or null once ready. */
  public String step() {
    return step;
  }
}
