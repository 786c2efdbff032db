package dev.tminus.web;

/**
 * Whether a server is ready to serve, and if not what it is doing: a server listens before its
 * database is migrated, so that an orchestrator sees it alive ({@code /health/live} 200) but not
 * ready ({@code /health/ready} 503, saying which step it is at), and a client asking meanwhile gets
 * a 503 that says so instead of a refused connection.
 */
public final class Readiness {
  private volatile String step;

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

  public boolean isReady() {
    return step == null;
  }

  /** The step under way, or null once ready. */
  public String step() {
    return step;
  }
}
