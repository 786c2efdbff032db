package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.api.Links;
import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.generate.Generator;
import dev.tminus.json.PageWriter;
import dev.tminus.support.TestServer;
import dev.tminus.web.Server;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} in a separate process while {@code serve} has the embedded H2 database open: the
 * second process reaches the file through H2's server mode, and the server sees what it wrote.
 */
class ConcurrentProcessesTest {
  @TempDir Path dir;

  @Test
  void importInAnotherProcessWhileServing() throws Exception {
    Path file = dir.resolve("events.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      PageWriter.write(out, 120, Generator.events(120, 9, Links.of("http://localhost", null)));
    }
    Path data = dir.resolve("data");
    try (Database db = Database.open(new DatabaseConfig(null, null, null, data));
        Server server = Server.start(TestServer.config(), db)) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          "dev.tminus.cli.Main", "import", "--data-dir", data.toString(), file.toString());
      pb.environment().remove("TMINUS_DB_URL");
      pb.redirectErrorStream(true).redirectOutput(dir.resolve("import.log").toFile());
      Process process = pb.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(Files.readString(dir.resolve("import.log"))).isZero();
      assertThat(Files.readString(dir.resolve("import.log"))).contains("120 events created");

      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/2.3.0/events/?limit=1")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).startsWith("{\"count\":120,");
    }
  }
}
