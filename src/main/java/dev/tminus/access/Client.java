package dev.tminus.access;

/**
 * Who is asking, as the throttle counts them.
 *
 * @param bucket the history the requests are counted in: {@code anon:ADDRESS} or {@code key:ID}
 * @param ident  what {@code /api-throttle/} calls the client: its address, or its key's name
 * @param rate   its rate; null when it is not throttled
 */
public record Client(String bucket, String ident, Rate rate) {
  static Client anonymous(String address, Rate rate) {
    return new Client("anon:" + address, address, rate);
  }

  static Client keyed(ApiKeys.Key key, Rate fallback) {
    return new Client("key:" + key.id(), key.name(), key.rate() != null ? key.rate() : fallback);
  }
}
