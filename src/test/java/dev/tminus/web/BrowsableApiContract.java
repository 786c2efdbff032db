package dev.tminus.web;

import static dev.tminus.support.EventFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.support.BrowsableText;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Formats and HTTP details as DRF answers them, through real HTTP on each database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowsableApiContract {
  private TestServer server;

  abstract TestDatabase database();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(database());
    List<Object> events = new java.util.ArrayList<>();
    events.add(event(1).name("<script>alert('x')</script> & \"Docking\"").date("2026-12-01T00:00:00Z").build());
    for (int i = 2; i <= 15; i++) events.add(event(i).date("2020-01-" + String.format("%02d", i) + "T00:00:00Z").build());
    server.importEvents(events);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private TestServer.Response send(String method, String path, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.origin() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (accept != null) b.header("Accept", accept);
    return server.send(b.build());
  }

  private static String contentType(TestServer.Response r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void formatApiGivesTheBrowsablePageAndFormatJsonForcesJson() {
    assertThat(contentType(server.get("/2.3.0/events/?format=api"))).startsWith("text/html");
    assertThat(contentType(send("GET", "/2.3.0/events/?format=json", "text/html"))).isEqualTo("application/json");
  }

  @Test
  void acceptHeaderChoosesWithoutFormat() {
    assertThat(contentType(send("GET", "/2.3.0/events/", "text/html,application/xhtml+xml,*/*;q=0.8")))
        .startsWith("text/html");
    assertThat(contentType(send("GET", "/2.3.0/events/", "application/json"))).isEqualTo("application/json");
    assertThat(contentType(send("GET", "/2.3.0/events/", "*/*"))).isEqualTo("application/json");
    assertThat(contentType(send("GET", "/2.3.0/events/", null))).isEqualTo("application/json");
  }

  @Test
  void responsesVaryOnAcceptAndAllowAnyOrigin() {
    for (String path : List.of("/2.3.0/events/", "/2.3.0/events/1/", "/2.3.0/events/upcoming/?format=api", "/2.3.0/")) {
      TestServer.Response r = server.get(path);
      assertThat(r.headers().firstValue("Vary")).as(path).contains("Accept, Accept-Encoding");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
      assertThat(r.headers().firstValue("Allow")).as(path).contains("GET, HEAD, OPTIONS");
    }
  }

  @Test
  void unsupportedFormatIsANotFound() {
    TestServer.Response r = server.get("/2.3.0/events/1/?format=yaml");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("{\"detail\":\"Not found.\"}");
  }

  @Test
  void headAnswersLikeGetWithoutABody() {
    TestServer.Response r = send("HEAD", "/2.3.0/events/", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(contentType(r)).isEqualTo("application/json");
    assertThat(r.body()).isEmpty();
    assertThat(send("HEAD", "/2.3.0/events/999/", null).status()).isEqualTo(404);
  }

  @Test
  void optionsDescribesTheEndpointAsDrfMetadata() {
    TestServer.Response r = send("OPTIONS", "/2.3.0/events/", null);
    assertThat(r.status()).isEqualTo(200);
    var body = r.json();
    assertThat(body.get("name").asText()).isEqualTo("Event List");
    // DRF's OPTIONS gives the view's docstring unrendered: LL2's help text in Markdown.
    assertThat(body.get("description").asText()).contains("#### Search\nFields searched - `name`",
        "Parameters - `agency__ids`", "Example - [/events/?limit=2](./?limit=2)");
    assertThat(body.get("renders").toString()).isEqualTo("[\"application/json\",\"text/html\"]");
    assertThat(body.has("parses")).isTrue();
    assertThat(send("OPTIONS", "/2.3.0/events/1/", null).json().get("name").asText()).isEqualTo("Event Instance");
  }

  @Test
  void otherMethodsAreNotAllowed() {
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      TestServer.Response r = send(method, "/2.3.0/events/1/", null);
      assertThat(r.status()).as(method).isEqualTo(405);
      assertThat(r.body()).isEqualTo("{\"detail\":\"Method \\\"" + method + "\\\" not allowed.\"}");
      assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
    }
  }

  @Test
  void aPathWithoutItsSlashIsRedirectedWithItsQuery() {
    TestServer.Response r = server.get("/2.3.0/events/upcoming?limit=2&mode=list");
    assertThat(r.status()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).contains("/2.3.0/events/upcoming/?limit=2&mode=list");
    assertThat(server.get("/2.3.0/events/1").headers().firstValue("Location")).contains("/2.3.0/events/1/");
    assertThat(server.get("/2.3.0/nowhere").status()).isEqualTo(404);
  }

  @Test
  void theServerRootRedirectsToTheApiRootWithItsQuery() {
    TestServer.Response r = server.get("/");
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).contains("/2.3.0/");
    assertThat(server.get("/?format=api").headers().firstValue("Location")).contains("/2.3.0/?format=api");
    assertThat(send("HEAD", "/", null).status()).isEqualTo(302);
  }

  @Test
  void apiRootListsTheResources() {
    StringBuilder expected = new StringBuilder("{");
    for (String c : dev.tminus.resource.Resources.collections()) {
      expected.append("\"").append(c).append("\":\"").append(server.origin()).append("/2.3.0/").append(c).append("/\",");
    }
    expected.append("\"api-throttle\":\"").append(server.origin()).append("/2.3.0/api-throttle/\"}");
    assertThat(server.get("/2.3.0/").body()).isEqualTo(expected.toString());
    assertThat(server.get("/2.3.0/").body()).contains("\"events\":\"" + server.origin() + "/2.3.0/events/\"");
    BrowsableText page = BrowsableText.of(server.get("/2.3.0/?format=api").body());
    assertThat(page.viewName()).isEqualTo("Api Root");
    assertThat(page.json()).contains(server.origin() + "/2.3.0/events/?format=api");
  }

  @Test
  void theHelpLinePointsToLl2sDocumentation() {
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(server.get("/2.3.0/events/?format=api").body());
    org.jsoup.select.Elements links = page.select("section.help a[href^=https:]");
    assertThat(links).hasSize(1);
    assertThat(links.first().attr("href")).isEqualTo("https://lldev.thespacedevs.com/docs");
    assertThat(links.first().text()).isEqualTo("lldev.thespacedevs.com/docs");
    assertThat(links.first().parent().text())
        .isEqualTo("Find all the FAQs and support links on the documentation homepage - lldev.thespacedevs.com/docs");
  }

  @Test
  void theBrowsablePageEscapesUserData() {
    String html = server.get("/2.3.0/events/1/?format=api").body();
    assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp;");
    assertThat(BrowsableText.of(html).json()).contains("\"name\": \"<script>alert('x')</script> & \\\"Docking\\\"\"");
  }

  @Test
  void everyUrlOfTheBrowsablePageIsALink() {
    String html = server.get("/2.3.0/events/?format=api").body();
    assertThat(html).contains("<a href=\"" + server.origin() + "/2.3.0/events/2/?format=api\"");
    assertThat(html).contains("rel=\"next\" href=\"" + server.origin() + "/2.3.0/events/?format=api&amp;limit=10&amp;offset=10\"");
  }

  @Test
  void browsableListsHaveAFormForEveryDeclaredFilter() {
    String html = server.get("/2.3.0/events/?format=api&type__ids=1").body();
    for (String param : List.of("agency__ids", "date__gte", "type__ids", "video_url", "program", "search", "ordering", "mode", "limit")) {
      assertThat(html).contains("name=\"" + param + "\"");
    }
    assertThat(html).contains("name=\"type__ids\" value=\"1\"");
    assertThat(BrowsableText.of(html).viewName()).isEqualTo("Event List");
    assertThat(BrowsableText.of(server.get("/2.3.0/events/upcoming/?format=api").body()).viewName())
        .isEqualTo("Event Upcoming List");
  }

  @Test
  void errorsAreShownInTheBrowsablePageToo() {
    TestServer.Response r = server.get("/2.3.0/events/?type=abc&format=api");
    assertThat(r.status()).isEqualTo(400);
    BrowsableText page = BrowsableText.of(r.body());
    assertThat(page.meta()).startsWith("HTTP 400 Bad Request");
    assertThat(page.json()).contains("Select a valid choice.");
    assertThat(BrowsableText.of(server.get("/2.3.0/events/999/?format=api").body()).meta()).startsWith("HTTP 404 Not Found");
  }
}
