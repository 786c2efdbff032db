package dev.tminus.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upstream LL2 API, e.g. {@code https://lldev.thespacedevs.com/2.3.0}, asked politely: a 429
 * waits as long as the upstream says, timeouts, connection failures and 5xx are retried with
 * exponential back-off and jitter up to {@link Mirror.Settings#retries()} times, other refusals stop.
 */
final class Upstream {
  // DRF's Throttled detail: "Request was throttled. Expected available in 42 seconds."
  private static final Pattern EXPECTED = Pattern.compile("Expected available in (\\d+) seconds?");
  private static final Duration DEFAULT_THROTTLE_WAIT = Duration.ofSeconds(60);

  private final HttpClient http;
  private final String base;
  private final String token;
  private final Mirror.Settings settings;
  private final Mirror.Sleeper sleeper;
  private final Consumer<String> notes;
  private final Random random = new Random();
  private int calls;
  private int retries;
  private long throttledSeconds;

  Upstream(String base, String token, Mirror.Settings settings, Mirror.Sleeper sleeper, Consumer<String> notes) {
    this.base = normalize(base);
    this.token = token == null || token.isBlank() ? null : token.strip();
    this.settings = settings;
    this.sleeper = sleeper;
    this.notes = notes;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** The key under which state is stored: the base url without trailing slashes. */
  static String normalize(String base) {
    String b = base.strip();
    while (b.endsWith("/")) b = b.substring(0, b.length() - 1);
    return b;
  }

  String base() {
    return base;
  }

  /** The body of a 2xx answer to {@code GET uri}, read completely, after any waits and retries needed. */
  byte[] get(URI uri) throws MirrorException {
    int failures = 0;
    while (true) {
      String problem;
      Duration wait = null;
      try {
        HttpResponse<byte[]> r = send(uri);
        calls++;
        int status = r.statusCode();
        if (status / 100 == 2) return r.body();
        if (status == 429) {
          Duration asked = retryAfter(r).orElse(DEFAULT_THROTTLE_WAIT);
          throttledSeconds += asked.toSeconds();
          notes.accept("upstream throttled us (HTTP 429); waiting " + asked.toSeconds() + " s as it asks");
          sleep(asked);
          continue; // a throttle is the upstream working as designed, not a failure
        }
        if (status < 500) throw refused(uri, status, r.body());
        problem = "HTTP " + status;
        wait = retryAfter(r).orElse(null);
      } catch (HttpTimeoutException | TimeoutException e) {
        problem = "no complete answer within " + settings.timeout().toSeconds() + " s";
      } catch (ConnectException e) {
        problem = "cannot connect (" + message(e) + ")";
      } catch (IOException e) {
        problem = "connection failed (" + message(e) + ")";
      }
      failures++;
      if (failures > settings.retries()) {
        throw new MirrorException.Unreachable("GET " + uri + " failed " + failures + (failures == 1 ? " time" : " times in a row") + "; giving up (last: "
            + problem + "). Pages already copied are kept; run mirror again later.", null);
      }
      retries++;
      Duration delay = wait != null ? wait : backoff(failures);
      notes.accept("GET " + uri + ": " + problem + "; retry " + failures + " of " + settings.retries() + " in "
          + delay.toMillis() / 1000.0 + " s");
      sleep(delay);
    }
  }

  /** Exponential back-off, capped, with "equal jitter": half fixed, half random, so clients spread out. */
  Duration backoff(int failures) {
    long base = settings.baseDelay().toMillis() << Math.min(failures - 1, 30);
    long capped = Math.min(Math.max(base, 0), settings.maxDelay().toMillis());
    return Duration.ofMillis(capped / 2 + (long) (random.nextDouble() * (capped / 2.0)));
  }

  /** The upstream's {@code /api-throttle/} (which costs no call), or empty when it offers none. */
  Optional<Throttle> throttle() {
    try {
      HttpResponse<byte[]> r = send(URI.create(base + "/api-throttle/"));
      if (r.statusCode() != 200) return Optional.empty();
      JsonNode node = Json.MAPPER.readTree(r.body());
      // The OpenAPI document says an array, TSD's own client reads one object: accept both.
      if (node.isArray()) node = node.path(0);
      if (!node.path("your_request_limit").isNumber()) return Optional.empty();
      return Optional.of(new Throttle(node.path("your_request_limit").asInt(), node.path("limit_frequency_secs").asInt(),
          node.path("current_use").asInt(), node.path("next_use_secs").asInt(), node.path("ident").asText(null)));
    } catch (IOException | TimeoutException | RuntimeException e) {
      return Optional.empty();
    } catch (MirrorException.Interrupted e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** LL2's throttle status: {@code limit} calls per {@code frequencySecs}, {@code currentUse} spent. */
  record Throttle(int limit, int frequencySecs, int currentUse, int nextUseSecs, String ident) {
    int left() {
      return Math.max(0, limit - currentUse);
    }
  }

  int calls() {
    return calls;
  }

  int retries() {
    return retries;
  }

  long throttledSeconds() {
    return throttledSeconds;
  }

  private HttpResponse<byte[]> send(URI uri) throws IOException, TimeoutException, MirrorException.Interrupted {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
        .header("Accept", "application/json").header("User-Agent", "tminus-mirror");
    if (token != null) request.header("Authorization", "Token " + token);
    CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    try {
      // The request timeout ends at the headers; this one also covers a body that trickles in.
      return future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      throw new IOException(message(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      throw new MirrorException.Interrupted("interrupted while waiting for " + uri);
    }
  }

  private void sleep(Duration d) throws MirrorException.Interrupted {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      throw new MirrorException.Interrupted("interrupted while waiting to retry");
    }
  }

  // DRF sends Retry-After in seconds and repeats it in the detail message; either will do.
  private static Optional<Duration> retryAfter(HttpResponse<byte[]> r) {
    Optional<String> header = r.headers().firstValue("Retry-After");
    if (header.isPresent() && header.get().strip().matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(header.get().strip())));
    }
    Matcher m = EXPECTED.matcher(new String(r.body(), StandardCharsets.UTF_8));
    return m.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1)))) : Optional.empty();
  }

  private static MirrorException refused(URI uri, int status, byte[] body) {
    String detail = detail(body);
    String hint = switch (status) {
      case 401 -> " (the upstream refused the API key: check --token)";
      case 403 -> " (the upstream forbids this: check --token and the key's rights)";
      case 404 -> " (--from must be the API root, e.g. https://lldev.thespacedevs.com/2.3.0)";
      default -> "";
    };
    return new MirrorException.Refused("GET " + uri + ": HTTP " + status + (detail == null ? "" : " " + detail) + hint,
        status);
  }

  private static String detail(byte[] body) {
    try {
      JsonNode d = Json.MAPPER.readTree(body).path("detail");
      return d.isTextual() ? "\"" + d.asText() + "\"" : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
