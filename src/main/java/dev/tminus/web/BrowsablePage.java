package dev.tminus.web;

import dev.tminus.api.Help;
import java.util.List;

/**
 * What the browsable API page shows (template {@code src/main/jte/browsable.jte}): the view name,
 * the endpoint's help text, the request, the response status and headers, and the JSON with its
 * URLs as links; lists add page links and a form for their filters, search and ordering.
 */
public record BrowsablePage(
    String viewName,
    String rootUrl,
    List<Help.Section> help,
    String method,
    String requestPath,
    String statusLine,
    List<Header> headers,
    String jsonHtml,
    String previous,
    String next,
    Form form) {

  /** One response header as shown above the JSON. */
  public record Header(String name, String value) {}

  /**
   * The GET form of a list: one input per declared filter, plus limit, and search (null when the
   * resource searches nothing), ordering and mode (empty when it has none to choose from).
   */
  public record Form(String action, boolean api, List<Input> filters, String search, List<Choice> orderings,
      List<Choice> modes, String limit) {}

  /** A named text input with its current value and help. */
  public record Input(String name, String value, String help) {}

  /** An option of a select, with whether it is the current one. */
  public record Choice(String value, String label, boolean selected) {}
}
