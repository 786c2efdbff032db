package dev.tminus.openapi;

import java.util.List;

/** What tminus leaves out of upstream's help texts and parameters, with why; the README lists the same. */
public final class LeftOut {
  /**
   * Filters of the launches' help text that are not declared, over data not stored yet (related
   * agencies): LL2 clients sending them get unfiltered results.
   */
  public static final List<String> LAUNCHES_FILTERS = List.of("related_lsp__id", "related_lsp__name");

  /** The launches' search fields over data not stored yet: none left out. */
  public static final List<String> LAUNCHES_SEARCH = List.of();

  /** {@code line} of a help text without the names of {@code leftOut} after its {@code prefix} (e.g. "Parameters - "). */
  public static String without(String line, String prefix, List<String> leftOut) {
    int at = line.indexOf(prefix);
    if (at < 0) return line;
    List<String> kept = new java.util.ArrayList<>();
    for (String name : line.substring(at + prefix.length()).split(", ")) {
      if (!leftOut.contains(name.replace("`", ""))) kept.add(name);
    }
    return line.substring(0, at + prefix.length()) + String.join(", ", kept);
  }

  /** A launches help text (Markdown or plain) without the filters and search fields left out. */
  public static String launches(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(without(without(line, "Parameters - ", LAUNCHES_FILTERS), "Fields searched - ", LAUNCHES_SEARCH)).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private LeftOut() {}
}
