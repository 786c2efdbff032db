package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.support.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --warm-up}: before it is ready the server asks itself its lists (logged as any
 * request), and the throttle counts none of it: the first client still has its whole budget.
 */
class ServeWarmUpTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void warmsUpOnItsOwnListsWithoutSpendingAnyClientsBudget() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "dev.tminus.cli.Main", "serve", "--port", "0", "--data-dir", dir.resolve("data").toString(), "--demo",
        "--access-log", "common", "--throttle", "anon=1/hour", "--warm-up", "2s");
    for (String name : new String[] {"TMINUS_DB_URL", "TMINUS_TRUST_PROXY"}) pb.environment().remove(name);
    Path log = dir.resolve("serve.log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = pb.start();
    try {
      Pattern serving = Pattern.compile("(?m)^tminus serving .* on (http://127\\.0\\.0\\.1:\\d+)/");
      Eventually.await("serve is ready", () -> serving.matcher(read(log)).find() || !process.isAlive());
      String out = read(log);
      Matcher m = serving.matcher(out);
      assertThat(m.find()).as(out).isTrue();
      String origin = m.group(1);

      Matcher warmUp = Pattern.compile("(?m)^warm-up: (\\d+) requests in [0-9.]+ s$").matcher(out);
      assertThat(warmUp.find()).as(out).isTrue();
      assertThat(Integer.parseInt(warmUp.group(1))).isPositive();
      assertThat(out).as("the warm-up's requests are in the access log")
          .containsPattern("\"GET /2\\.3\\.0/events/\\?mode=detailed&limit=100&offset=0 HTTP/1\\.1\" 200 ");
      assertThat(out).doesNotContain("\" 429 ");

      assertThat(get(origin + "/2.3.0/events/?limit=1").statusCode()).as("the client's one request an hour").isEqualTo(200);
      assertThat(get(origin + "/2.3.0/events/?limit=1").statusCode()).isEqualTo(429);
      // A client cannot pass its requests off as the warm-up's once the server is ready, nor with a made-up token.
      HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/2.3.0/events/?limit=2"))
          .header("X-Tminus-Warm-Up", "guess").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(429);
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
