package dev.tminus.ops;

/**
 * Where a serving process is in its life, which {@code /health/ready} reports: not ready while it
 * migrates the schema (API requests answer 503), ready, then draining once asked to stop (new
 * requests answer 503 while those in flight finish).
 */
public final class Lifecycle {
  public enum State {
    /** Listening, but the schema is being migrated (or demo data written): not ready. */
    MIGRATING,
    READY,
    /** Asked to stop: finishing the requests in flight. */
    DRAINING
  }

  private volatile State state;

  private Lifecycle(State state) {
    this.state = state;
  }

  /** A server that may serve at once (its database was migrated before it started). */
  public static Lifecycle ready() {
    return new Lifecycle(State.READY);
  }

  /** A server started before its database is migrated: not ready until {@link #toReady}. */
  public static Lifecycle migrating() {
    return new Lifecycle(State.MIGRATING);
  }

  public State state() {
    return state;
  }

  public void toReady() {
    if (state == State.MIGRATING) state = State.READY;
  }

  public void toDraining() {
    state = State.DRAINING;
  }

  /** The word {@code /health} reports for a state that is not ready. */
  public String word() {
    return state.name().toLowerCase(java.util.Locale.ROOT);
  }
}
