package dev.tminus.api;

import dev.tminus.api.Mode;
import java.util.ArrayList;
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

  /**
   * The sections the resource has, as upstream writes them: Modes when it has several, Filters,
   * Search and Ordering when it declares them, then Number of results, Format and Help.
   */
  public static List<Section> of(Resource<?> resource) {
    String base = "/" + resource.collection + "/";
    List<Section> sections = new ArrayList<>();
    List<Mode> modes = resource.modes();
    if (!resource.single() && modes.size() > 1) {
      Mode example = modes.stream().filter(m -> m != resource.listMode()).findFirst().orElseThrow();
      sections.add(new Section("Modes", lines(
          "Levels of detail in the response - " + String.join(", ", modes.stream().map(Mode::wire).toList()),
          "Example - " + base + "?mode=" + example.wire())));
    }
    List<String> filters = resource.filters.stream().map(f -> f.param())
        .filter(resource::shownInHelp).sorted().toList();
    if (!filters.isEmpty()) {
      sections.add(new Section("Filters", lines("Parameters - " + String.join(", ", filters),
          "Example - " + base + "?" + resource.filterExample)));
    }
    if (!resource.searchFields.isEmpty()) {
      sections.add(new Section("Search", lines("Fields searched - " + String.join(", ", resource.searchFieldNames()),
          "Example - " + base + "?search=" + resource.searchExample)));
    }
    if (!resource.orderingFields.isEmpty()) {
      sections.add(new Section("Ordering", lines("Fields - " + String.join(", ", resource.orderingNames()),
          "Example - " + base + "?ordering=" + resource.orderingExample)));
    }
    sections.add(new Section("Number of results", lines(
        "Use limit to control the number of objects in the response (max " + dev.tminus.api.Pagination.MAX_LIMIT + ")",
        "Example - " + base + "?limit=2")));
    sections.add(new Section("Format", lines("Switch to JSON output - " + base + "?format=json")));
    sections.add(new Section("Help", List.of(new Line("Find all the FAQs and support links on the documentation homepage - ",
        "lldev.thespacedevs.com/docs", "https://lldev.thespacedevs.com/docs"))));
    return sections;
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
