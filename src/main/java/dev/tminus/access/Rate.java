package dev.tminus.access;

import java.util.Map;

/**
 * A request budget in DRF's syntax, {@code requests/period}: {@code 15/hour}, {@code 300/h},
 * {@code 5/second}, {@code 1000/day}. As DRF's {@code SimpleRateThrottle.parse_rate} reads it, only
 * the period's first letter counts ({@code s}, {@code m}, {@code h} or {@code d}, lower case), so
 * {@code 15/hour}, {@code 15/h} and {@code 15/hours} are the same rate; there is no multiplier
 * ({@code 20/5m} is refused, as DRF refuses it).
 *
 * @param requests how many requests the window admits (0 admits none)
 * @param seconds  the window's length: 1, 60, 3600 or 86400
 * @param text     the rate as written, to show back
 */
public record Rate(int requests, int seconds, String text) {
  private static final Map<Character, Integer> PERIODS = Map.of('s', 1, 'm', 60, 'h', 3600, 'd', 86_400);

  public Rate {
    if (requests < 0) throw new IllegalArgumentException("requests must be at least 0, not " + requests);
    if (!PERIODS.containsValue(seconds)) throw new IllegalArgumentException("seconds must be a DRF period, not " + seconds);
  }

  /**
   * Reads {@code text}, e.g. {@code "15/hour"}.
   *
   * @throws IllegalArgumentException with a message that shows the expected form
   */
  public static Rate parse(String text) {
    String t = text == null ? "" : text.strip();
    int slash = t.indexOf('/');
    if (slash < 0 || slash != t.lastIndexOf('/')) throw invalid(text);
    String count = t.substring(0, slash).strip();
    String period = t.substring(slash + 1).strip();
    if (count.isEmpty() || count.length() > 9 || !count.chars().allMatch(Character::isDigit) || period.isEmpty()) {
      throw invalid(text);
    }
    Integer seconds = PERIODS.get(period.charAt(0));
    if (seconds == null) throw invalid(text);
    return new Rate(Integer.parseInt(count), seconds, t);
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("'" + text + "' is not a rate such as 15/hour, 300/h, 5/second or 1000/day "
        + "(a number, '/', and a period starting with s, m, h or d)");
  }

  @Override
  public String toString() {
    return text;
  }
}
