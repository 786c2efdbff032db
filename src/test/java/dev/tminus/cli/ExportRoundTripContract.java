package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.Database;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.mirror.MirrorFixture;
import dev.tminus.support.Shared;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import dev.tminus.web.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code export FILE}, then {@code import FILE} into an empty database: the API answers exactly as before. */
abstract class ExportRoundTripContract {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  abstract TestDatabase database();

  @Test
  void exportThenImportIntoAnEmptyDatabaseRecreatesIdenticalResponses() throws Exception {
    Path file = Files.createTempFile("tminus-export", ".json");
    List<Integer> ids = new ArrayList<>();
    try (TestServer original = TestServer.start(database())) {
      original.importEvents(MirrorFixture.events(120));
      // An event with only its required fields: absent lists and null values must survive too.
      original.importJson("{\"id\": 900, \"name\": \"Bare\", \"slug\": \"bare\", \"type\": {\"id\": 1, \"name\": \"Type 1\"}, \"webcast_live\": false}");
      Path seed = Shared.root().resolve("seed/events-endpoint-2.3.0.txt");
      if (Files.isRegularFile(seed)) original.importJson(Shared.seedEventJson()); // the richest real event, when present
      original.get("/2.3.0/events/?limit=100").json().get("results").forEach(e -> ids.add(e.get("id").asInt()));
      DatabaseConfig from = configOf(original);
      assertThat(Main.commandLine().execute(args("export", from, file.toString()))).isZero();

      DatabaseConfig to = database().config();
      assertThat(Main.commandLine().execute(args("import", to, file.toString()))).isZero();
      try (Database copy = Database.open(to);
          Server server = Server.start(TestServer.config(), copy)) {
        String origin = "http://127.0.0.1:" + server.port();
        List<String> paths = new ArrayList<>(List.of("/2.3.0/events/?mode=detailed&limit=100", "/2.3.0/events/?limit=100",
            "/2.3.0/events/?mode=normal&limit=100&format=json", "/2.3.0/events/?ordering=-last_updated&mode=detailed"));
        ids.forEach(id -> paths.add("/2.3.0/events/" + id + "/"));
        for (String path : paths) {
          String theirs = original.get(path).body().replace(original.origin(), origin);
          assertThat(get(origin + path)).as(path).isEqualTo(theirs);
        }
      }
    }
  }

  private DatabaseConfig configOf(TestServer server) throws Exception {
    // TestServer does not say where its database lives; ask the database itself.
    try (var c = server.database.dsl().configuration().connectionProvider().acquire()) {
      String url = c.getMetaData().getURL();
      if (url.startsWith("jdbc:h2:file:")) {
        String file = url.substring("jdbc:h2:file:".length()).split(";")[0];
        return new DatabaseConfig(null, null, null, Path.of(file).getParent());
      }
      return new DatabaseConfig(url, "postgres", "postgres", null);
    }
  }

  private static String[] args(String command, DatabaseConfig db, String file) {
    List<String> args = new ArrayList<>(List.of(command));
    if (db.embedded()) {
      args.addAll(List.of("--data-dir", db.dataDir().toString()));
    } else {
      args.addAll(List.of("--db-url", db.url(), "--db-user", db.user(), "--db-password", db.password()));
    }
    args.add(file);
    return args.toArray(String[]::new);
  }

  private static String get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
