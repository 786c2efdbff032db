package dev.tminus.mirror;

import java.io.PrintStream;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * How a run shows itself: on a terminal a live bar per resource (objects done / total, rate, ETA,
 * upstream calls left), redrawn in place; otherwise (a pipe, a log file, the server) a line every
 * few seconds, e.g. {@code mirror: 100/150 events, 812.3/s, ETA 0:00}.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final Consumer<String> lines;
  private final PrintStream console;
  private final Duration every;
  private final LongSupplier nanos;
  private long started;
  private long lastShown;
  private boolean barShown;
  private String what = "objects";

  private Progress(Consumer<String> lines, PrintStream console, Duration every, LongSupplier nanos) {
    this.lines = lines;
    this.console = console;
    this.every = every;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.lastShown = started;
  }

  /** A bar redrawn on {@code terminal} with carriage returns. */
  static Progress bar(PrintStream terminal) {
    return new Progress(terminal::println, terminal, Duration.ofMillis(200), System::nanoTime);
  }

  /** Lines to {@code sink}, at most one progress line per {@code every}. */
  static Progress lines(Consumer<String> sink, Duration every) {
    return new Progress(sink, null, every, System::nanoTime);
  }

  /** Starts the clock of a new listing, of {@code what} (a collection: the rate and ETA are per listing). */
  void start(String what) {
    this.what = what;
    started = nanos.getAsLong();
    lastShown = started;
  }

  /** A one-off message (a wait, a retry, the budget); it never gets lost under the bar. */
  void note(String message) {
    clearBar();
    lines.accept(message);
  }

  /** Objects done so far of about {@code total}; shown when the last showing is old enough. */
  void update(long done, long total, OptionalInt callsLeft) {
    long now = nanos.getAsLong();
    if (now - lastShown < every.toNanos()) return;
    lastShown = now;
    show(done, total, callsLeft, now);
  }

  /** Shows the final state and ends the bar's line. */
  void finish(long done, long total, OptionalInt callsLeft) {
    if (console != null && barShown) {
      show(done, total, callsLeft, nanos.getAsLong());
      console.println();
      barShown = false;
    }
  }

  private void show(long done, long total, OptionalInt callsLeft, long now) {
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    double rate = done / seconds;
    long shownTotal = Math.max(total, done);
    String eta = rate <= 0 || shownTotal == done ? "--:--" : clock((long) ((shownTotal - done) / rate));
    String calls = callsLeft.isPresent() ? ", ~" + callsLeft.getAsInt() + " upstream calls left" : "";
    String text = done + "/" + shownTotal + " " + what + ", " + String.format("%.1f", rate) + "/s, ETA " + eta + calls;
    if (console == null) {
      lines.accept("mirror: " + text);
      return;
    }
    int filled = shownTotal == 0 ? WIDTH : (int) (WIDTH * done / shownTotal);
    console.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + text + "   ");
    console.flush();
    barShown = true;
  }

  private void clearBar() {
    if (console != null && barShown) {
      console.print("\r" + " ".repeat(WIDTH + 100) + "\r");
      barShown = false;
    }
  }

  private static String clock(long seconds) {
    return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
  }
}
