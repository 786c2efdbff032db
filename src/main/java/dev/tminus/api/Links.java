package dev.tminus.api;

/**
 * Builds the absolute {@code url} of an object the way LL2 (DRF) does: from the scheme, host and
 * port of the request, and echoing the request's {@code format} parameter, e.g.
 * {@code https://lldev.thespacedevs.com/2.3.0/agencies/44/?format=api}.
 *
 * @param apiRoot absolute root of the API version, without trailing slash: {@code http://host:8000/2.3.0}
 * @param suffix  what follows every object path: {@code ""} or {@code "?format=api"}
 */
public record Links(String apiRoot, String suffix) {
  public static final String API_PREFIX = "/2.3.0";

  /** Links for a request to {@code origin} ({@code scheme://host[:port]}), echoing {@code format} when given. */
  public static Links of(String origin, String format) {
    // DRF's reverse() preserves the request's "format" query parameter in every hyperlink.
    String suffix = format == null ? "" : "?" + QueryString.encode("format") + "=" + QueryString.encode(format);
    return new Links(origin + API_PREFIX, suffix);
  }

  /** {@code url("agencies", 44)} → {@code http://host/2.3.0/agencies/44/} (plus the format echo). */
  public String url(String collection, Object id) {
    return apiRoot + "/" + collection + "/" + id + "/" + suffix;
  }
}
