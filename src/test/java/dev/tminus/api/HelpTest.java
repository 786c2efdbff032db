package dev.tminus.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.Shared;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Help#of}: the sections of an endpoint's help text follow what the resource declares, and
 * for every resource but events (whose Filters line adds LL2 2.4's relation filters, see the README)
 * the text is upstream's, line for line, as the OpenAPI document's path description gives it.
 */
class HelpTest {
  private static final List<String> ALWAYS = List.of("Number of results", "Format", "Help");

  private static Resource<?> of(String collection) {
    return Resources.byCollection(collection);
  }

  private static List<Help.Section> help(Resource<?> r) {
    return Help.of(r, r.subsets().stream().filter(Subset::isRoot).findFirst().orElseThrow(), Help.Docs.PAGE);
  }

  private static List<String> titles(Resource<?> r) {
    return help(r).stream().map(Help.Section::title).toList();
  }

  private static List<String> lines(Resource<?> r, String title) {
    return help(r).stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().lines().stream()
        .map(Help.Line::plain).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  @Test
  void aConfigListHasOnlyTheSectionsEveryEndpointHas() {
    for (Resource<?> r : Resources.ALL) {
      if (!r.collection().startsWith("config/")) continue;
      assertThat(titles(r)).as(r.collection()).isEqualTo(ALWAYS);
    }
    assertThat(lines(of("config/orbits"), "Number of results")).containsExactly(
        "Use limit to control the number of objects in the response (max 100)", "Example - /config/orbits/?limit=2");
    assertThat(lines(of("config/orbits"), "Format")).containsExactly("Switch to JSON output - /config/orbits/?format=json");
  }

  @Test
  void aResourceOfOneShapeHasNoModesButItsFiltersSearchAndOrdering() {
    assertThat(titles(of("pads"))).isEqualTo(concat(List.of("Filters", "Search", "Ordering"), ALWAYS));
    assertThat(lines(of("pads"), "Search")).containsExactly(
        "Fields searched - location__name, name, orbital_launch_attempt_count, total_launch_count",
        "Example - /pads/?search=39A");
  }

  @Test
  void modesListWhatTheResourceOffersAndTheExampleIsAModeOtherThanTheListDefault() {
    assertThat(titles(of("programs"))).isEqualTo(concat(List.of("Modes"), ALWAYS));
    assertThat(lines(of("programs"), "Modes")).containsExactly("Levels of detail in the response - list, normal",
        "Example - /programs/?mode=list");
    assertThat(lines(of("locations"), "Modes")).containsExactly("Levels of detail in the response - normal, detailed",
        "Example - /locations/?mode=detailed");
    assertThat(titles(of("celestial_bodies"))).isEqualTo(concat(List.of("Modes", "Search", "Ordering"), ALWAYS));
    assertThat(titles(of("locations"))).isEqualTo(concat(List.of("Modes", "Filters", "Search", "Ordering"), ALWAYS));
  }

  @Test
  void filtersAreSortedAndHiddenOnesLeftOut() {
    List<String> events = lines(of("events"), "Filters");
    assertThat(events.get(0)).startsWith("Parameters - agency__ids, date__gt, date__gte, date__lt, ")
        .doesNotContain("date__gt__lt");
    assertThat(lines(of("locations"), "Filters")).containsExactly("Parameters - country_code, id, name, name__contains, "
        + "total_landing_count, total_landing_count__gt, total_landing_count__gte, total_landing_count__lt, "
        + "total_landing_count__lte, total_launch_count, total_launch_count__gt, total_launch_count__gte, "
        + "total_launch_count__lt, total_launch_count__lte", "Example - /locations/?country_code=NZL");
  }

  @Test
  void theHelpLineLinksToTheDocumentation() {
    Help.Line help = help(of("pads")).get(help(of("pads")).size() - 1).lines().get(0);
    assertThat(help.spans().get(help.spans().size() - 1).href()).isEqualTo("https://lldev.thespacedevs.com/docs");
    assertThat(help.plain()).isEqualTo("Find all the FAQs and support links on the documentation homepage - "
        + "lldev.thespacedevs.com/docs");
  }

  static Stream<Arguments> everyResourceButEvents() {
    return Resources.ALL.stream().filter(r -> !r.collection().equals("events")).map(r -> Arguments.of(r.collection(), r));
  }

  /** The upstream description as plain lines: no headings' #, no backticks, links as their text, no blank lines. */
  private static List<String> upstreamLines(String collection) throws IOException {
    JsonNode doc = Json.MAPPER.readTree(Shared.require("reference/ll2/ll2-2.3.0-openapi.json").toFile());
    String description = doc.path("paths").path("/2.3.0/" + collection + "/").path("get").path("description").asText();
    assertThat(description).as("upstream documents /2.3.0/" + collection + "/").isNotEmpty();
    return description.lines().map(String::strip).filter(l -> !l.isEmpty())
        .map(l -> l.replaceFirst("^#+ ", "").replace("`", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyResourceButEvents")
  void theTextIsUpstreamsLineForLine(String collection, Resource<?> r) throws IOException {
    List<String> theirs = upstreamLines(collection);
    List<String> ours = help(r).stream()
        .flatMap(section -> Stream.concat(Stream.of(section.title()), section.lines().stream().map(Help.Line::plain)))
        .toList();
    // Upstream links to the production host's documentation, tminus (as the seed) to the dev host's.
    assertThat(ours).isEqualTo(theirs.stream().map(l -> l.replace("- ll.thespacedevs.com/docs", "- lldev.thespacedevs.com/docs"))
        .toList());
  }
}
