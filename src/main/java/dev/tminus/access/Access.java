package dev.tminus.access;

import dev.tminus.api.ApiException;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Authentication and throttling as DRF's {@code APIView.initial} does them, before any view runs:
 * the {@code Authorization: Token KEY} header selects a key ({@link ApiKeys}), otherwise the client
 * is anonymous and known by its address; then its request is counted against its rate in a sliding
 * window ({@link Window}). Framework-free: the web layer hands it the headers and turns its
 * {@link ApiException}s into responses.
 *
 * <p>Histories are shared through the database on PostgreSQL ({@link TableHistories}), so every
 * instance on it counts together; on H2, one process serves the database and keeps them in memory.
 */
public final class Access {
  private final Policy policy;
  private final ApiKeys keys;
  private final Histories histories;

  private Access(Policy policy, ApiKeys keys, Histories histories) {
    this.policy = policy;
    this.keys = keys;
    this.histories = histories;
  }

  public static Access open(Policy policy, DSLContext dsl) {
    Histories histories = dsl.dialect().family() == SQLDialect.POSTGRES ? new TableHistories(dsl) : new MemoryHistories();
    return new Access(policy, new ApiKeys(dsl), histories);
  }

  /**
   * The client of a request. With throttling off everyone is an unthrottled anonymous client and
   * {@code Authorization} is not looked at.
   *
   * @param authorization the {@code Authorization} header, or null
   * @param remoteAddress the connection's address
   * @param forwardedFor  the {@code X-Forwarded-For} header, or null
   * @throws ApiException.Unauthorized as DRF's {@code TokenAuthentication} answers a bad token
   */
  public Client identify(String authorization, String remoteAddress, String forwardedFor) {
    String address = ClientAddress.of(remoteAddress, forwardedFor, policy.trustedProxies());
    if (!policy.throttling()) return Client.anonymous(address, null);
    String token = TokenHeader.token(authorization);
    if (token == null) return Client.anonymous(address, policy.anon());
    ApiKeys.Key key = keys.find(token).orElseThrow(() -> new ApiException.Unauthorized("Invalid token."));
    return Client.keyed(key, policy.key());
  }

  /**
   * Counts a request of {@code client} at {@code now}.
   *
   * @throws ApiException.Throttled when its window is full, with DRF's wait
   */
  public void admit(Client client, Instant now) {
    if (client.rate() == null) return;
    double at = seconds(now);
    Histories.Outcome outcome = histories.hit(client.bucket(), client.rate(), at);
    if (!outcome.allowed()) throw new ApiException.Throttled(outcome.waitSeconds());
  }

  /** What {@code /api-throttle/} tells {@code client} at {@code now}; counts nothing. */
  public Budget budget(Client client, Instant now) {
    if (client.rate() == null) return new Budget(null, 0, 0, client.ident());
    double at = seconds(now);
    double[] live = histories.peek(client.bucket(), client.rate(), at);
    return new Budget(client.rate(), live.length, Window.nextUse(live, at, client.rate()), client.ident());
  }

  /**
   * @param rate           the client's rate; null when it has none
   * @param used           requests counted in the window now
   * @param nextUseSeconds whole seconds until a request would be allowed; 0 when one would be now
   * @param ident          the client's address or key name
   */
  public record Budget(Rate rate, int used, long nextUseSeconds, String ident) {}

  private static double seconds(Instant now) {
    return now.getEpochSecond() + now.getNano() / 1e9;
  }
}
