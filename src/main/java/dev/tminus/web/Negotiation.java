package dev.tminus.web;

import dev.tminus.api.ApiException;
import dev.tminus.api.QueryString;

/**
 * DRF's content negotiation with LL2's two renderers, JSON first, then the browsable API:
 * {@code ?format=json|api} decides; otherwise an {@code Accept} header that names
 * {@code text/html} gets the browsable page, and anything else (or nothing) gets JSON.
 */
enum Negotiation {
  JSON, BROWSABLE;

  /** True when {@code format} (the query's {@code format} value, or null) names one of the renderers. */
  static boolean supports(String format) {
    return format == null || format.equals("json") || format.equals("api");
  }

  static Negotiation of(QueryString query, String accept) {
    String format = query.last("format");
    if (format != null) {
      return switch (format) {
        case "json" -> JSON;
        case "api" -> BROWSABLE;
        // DRF answers a format it has no renderer for with a 404.
        default -> throw new ApiException.NotFound("Not found.");
      };
    }
    if (accept != null) {
      for (String part : accept.split(",")) {
        String type = part.split(";", 2)[0].strip(); // ";;;" and "" are no type, not an error
        if (type.equals("text/html")) return BROWSABLE;
        if (type.equals("application/json")) return JSON;
      }
    }
    return JSON;
  }
}
