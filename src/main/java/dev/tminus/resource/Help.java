package dev.tminus.resource;

import dev.tminus.api.Mode;
import java.util.Arrays;
import java.util.List;

/**
 * The help text LL2 shows above every endpoint of its browsable API (Modes, Filters, Search,
 * Ordering, Number of results, Format, Help), generated from a resource's declaration so that it
 * always lists the filters that really work.
 */
public final class Help {
  /** One titled block of the help text. */
  public record Section(String title, List<Line> lines) {}

  /**
   * One line of the help text: {@code text}, then, when {@code href} is set, {@code linkText} as a link
   * to {@code href}; e.g. "… documentation homepage - " + "lldev.thespacedevs.com/docs" → https://lldev.thespacedevs.com/docs.
   */
  public record Line(String text, String linkText, String href) {
    static Line of(String text) {
      return new Line(text, null, null);
    }

    /** The line as read, link text included. */
    public String plain() {
      return href == null ? text : text + linkText;
    }
  }

  private Help() {}

  public static List<Section> of(Resource<?> resource) {
    String base = "/" + resource.collection + "/";
    List<String> filters = resource.filters.stream().map(f -> f.param())
        .filter(resource::shownInHelp).sorted().toList();
    List<String> modes = Arrays.stream(Mode.values()).map(Mode::wire).toList();
    return List.of(
        new Section("Modes", lines("Levels of detail in the response - " + String.join(", ", modes),
            "Example - " + base + "?mode=list")),
        new Section("Filters", lines("Parameters - " + String.join(", ", filters),
            "Example - " + base + "?" + resource.filterExample)),
        new Section("Search", lines("Fields searched - " + String.join(", ", resource.searchFieldNames()),
            "Example - " + base + "?search=" + resource.searchExample)),
        new Section("Ordering", lines("Fields - " + String.join(", ", resource.orderingNames()),
            "Example - " + base + "?ordering=" + resource.orderingExample)),
        new Section("Number of results", lines(
            "Use limit to control the number of objects in the response (max " + dev.tminus.api.Pagination.MAX_LIMIT + ")",
            "Example - " + base + "?limit=2")),
        new Section("Format", lines("Switch to JSON output - " + base + "?format=json")),
        new Section("Help", List.of(new Line("Find all the FAQs and support links on the documentation homepage - ",
            "lldev.thespacedevs.com/docs", "https://lldev.thespacedevs.com/docs"))));
  }

  private static List<Line> lines(String... lines) {
    return Arrays.stream(lines).map(Line::of).toList();
  }

  /** The help text as plain lines, as the seed shows it. */
  public static String text(Resource<?> resource) {
    StringBuilder out = new StringBuilder();
    for (Section s : of(resource)) {
      out.append(s.title()).append('\n');
      for (Line line : s.lines()) out.append(line.plain()).append('\n');
    }
    return out.toString().strip();
  }
}
