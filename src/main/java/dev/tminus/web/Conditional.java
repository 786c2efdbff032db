package dev.tminus.web;

/** The request headers of conditional and compressed responses: {@code If-None-Match} and {@code Accept-Encoding}. */
final class Conditional {
  /** Bodies smaller than this are sent as they are: gzip would save less than its cost. */
  static final int GZIP_MIN_BYTES = 1024;

  private Conditional() {}

  /**
   * RFC 9110 §13.1.2: {@code If-None-Match} matches when it is {@code *} or lists {@code etag},
   * compared weakly (a {@code W/} prefix is ignored).
   */
  static boolean noneMatchHits(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) return false;
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) return true;
      if (tag.startsWith("W/")) tag = tag.substring(2);
      if (tag.equals(etag)) return true;
    }
    return false;
  }

  /** True when {@code Accept-Encoding} accepts gzip (by name or {@code *}) with a non-zero quality. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) return false;
    Double star = null;
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.split(";");
      String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
      double q = quality(pieces);
      if (coding.equals("gzip") || coding.equals("x-gzip")) return q > 0;
      if (coding.equals("*")) star = q;
    }
    return star != null && star > 0;
  }

  private static double quality(String[] pieces) {
    for (int i = 1; i < pieces.length; i++) {
      String p = pieces[i].strip();
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2).strip());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
