package dev.tminus.access;

/** DRF's {@code BaseThrottle.get_ident}: the address an anonymous client is known by. */
final class ClientAddress {
  private ClientAddress() {}

  /**
   * The connection's address, unless {@code trustedProxies} (DRF's {@code NUM_PROXIES}) is positive
   * and {@code X-Forwarded-For} is present: then its entry {@code trustedProxies} from the end (the
   * address the outermost trusted proxy saw), or its first when it has fewer entries, as DRF takes
   * {@code addrs[-min(num_proxies, len(addrs))]}. A blank entry falls back to the connection's address.
   * DRF's behaviour without {@code NUM_PROXIES} (the whole header as the identity) is not offered:
   * a client could then pick a fresh identity with every request.
   */
  static String of(String remoteAddress, String forwardedFor, int trustedProxies) {
    if (trustedProxies == 0 || forwardedFor == null) return remoteAddress;
    String[] addresses = forwardedFor.split(",", -1);
    String chosen = addresses[addresses.length - Math.min(trustedProxies, addresses.length)].strip();
    return chosen.isEmpty() ? remoteAddress : chosen;
  }
}
