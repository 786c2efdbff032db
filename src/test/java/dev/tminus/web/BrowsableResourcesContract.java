package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.api.filter.Filter;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.BrowsableText;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The browsable pages and OPTIONS answers of every resource, through real HTTP on each database:
 * DRF's view names, each endpoint's own help text (as upstream's description of its path, links
 * read as their text), its own filter form, the pager, and links that keep {@code ?format=api}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowsableResourcesContract {
  /** The docs link of the Help line: the seed's page names lldev's, the upstream document ll's (see Help.Docs). */
  private static final String DOCUMENT_DOCS = "ll.thespacedevs.com/docs";
  private static final String PAGE_DOCS = "lldev.thespacedevs.com/docs";

  private TestServer server;
  private JsonNode upstream;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    upstream = Json.MAPPER.readTree(Shared.require("reference/ll2/ll2-2.3.0-openapi.json").toFile());
    server = TestServer.start(database());
    JsonNode launch = Json.MAPPER.readTree(Files.readString(Shared.require("reference/ll2/samples/launch-sputnik1-detailed-2.3.0.json")));
    server.importJson("pads", Json.MAPPER.writeValueAsString(launch.get("pad")));
    server.importJson("config/event_types", Files.readString(Shared.require("reference/ll2/samples/config-event_types-circa2021.json")));
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  @Test
  void theHelpTextOfEachEndpointIsUpstreamsDescriptionOfItsPath() {
    for (String path : List.of("/2.3.0/pads/", "/2.3.0/pads/32/", "/2.3.0/locations/", "/2.3.0/celestial_bodies/",
        "/2.3.0/programs/", "/2.3.0/config/orbits/", "/2.3.0/config/event_types/10/")) {
      BrowsableText page = BrowsableText.of(server.get(path + "?format=api").body());
      String upstreamPath = path.replaceAll("/\\d+/$", "/{id}/");
      assertThat(page.help()).as(path).isEqualTo(asRead(description(upstreamPath)).replace(DOCUMENT_DOCS, PAGE_DOCS));
    }
  }

  @Test
  void sectionsAResourceLacksAreAbsent() {
    Map<String, List<String>> expected = Map.of(
        "/2.3.0/pads/", List.of("Filters", "Search", "Ordering", "Number of results", "Format", "Help"),
        "/2.3.0/locations/", List.of("Modes", "Filters", "Search", "Ordering", "Number of results", "Format", "Help"),
        "/2.3.0/celestial_bodies/", List.of("Modes", "Search", "Ordering", "Number of results", "Format", "Help"),
        "/2.3.0/programs/", List.of("Modes", "Number of results", "Format", "Help"),
        "/2.3.0/config/orbits/", List.of("Number of results", "Format", "Help"));
    expected.forEach((path, sections) -> assertThat(page(path + "?format=api").select("section.help h4").eachText())
        .as(path).isEqualTo(sections));
  }

  @Test
  void examplesLinkToTheEndpointItselfAndHelpToTheDocumentation() {
    Document pads = page("/2.3.0/pads/?format=api");
    assertThat(pads.select("section.help a").eachAttr("href")).containsExactly("./?location__id=11", "./?search=39A",
        "./?ordering=-orbital_launch_attempt_count", "./?limit=2", "./?format=json", "https://lldev.thespacedevs.com/docs");
    assertThat(pads.select("section.help a").first().text()).isEqualTo("/pads/?location__id=11");
    assertThat(page("/2.3.0/events/upcoming/?format=api").select("section.help a").first().text())
        .isEqualTo("/events/upcoming/?mode=list");
  }

  @Test
  void optionsNamesAndDescribesEveryEndpoint() {
    Map<String, String> names = Map.ofEntries(
        Map.entry("/2.3.0/celestial_bodies/", "Celestial Body List"),
        Map.entry("/2.3.0/celestial_bodies/1/", "Celestial Body Instance"),
        Map.entry("/2.3.0/config/event_types/10/", "Event Type Instance"),
        Map.entry("/2.3.0/config/infourl_types/", "Info Url Type List"),
        Map.entry("/2.3.0/config/spacecraft_configuration_types/", "Spacecraft Configuration Type List"),
        Map.entry("/2.3.0/pads/", "Pad List"),
        Map.entry("/2.3.0/locations/15/", "Location Instance"),
        Map.entry("/2.3.0/events/", "Event List"),
        Map.entry("/2.3.0/events/upcoming/", "Event Upcoming List"),
        Map.entry("/2.3.0/events/previous/1/", "Event Previous Instance"));
    names.forEach((path, name) -> assertThat(options(path).get("name").asText()).as(path).isEqualTo(name));

    for (Resource<?> resource : Resources.ALL) {
      for (Subset subset : resource.subsets()) {
        String list = "/2.3.0/" + resource.collection() + "/" + (subset.isRoot() ? "" : subset.name() + "/");
        JsonNode listed = options(list);
        JsonNode detail = options(list + "1/");
        assertThat(listed.get("name").asText()).as(list).endsWith(" List")
            .isEqualTo(BrowsableText.of(server.get(list + "?format=api").body()).viewName());
        assertThat(detail.get("name").asText()).as(list).isEqualTo(listed.get("name").asText().replace(" List", " Instance"));
        // DRF's OPTIONS gives the docstring unrendered: the Markdown upstream's document describes the path with.
        String expected = description(list)
            .replace("[" + DOCUMENT_DOCS + "](https://" + DOCUMENT_DOCS + "/)", "[" + PAGE_DOCS + "](https://" + PAGE_DOCS + ")");
        for (JsonNode answer : List.of(listed, detail)) {
          if (resource.collection().equals("events")) {
            // The Filters line lists the filters that work here (see the README); the rest is upstream's.
            assertThat(withoutFilters(answer.get("description").asText())).as(list).isEqualTo(withoutFilters(expected));
          } else {
            assertThat(answer.get("description").asText()).as(list).isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void eachListHasAFormForItsOwnFilters() {
    assertThat(inputs("/2.3.0/pads/?format=api")).containsExactlyElementsOf(
        concat(List.of("format", "search", "ordering", "limit"), params("pads")));
    assertThat(inputs("/2.3.0/config/orbits/?format=api")).containsExactly("format", "limit");
    assertThat(inputs("/2.3.0/programs/")).containsExactly("format", "mode", "limit");
    assertThat(inputs("/2.3.0/events/upcoming/")).contains("hide_recent_previous", "type__ids");
    assertThat(inputs("/2.3.0/events/")).contains("type__ids").doesNotContain("hide_recent_previous", "date__gt__lt");
    assertThat(page("/2.3.0/locations/?format=api&mode=detailed").select("select[name=mode] option").eachAttr("value"))
        .containsExactly("", "normal", "detailed");
    assertThat(page("/2.3.0/locations/?format=api&mode=detailed").select("select[name=mode] option[selected]").attr("value"))
        .isEqualTo("detailed");
    assertThat(page("/2.3.0/pads/?format=api&location__id=15").select("input[name=location__id]").attr("value"))
        .isEqualTo("15");
  }

  @Test
  void thePagerAndEveryUrlKeepTheBrowsableFormat() {
    Document first = page("/2.3.0/config/event_types/?format=api");
    String next = first.select("nav.pager a[rel=next]").attr("href");
    assertThat(next).isEqualTo(server.origin() + "/2.3.0/config/event_types/?format=api&limit=10&offset=10");
    assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
    Document second = page(next.substring(server.origin().length()));
    assertThat(second.select("nav.pager a[rel=prev]").attr("href"))
        .isEqualTo(server.origin() + "/2.3.0/config/event_types/?format=api&limit=10");
    assertThat(second.select("pre.response").text()).contains("\"id\": 11");

    Document pads = page("/2.3.0/pads/?format=api");
    assertThat(pads.select("pre.response a").eachAttr("href")).contains(server.origin() + "/2.3.0/pads/32/?format=api",
        server.origin() + "/2.3.0/locations/15/?format=api");
    assertThat(page("/2.3.0/pads/32/?format=api").select("h1").text()).isEqualTo("Pad Instance");
  }

  /** Upstream's description of {@code path}, Markdown. */
  private String description(String path) {
    return upstream.get("paths").get(path).get("get").get("description").asText();
  }

  /** Markdown as the page reads: headings and paragraphs one a line, code as its text, links as their text. */
  private static String asRead(String markdown) {
    List<String> lines = new ArrayList<>();
    for (String line : markdown.split("\n")) {
      if (line.isBlank()) continue;
      lines.add(line.replaceFirst("^#### ", "").replace("`", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1"));
    }
    return String.join("\n", lines);
  }

  private static String withoutFilters(String markdown) {
    return markdown.replaceAll("(?m)^Parameters - .*$", "");
  }

  private static List<String> params(String collection) {
    return Resources.byCollection(collection).filters().stream().map(Filter::param).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private List<String> inputs(String path) {
    return page(path.contains("?") ? path : path + "?format=api").select("form.filters input, form.filters select")
        .stream().map(e -> e.attr("name")).toList();
  }

  private Document page(String path) {
    TestServer.Response response = server.get(path);
    assertThat(response.status()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private JsonNode options(String path) {
    TestServer.Response response = server.send(HttpRequest.newBuilder(URI.create(server.origin() + path))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(response.status()).as(path).isEqualTo(200);
    return response.json();
  }
}
