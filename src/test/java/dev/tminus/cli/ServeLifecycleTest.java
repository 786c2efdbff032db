package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.Database;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.web.Server;
import dev.tminus.support.Eventually;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jooq.ConnectionProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clean stop: requests in flight finish, new connections are refused, and SIGTERM ends {@code serve} with 0. */
class ServeLifecycleTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void closingWithADrainLetsARequestInFlightFinishAndRefusesNewConnections() throws Exception {
    try (Database db = Database.open(TestDatabase.H2.config(), new Database.Settings(Duration.ofSeconds(20), Duration.ZERO))) {
      ConnectionProvider pool = db.dsl().configuration().connectionProvider();
      List<Connection> held = new ArrayList<>();
      Server server = Server.start(TestServer.config(), db);
      int port = server.port();
      CompletableFuture<Void> closed;
      CompletableFuture<HttpResponse<String>> inFlight;
      try {
        // Every pooled connection held: the request waits for one, in flight, while the server stops.
        for (int i = 0; i < db.maxPoolSize(); i++) held.add(pool.acquire());
        inFlight = HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/2.3.0/config/orbits/")).build(),
            HttpResponse.BodyHandlers.ofString());
        Eventually.await("the request waits for a connection", () -> db.pool().getThreadsAwaitingConnection() == 1);
        closed = CompletableFuture.runAsync(() -> server.close(Duration.ofSeconds(20)));
        Eventually.await("the stopping server refuses new connections", () -> !accepts(port));
        assertThat(inFlight).isNotDone();
        assertThat(closed).isNotDone();
      } finally {
        held.forEach(pool::release);
      }
      HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).startsWith("{\"count\":");
      closed.get(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void sigtermStopsServeInOrderWithExitStatusZero() throws Exception {
    try (ServeProcess serve = ServeProcess.start(dir, "serve", "--port", "0", "--data-dir", dir.resolve("data").toString(),
        "--access-log", "off", "--drain-timeout", "5s")) {
      Process process = serve.process;
      int port = Integer.parseInt(serve.await("serve prints its address",
          Pattern.compile("(?m)^tminus serving .* on http://127\\.0\\.0\\.1:(\\d+)/")).group(1));
      HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(200);

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(serve.log()).isZero();
      assertThat(serve.log()).contains("tminus stopping: finishing the requests in flight (at most 5.0 s)", "tminus stopped");
      assertThat(accepts(port)).isFalse();
    }
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
