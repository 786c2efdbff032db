package dev.tminus.web;

import dev.tminus.access.Access;
import dev.tminus.api.Links;

/**
 * {@code GET /2.3.0/api-throttle/}: what LL2 tells a client of its request budget, e.g.
 * {@code {"your_request_limit": 15, "limit_frequency_secs": 3600, "current_use": 3, "next_use_secs": 0,
 * "ident": "203.0.113.9"}}: its rate's requests and window, the requests counted in the window now,
 * the whole seconds until it may ask again (0 while it may), and its address or key name.
 *
 * <p>A client that is not throttled (throttling off, or no rate for its kind) is told "no limit,
 * nothing used" in the numbers clients already read: the largest 32-bit limit (clients typed from
 * the OpenAPI {@code integer} hold it; {@code your_request_limit - current_use} stays positive),
 * LL2's hour as the window (never 0, so dividing by it is safe), nothing used and no wait.
 *
 * <p>As on LL2, asking costs nothing: {@link Guard} never counts this endpoint. Its answer names the
 * client, so it is never cached.
 */
final class ApiThrottle {
  static final String COLLECTION = "api-throttle";
  static final String PATH = Links.API_PREFIX + "/" + COLLECTION + "/";
  /** DRF's name of LL2's viewset's list view ({@code APIThrottleViewSet}: "Api Throttle" + " List"). */
  static final String VIEW_NAME = "Api Throttle List";
  /** The viewset's docstring, as LL2's OpenAPI document and DRF's OPTIONS show it. */
  static final String DESCRIPTION = "API endpoint that allows API Throttle information to be viewed.\n\n"
      + "GET:\nReturns a range of information about your API access";

  static final int NO_LIMIT = Integer.MAX_VALUE;
  static final int WINDOW_SECS = 3600;

  private ApiThrottle() {}

  /** LL2's {@code APIThrottle} schema, in its order (the record is named as the schema, for the API description). */
  record APIThrottle(int yourRequestLimit, int limitFrequencySecs, int currentUse, int nextUseSecs, String ident) {}

  /** The answer for a client's budget. */
  static APIThrottle of(Access.Budget budget) {
    if (budget.rate() == null) return new APIThrottle(NO_LIMIT, WINDOW_SECS, 0, 0, budget.ident());
    return new APIThrottle(budget.rate().requests(), budget.rate().seconds(), budget.used(),
        (int) Math.min(Integer.MAX_VALUE, budget.nextUseSeconds()), budget.ident());
  }
}
