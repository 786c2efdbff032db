package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --warm-up}: before it is ready the server asks itself its lists (logged as any
 * request), and the throttle counts none of it: the first client still has its whole budget.
 */
class ServeWarmUpTest {
  @TempDir Path dir;

  @Test
  void warmsUpOnItsOwnListsWithoutSpendingAnyClientsBudget() throws Exception {
    try (ServeProcess serve = ServeProcess.start(dir, "serve", "--port", "0", "--data-dir", dir.resolve("data").toString(),
        "--demo", "--access-log", "common", "--throttle", "anon=1/hour", "--warm-up", "2s")) {
      String origin = serve.await("serve is ready", Pattern.compile("(?m)^tminus serving .* on (http://127\\.0\\.0\\.1:\\d+)/")).group(1);
      String out = serve.log();

      Matcher warmUp = Pattern.compile("(?m)^warm-up: (\\d+) requests in [0-9.]+ s$").matcher(out);
      assertThat(warmUp.find()).as(out).isTrue();
      assertThat(Integer.parseInt(warmUp.group(1))).isPositive();
      assertThat(out).as("the warm-up's requests are in the access log")
          .containsPattern("\"GET /2\\.3\\.0/events/\\?mode=detailed&limit=100&offset=0 HTTP/1\\.1\" 200 ");
      assertThat(out).doesNotContain("\" 429 ");

      assertThat(ServeProcess.get(origin + "/2.3.0/events/?limit=1").statusCode()).as("the client's one request an hour").isEqualTo(200);
      assertThat(ServeProcess.get(origin + "/2.3.0/events/?limit=1").statusCode()).isEqualTo(429);
      // A client cannot pass its requests off as the warm-up's once the server is ready, nor with a made-up token.
      HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(origin + "/2.3.0/events/?limit=2"))
          .header("X-Tminus-Warm-Up", "guess").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(429);
    }
  }
}
