package dev.tminus.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When generated data happens: spaceflight from {@code first} to {@code last}, seen from {@code now}
 * (nothing was updated after it; what comes after it is upcoming), with {@code upcomingPermille} of
 * the dated events after it.
 *
 * <p>{@link #FIXED} keeps test databases and benchmarks the same whatever the day they are made;
 * {@link #around} makes a demo that looks like today's LL2, with a good share of upcoming events.
 */
public record Timeline(Instant first, Instant now, Instant last, int upcomingPermille) {
  /** Sputnik 1's day: nothing generated happens before it. */
  static final Instant SPACE_AGE = Instant.parse("1957-10-04T00:00:00Z");
  /** Nothing was updated before the API existed. */
  static final Instant WEB_ERA = Instant.parse("2012-01-01T00:00:00Z");

  /** Seen from 2026-11-27, up to the end of 2030, 5% of the events upcoming. */
  public static final Timeline FIXED = new Timeline(SPACE_AGE, Instant.parse("2026-11-27T00:00:00Z"),
      Instant.parse("2030-12-31T23:59:59Z"), 50);

  public Timeline {
    if (!first.isBefore(now) || !now.isBefore(last)) throw new IllegalArgumentException("need first < now < last");
    if (upcomingPermille < 0 || upcomingPermille > 1000) throw new IllegalArgumentException("upcomingPermille out of range");
  }

  /** Seen from {@code today} (to the second), four years ahead, a quarter of the events upcoming. */
  public static Timeline around(Instant today) {
    Instant now = today.truncatedTo(ChronoUnit.SECONDS);
    return new Timeline(SPACE_AGE, now, now.plus(Duration.ofDays(4 * 365 + 1)), 250);
  }

  /** The year of an instant, in UTC. */
  static int year(Instant t) {
    return t.atZone(java.time.ZoneOffset.UTC).getYear();
  }
}
