package dev.tminus.api;

import java.time.Instant;

/**
 * A GET request as the API layer sees it, free of any HTTP framework.
 *
 * @param origin {@code scheme://host[:port]} the client used
 * @param path   the request path, e.g. {@code /2.3.0/events/}
 * @param query  the decoded query parameters
 * @param now    the instant "upcoming" and "previous" are measured from
 */
public record ApiRequest(String origin, String path, QueryString query, Instant now) {

  public Links links() {
    return Links.of(origin, query.last("format"));
  }

  /** The absolute URL of the path, without query: the base of {@code next}/{@code previous}. */
  public String pathUrl() {
    return origin + path;
  }
}
