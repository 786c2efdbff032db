package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.support.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code tminus} process started from the test's class path, its output in a file (a pipe
 * would be closed by {@code destroy()}; a file keeps the end), for tests of what a user running
 * {@code serve} sees.
 */
final class ServeProcess implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final Process process;
  private final Path log;

  private ServeProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code tminus args…} with its output in {@code dir/serve.log}, without the environment's database or proxy settings. */
  static ServeProcess start(Path dir, String... args) throws java.io.IOException {
    String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    java.util.List<String> command = new java.util.ArrayList<>(
        java.util.List.of(jvm, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.tminus.cli.Main"));
    command.addAll(java.util.List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    for (String name : new String[] {"TMINUS_DB_URL", "TMINUS_TRUST_PROXY", "TMINUS_THROTTLE", "TMINUS_WARM_UP"}) {
      pb.environment().remove(name);
    }
    Path log = dir.resolve("serve.log");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return new ServeProcess(pb.start(), log);
  }

  /** What the process has written so far. */
  String log() {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  /** Waits for a line matching {@code line} (or the process's end) and returns the match; fails with the log otherwise. */
  // A serve that first fills a database (--demo: a thousand detailed launches) takes as long as the fill.
  private static final Duration STARTING = Duration.ofSeconds(90);

  Matcher await(String what, Pattern line) {
    Eventually.await(what, () -> line.matcher(log()).find() || !process.isAlive(), STARTING);
    Matcher m = line.matcher(log());
    assertThat(m.find()).as(log()).isTrue();
    return m;
  }

  static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor(30, TimeUnit.SECONDS);
    process.destroyForcibly();
  }
}
