package dev.tminus.api;

import dev.tminus.api.filter.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The help text LL2 shows above every endpoint of its browsable API (Modes, Filters, Search,
 * Ordering, Number of results, Format, Help), generated from a resource's declaration so that it
 * always lists the filters that really work. It is the one source of the browsable page's help,
 * of the OPTIONS description and of each path's description in the OpenAPI document: the page
 * renders its {@link Line}s as HTML, the others as LL2's Markdown ({@link #markdown}), e.g.
 * {@code Example - [/pads/?location__id=11](./?location__id=11)}.
 */
public final class Help {
  /** One titled block of the help text. */
  public record Section(String title, List<Line> lines) {}

  /**
   * A run of one line: plain text, a name set as code ({@code `limit`}), or a link (when
   * {@code href} is set), e.g. the example {@code /pads/?limit=2} → {@code ./?limit=2}.
   */
  public record Span(String text, boolean code, String href) {
    static Span text(String text) {
      return new Span(text, false, null);
    }

    static Span code(String name) {
      return new Span(name, true, null);
    }

    static Span link(String text, String href) {
      return new Span(text, false, href);
    }

    String markdown() {
      if (href != null) return "[" + text + "](" + href + ")";
      return code ? "`" + text + "`" : text;
    }
  }

  /** One line of the help text, as spans. */
  public record Line(List<Span> spans) {
    /** The line as read, e.g. {@code Example - /events/?limit=2} (the seed's text). */
    public String plain() {
      return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    /** The line as LL2's Markdown, e.g. {@code Example - [/events/?limit=2](./?limit=2)}. */
    public String markdown() {
      return spans.stream().map(Span::markdown).collect(Collectors.joining());
    }
  }

  /**
   * Where the Help line sends a reader. LL2 names the documentation of the host that serves it:
   * the seed's page (from lldev.thespacedevs.com) links to lldev's, the upstream OpenAPI document
   * (from ll.thespacedevs.com) to ll's. tminus's pages and OPTIONS keep the seed's; its OpenAPI
   * document keeps the upstream document's, so that each equals what it is compared with.
   */
  public enum Docs {
    /** As the seed's browsable page: {@code lldev.thespacedevs.com/docs}. */
    PAGE("lldev.thespacedevs.com/docs", "https://lldev.thespacedevs.com/docs"),
    /** As the upstream OpenAPI document: {@code ll.thespacedevs.com/docs}. */
    DOCUMENT("ll.thespacedevs.com/docs", "https://ll.thespacedevs.com/docs/");

    final String text;
    final String href;

    Docs(String text, String href) {
      this.text = text;
      this.href = href;
    }
  }

  private Help() {}

  /**
   * The sections the endpoint has, as upstream writes them: Modes when the resource has several,
   * Filters (with the subset's own, e.g. {@code hide_recent_previous}), Search and Ordering when it
   * declares them, then Number of results, Format and Help. Examples are the subset's paths
   * ({@code /events/upcoming/?limit=2}); a detail endpoint has its list's help, as upstream.
   */
  public static List<Section> of(Resource<?> resource, Subset subset, Docs docs) {
    String base = "/" + resource.collection + "/" + (subset.isRoot() ? "" : subset.name() + "/");
    List<Section> sections = new ArrayList<>();
    List<Mode> modes = resource.modes();
    if (!resource.single() && modes.size() > 1) {
      Mode example = modes.stream().filter(m -> m != resource.listMode()).findFirst().orElseThrow();
      sections.add(new Section("Modes", List.of(
          names("Levels of detail in the response - ", modes.stream().map(Mode::wire).toList()),
          example(base, "mode=" + example.wire()))));
    }
    List<Filter> declared = new ArrayList<>(resource.filters);
    declared.addAll(subset.extraParams());
    List<String> filters = declared.stream().map(Filter::param).filter(resource::shownInHelp).sorted().toList();
    if (!filters.isEmpty()) {
      sections.add(new Section("Filters", List.of(names("Parameters - ", filters),
          example(base, subset.filterExample() != null ? subset.filterExample() : resource.filterExample))));
    }
    if (!resource.searchFields.isEmpty()) {
      sections.add(new Section("Search", List.of(names("Fields searched - ", resource.searchFieldNames().stream()
              .filter(f -> !subset.searchLeftOut().contains(f)).toList()),
          example(base, "search=" + resource.searchExample))));
    }
    if (!resource.orderingFields.isEmpty()) {
      sections.add(new Section("Ordering", List.of(names("Fields - ", resource.orderingNames()),
          example(base, "ordering=" + resource.orderingExample))));
    }
    sections.add(new Section("Number of results", List.of(
        new Line(List.of(Span.text("Use "), Span.code("limit"),
            Span.text(" to control the number of objects in the response (max " + Pagination.MAX_LIMIT + ")"))),
        example(base, "limit=2"))));
    sections.add(new Section("Format", List.of(example("Switch to JSON output - ", base, "format=json"))));
    sections.add(new Section("Help", List.of(new Line(List.of(
        Span.text("Find all the FAQs and support links on the documentation homepage - "),
        Span.link(docs.text, docs.href))))));
    return sections;
  }

  /**
   * The help text as LL2's Markdown (its views' docstring), e.g. {@code #### Number of results\nUse
   * `limit` to control …}: each section a {@code ####} heading, its lines as paragraphs.
   */
  public static String markdown(Resource<?> resource, Subset subset, Docs docs) {
    return of(resource, subset, docs).stream()
        .map(s -> "#### " + s.title() + "\n" + s.lines().stream().map(Line::markdown).collect(Collectors.joining("\n\n")))
        .collect(Collectors.joining("\n\n"));
  }

  private static Line names(String prefix, List<String> names) {
    List<Span> spans = new ArrayList<>();
    spans.add(Span.text(prefix));
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) spans.add(Span.text(", "));
      spans.add(Span.code(names.get(i)));
    }
    return new Line(spans);
  }

  private static Line example(String base, String query) {
    return example("Example - ", base, query);
  }

  // Upstream links each example relative to the endpoint itself: [/pads/?limit=2](./?limit=2).
  private static Line example(String prefix, String base, String query) {
    return new Line(List.of(Span.text(prefix), Span.link(base + "?" + query, "./?" + query)));
  }
}
