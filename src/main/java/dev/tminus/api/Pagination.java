package dev.tminus.api;

/**
 * DRF's {@code LimitOffsetPagination} as LL2 configures it: {@code limit} defaults to 10 and is
 * clamped to 100; an invalid, zero or negative limit means the default; an invalid or negative
 * offset means 0. Numbers are read as Python's {@code int()} reads them, of any size:
 * {@code ?limit=99999999999999999999} is 100, and an offset that large is past any end.
 */
public record Pagination(int limit, long offset) {
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 100;

  public static Pagination from(QueryString query) {
    // DRF's get_limit: _positive_int(strict=True, cutoff=max_limit), the default when that fails.
    long limit = positiveInt(query.last("limit"), true, DEFAULT_LIMIT);
    // DRF's get_offset: _positive_int(), 0 when that fails.
    long offset = positiveInt(query.last("offset"), false, 0);
    return new Pagination((int) Math.min(limit, MAX_LIMIT), offset);
  }

  /**
   * DRF's {@code _positive_int}: Python's {@code int(raw)}, refused when negative (or 0 when
   * {@code strict}). Python's integers have no bound; here a value past 2^63−1 is read as 2^63−1,
   * which the limit's cutoff and any real count are far below.
   */
  private static long positiveInt(String raw, boolean strict, long fallback) {
    if (raw == null) return fallback;
    Long value = pythonInt(raw);
    if (value == null || value < 0 || (strict && value == 0)) return fallback;
    return value;
  }

  /**
   * Python's {@code int(s)} in base 10, or null where it raises {@code ValueError}: surrounding
   * whitespace, one optional sign, decimal digits of any script ({@code "٤٢"} is 42) with single
   * underscores between them ({@code "1_000"}); saturated at the bounds of a long.
   */
  static Long pythonInt(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPythonSpace(s.charAt(start))) start++;
    while (end > start && isPythonSpace(s.charAt(end - 1))) end--;
    boolean negative = false;
    if (start < end && (s.charAt(start) == '+' || s.charAt(start) == '-')) {
      negative = s.charAt(start) == '-';
      start++;
    }
    if (start == end) return null;
    long magnitude = 0;
    boolean saturated = false;
    boolean afterDigit = false;
    for (int i = start; i < end; ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '_') {
        if (!afterDigit || i == end) return null; // "_1", "1__0" and "1_" are not numbers
        afterDigit = false;
        continue;
      }
      int digit = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
      if (digit < 0) return null;
      afterDigit = true;
      if (!saturated && magnitude > (Long.MAX_VALUE - digit) / 10) saturated = true;
      if (!saturated) magnitude = magnitude * 10 + digit;
    }
    if (!afterDigit) return null;
    if (saturated) return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
    return negative ? -magnitude : magnitude;
  }

  // Python's str.isspace, which int() strips: Java's whitespace plus the no-break spaces and NEL.
  private static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** The {@code next} link, or null on the last page (and past it). */
  public String next(String pathUrl, QueryString query, long count) {
    if (offset >= count - limit) return null; // DRF's offset + limit >= count, without overflow
    return link(pathUrl, query.with("limit", Integer.toString(limit)).with("offset", Long.toString(offset + limit)));
  }

  /**
   * The {@code previous} link, or null on the first page; it drops {@code offset} when that would be 0.
   * As DRF's, it is {@code offset - limit} even past the end: {@code ?offset=1000} of 60 events links
   * to {@code offset=990}, another empty page.
   */
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
