package dev.tminus.api;

/**
 * DRF's {@code LimitOffsetPagination} as LL2 configures it: {@code limit} defaults to 10 and is
 * clamped to 100; an invalid, zero or negative limit means the default; an invalid or negative
 * offset means 0.
 */
public record Pagination(int limit, long offset) {
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 100;

  public static Pagination from(QueryString query) {
    int limit = (int) positiveInt(query.last("limit"), true, MAX_LIMIT, DEFAULT_LIMIT);
    long offset = positiveInt(query.last("offset"), false, Long.MAX_VALUE, 0);
    return new Pagination(limit, offset);
  }

  // DRF's _positive_int: strict rejects 0; a value past the cutoff is clamped to it.
  private static long positiveInt(String raw, boolean strict, long cutoff, long fallback) {
    if (raw == null) return fallback;
    long value;
    try {
      value = Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
    if (value < 0 || (strict && value == 0)) return fallback;
    return Math.min(value, cutoff);
  }

  /** The {@code next} link, or null on the last page. */
  public String next(String pathUrl, QueryString query, long count) {
    if (offset + limit >= count) return null;
    return link(pathUrl, query.with("limit", Integer.toString(limit)).with("offset", Long.toString(offset + limit)));
  }

  /** The {@code previous} link, or null on the first page; it drops {@code offset} when that would be 0. */
  public String previous(String pathUrl, QueryString query) {
    if (offset <= 0) return null;
    QueryString withLimit = query.with("limit", Integer.toString(limit));
    if (offset - limit <= 0) return link(pathUrl, withLimit.without("offset"));
    return link(pathUrl, withLimit.with("offset", Long.toString(offset - limit)));
  }

  private static String link(String pathUrl, QueryString query) {
    String encoded = query.encodeSorted();
    return encoded.isEmpty() ? pathUrl : pathUrl + "?" + encoded;
  }
}
