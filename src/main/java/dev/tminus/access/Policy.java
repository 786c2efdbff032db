package dev.tminus.access;

import java.util.Locale;

/**
 * Who is throttled at what rate, and whom to believe about a client's address: one immutable value
 * from {@code serve --throttle} and {@code --trust-proxy}. {@link #OFF} is the default: nothing is
 * counted and {@code Authorization} headers are ignored, as before tminus throttled.
 *
 * @param throttling     whether requests are counted and keys checked at all
 * @param anon           the rate of a client without a key, by address; null: unlimited
 * @param key            the rate of a key without a rate of its own; null: unlimited
 * @param trustedProxies DRF's {@code NUM_PROXIES}: how many proxies in front of tminus append to
 *                       {@code X-Forwarded-For}; the client is the entry that many from the end.
 *                       0 trusts no header and takes the connection's address
 */
public record Policy(boolean throttling, Rate anon, Rate key, int trustedProxies) {
  public static final Policy OFF = new Policy(false, null, null, 0);

  public Policy {
    if (trustedProxies < 0) throw new IllegalArgumentException("trusted proxies must be at least 0, not " + trustedProxies);
    if (!throttling && (anon != null || key != null)) throw new IllegalArgumentException("rates need throttling on");
  }

  /**
   * Throttling with the rates of {@code spec}, DRF's {@code DEFAULT_THROTTLE_RATES} written as
   * {@code scope=rate} pairs separated by commas: {@code anon=15/hour,key=300/hour}. A scope left
   * out is unlimited; {@code anon} and {@code key} are the scopes.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Policy throttling(String spec, int trustedProxies) {
    Rate anon = null;
    Rate key = null;
    if (spec == null || spec.isBlank()) throw new IllegalArgumentException("give at least one rate, e.g. anon=15/hour");
    for (String pair : spec.split(",")) {
      int eq = pair.indexOf('=');
      if (eq < 0) throw new IllegalArgumentException("'" + pair.strip() + "' is not scope=rate, e.g. anon=15/hour");
      String scope = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      Rate rate = Rate.parse(pair.substring(eq + 1));
      switch (scope) {
        case "anon" -> anon = rate;
        case "key" -> key = rate;
        default -> throw new IllegalArgumentException("unknown throttle scope '" + scope + "': use anon or key");
      }
    }
    return new Policy(true, anon, key, trustedProxies);
  }

  /** No throttling, but a client's address read from {@code X-Forwarded-For} as {@code trustedProxies} says. */
  public static Policy off(int trustedProxies) {
    return new Policy(false, null, null, trustedProxies);
  }
}
