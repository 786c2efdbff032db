package dev.tminus.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request's query parameters, decoded and in the order sent, with every value of a repeated key.
 * Also re-encodes them the way DRF builds {@code next}/{@code previous} links.
 */
public final class QueryString {
  private final Map<String, List<String>> params;

  private QueryString(Map<String, List<String>> params) {
    this.params = params;
  }

  /** Parses a raw (still percent-encoded) query string; {@code +} is a space; a key without {@code =} has value "". */
  public static QueryString parse(String raw) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        if (pair.isEmpty()) continue;
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    return new QueryString(params);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformedEscape) {
      return s; // like Python's unquote: a broken %-escape stays as written
    }
  }

  /** The last value of {@code key}, as Django's {@code QueryDict.get}; null when absent. */
  public String last(String key) {
    List<String> values = params.get(key);
    return values == null ? null : values.get(values.size() - 1);
  }

  /** Every value of {@code key}, as Django's {@code QueryDict.getlist}; empty when absent. */
  public List<String> all(String key) {
    return params.getOrDefault(key, List.of());
  }

  public Map<String, List<String>> asMap() {
    return Collections.unmodifiableMap(params);
  }

  /** A copy with {@code key} set to the single {@code value} (DRF's {@code replace_query_param}). */
  public QueryString with(String key, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(params);
    copy.put(key, List.of(value));
    return new QueryString(copy);
  }

  /** A copy without {@code key} (DRF's {@code remove_query_param}). */
  public QueryString without(String key) {
    Map<String, List<String>> copy = new LinkedHashMap<>(params);
    copy.remove(key);
    return new QueryString(copy);
  }

  /** Encodes with keys sorted, as DRF's pagination links do: {@code format=json&limit=5&mode=list&offset=5}. */
  public String encodeSorted() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> e : new TreeMap<>(params).entrySet()) {
      for (String value : e.getValue()) {
        if (out.length() > 0) out.append('&');
        out.append(encode(e.getKey())).append('=').append(encode(value));
      }
    }
    return out.toString();
  }

  /** Python's {@code quote_plus}: only letters, digits and {@code _.-~} stay as they are. */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
  }
}
