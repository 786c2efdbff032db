package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tminus serve} as a user starts it: its own process, composed by {@code Server.start} from its flags. */
class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)/2\\.3\\.0/events/");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /** A URL of the README's quick start, e.g. {@code `curl 'http://127.0.0.1:8000/2.3.0/events/?search=flyby'`}. */
  private static final Pattern README_EXAMPLE = Pattern.compile("http://127\\.0\\.0\\.1:8000(/2\\.3\\.0/[^'`\\s]*)");

  @TempDir Path dir;

  private static int count(String url) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return Json.MAPPER.readTree(r.body()).get("count").asInt();
  }

  @Test
  void servesTheDemoWorldOnTheAddressItPrintsAndStopsOnSigterm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "dev.tminus.cli.Main", "serve", "--port", "0", "--demo", "--data-dir", dir.resolve("data").toString(),
        "--cache-max-age", "30");
    for (String name : new String[] {"TMINUS_DB_URL", "TMINUS_PORT", "TMINUS_BIND", "TMINUS_NO_CACHE", "TMINUS_THROTTLE",
        "TMINUS_TRUST_PROXY"}) {
      pb.environment().remove(name);
    }
    pb.redirectErrorStream(true);
    Process process = pb.start();
    try {
      String origin = null;
      StringBuilder log = new StringBuilder();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      for (String line; origin == null && (line = out.readLine()) != null; ) {
        log.append(line).append('\n');
        Matcher m = SERVING.matcher(line);
        if (m.find()) origin = m.group(1);
      }
      assertThat(origin).as(log.toString()).isNotNull();

      HttpResponse<String> events = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/2.3.0/events/?limit=1")).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode page = Json.MAPPER.readTree(events.body());
      assertThat(page.get("count").asInt()).isEqualTo(ServeCommand.DEMO_EVENTS);
      assertThat(page.get("next").asText()).startsWith(origin + "/2.3.0/events/?");
      assertThat(events.headers().firstValue("Cache-Control")).contains("public, max-age=30");
      // The demo is a whole world: every served list has something to show.
      for (String collection : Resources.collections()) {
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/2.3.0/" + collection + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).as(collection).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(list.body()).get("results").size()).as(collection).isPositive();
      }
      // Seen from today: a good share of the demo is upcoming, and the rest is history.
      int upcoming = count(origin + "/2.3.0/events/upcoming/?limit=1");
      assertThat(upcoming).isBetween(ServeCommand.DEMO_EVENTS / 6, ServeCommand.DEMO_EVENTS / 2);
      assertThat(count(origin + "/2.3.0/events/previous/?limit=1")).isGreaterThan(ServeCommand.DEMO_EVENTS / 2);
      // Every example the README gives a newcomer answers on the demo, with something in it.
      Matcher example = README_EXAMPLE.matcher(Files.readString(Path.of("README.md")));
      int examples = 0;
      while (example.find()) {
        String url = origin + example.group(1);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        if (url.contains("/2.3.0/") && !url.contains("/swagger/")) {
          JsonNode body = Json.MAPPER.readTree(r.body());
          assertThat(body.has("results") ? body.get("results").size() : body.size()).as(url).isPositive();
        }
        examples++;
      }
      assertThat(examples).as("README examples found").isGreaterThanOrEqualTo(3);
      HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\"}");
    } finally {
      process.destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
