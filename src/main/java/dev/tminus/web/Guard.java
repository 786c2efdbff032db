package dev.tminus.web;

import dev.tminus.access.Access;
import dev.tminus.access.Client;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The web side of {@link Access}: before an API view's handler runs, whatever its method (GET, HEAD,
 * OPTIONS and the 405 answers alike, as DRF checks before dispatching), the client is identified and
 * its request counted; a bad token or a full window ends the request with the exception's 401 or
 * 429, rendered as the view's other errors are. {@code /api-throttle/} identifies but never counts.
 * Paths that are not API views ({@code /health}, {@code /schema/}, unknown paths, redirects) are
 * left alone.
 */
final class Guard {
  static final String CLIENT = "tminus.client";

  private final Access access;
  private final Clock clock;
  // The API views by route path, e.g. "/2.3.0/events/{id}/".
  private final Map<String, View> views = new HashMap<>();

  Guard(Access access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  /** Makes the route {@code path} an API view that is guarded. */
  void guard(String path, View view) {
    views.put(path, view);
  }

  /** Runs before a matched route's handler. */
  void before(Context ctx) {
    io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    String route = matched == null ? null : matched.path;
    View view = route == null ? null : views.get(route);
    if (view == null) return;
    ctx.attribute(Server.VIEW, view); // so that a 401 or 429 renders as this view's page when browsed
    if (ctx.attribute(Server.WARM_UP) != null) return;
    Client client = access.identify(ctx.header("Authorization"), ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    ctx.attribute(CLIENT, client);
    if (!route.equals(ApiThrottle.PATH)) access.admit(client, clock.instant());
  }

  /** {@code /api-throttle/}'s answer for the request's client. */
  ApiThrottle.APIThrottle budget(Context ctx) {
    return ApiThrottle.of(access.budget(ctx.attribute(CLIENT), clock.instant()));
  }
}
