package dev.tminus.openapi;

import dev.tminus.resource.Resources;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /2.3.0/schema/} and Swagger UI at {@code GET /2.3.0/swagger/} over HTTP (no database involved). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiHttpTest {
  private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"([^\"]+)\"");

  private TestServer server;

  @BeforeAll
  void start() {
    server = TestServer.start(TestDatabase.H2);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void schemaIsTheGeneratedDocumentAsOpenApiJson() {
    TestServer.Response response = server.get("/2.3.0/schema/");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/vnd.oai.openapi+json"));
    JsonNode doc = response.json();
    assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
    assertThat(doc.at("/info/title").asText()).isEqualTo("tminus \u2014 Launch Library 2 compatible API");
    assertThat(doc.at("/info/version").asText()).isEqualTo("2.3.0");
    assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/");
    assertThat(doc.at("/paths/~12.3.0~1api-throttle~1/get/operationId").asText()).isEqualTo("api_throttle_list");
    JsonNode generated = Json.MAPPER.valueToTree(OpenApi.document(Resources.ALL, List.of()));
    generated.get("paths").fieldNames().forEachRemaining(path ->
        assertThat(doc.at("/paths").get(path)).as(path).isEqualTo(generated.get("paths").get(path)));
  }

  @Test
  void everyDescribedPathIsServed() {
    JsonNode doc = server.get("/2.3.0/schema/").json();
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).hasSize(93);
    for (String path : paths) {
      TestServer.Response response = server.get(path.replace("{id}", "1"));
      // The database is empty: every list answers, and every detail says what it did not find.
      if (path.endsWith("{id}/")) {
        assertThat(response.status()).as(path).isEqualTo(404);
        assertThat(response.json().get("detail").asText()).as(path).matches("No .+ matches the given query\\.");
      } else {
        assertThat(response.status()).as(path).isEqualTo(200);
      }
    }
  }

  @Test
  void schemaAcceptsFormatJsonAndRejectsOtherFormatsLikeDrf() {
    assertThat(server.get("/2.3.0/schema/?format=json").status()).isEqualTo(200);
    TestServer.Response yaml = server.get("/2.3.0/schema/?format=yaml");
    assertThat(yaml.status()).isEqualTo(404);
    assertThat(yaml.json().get("detail").asText()).isEqualTo("Not found.");
  }

  @Test
  void swaggerUiPageLoadsEveryAssetAndPointsAtTheSchema() {
    TestServer.Response page = server.get("/2.3.0/swagger/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));

    List<String> assets = new ArrayList<>();
    Matcher m = ASSET.matcher(page.body());
    while (m.find()) assets.add(m.group(1));
    assertThat(assets).contains("/2.3.0/swagger/swagger-ui-bundle.js", "/2.3.0/swagger/swagger-ui.css",
        "/2.3.0/swagger/swagger-initializer.js");
    for (String asset : assets) {
      TestServer.Response r = server.get(asset);
      assertThat(r.status()).as(asset).isEqualTo(200);
      assertThat(r.body()).as(asset).isNotEmpty();
    }
    String initializer = server.get("/2.3.0/swagger/swagger-initializer.js").body();
    assertThat(initializer).contains("url: \"/2.3.0/schema/\"").doesNotContain("petstore");
    assertThat(server.get("/2.3.0/swagger/swagger-ui-bundle.js").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
  }

  @Test
  void swaggerServesOnlyTheWebjarsOwnFiles() {
    assertThat(server.get("/2.3.0/swagger/nope.js").status()).isEqualTo(404);
    assertThat(server.get("/2.3.0/swagger/..%2F..%2F..%2Fmaven%2Forg.webjars%2Fswagger-ui%2Fpom.properties").status())
        .isEqualTo(404);
    assertThat(server.get("/2.3.0/swagger/pom.xml").status()).isEqualTo(404);
  }
}
