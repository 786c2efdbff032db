package dev.tminus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.db.DatabaseConfig;
import dev.tminus.support.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs tminus commands in this JVM as a user types them, and reads a server's lists whole. */
final class Commands {
  private Commands() {}

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** {@code command} with the options that name {@code db}, then {@code rest}. */
  static String[] on(DatabaseConfig db, String command, String... rest) {
    List<String> args = new ArrayList<>(List.of(command));
    if (db.embedded()) {
      args.addAll(List.of("--data-dir", db.dataDir().toString()));
    } else {
      args.addAll(List.of("--db-url", db.url(), "--db-user", db.user(), "--db-password", db.password()));
    }
    args.addAll(List.of(rest));
    return args.toArray(String[]::new);
  }

  /** Every object of {@code collection}'s list in {@code query} (e.g. {@code mode=detailed}), page by page, by id. */
  static Map<String, JsonNode> all(TestServer server, String collection, String query) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (int offset = 0; ; offset += 100) {
      TestServer.Response r = server.get("/2.3.0/" + collection + "/?" + query + "&limit=100&offset=" + offset);
      if (r.status() != 200) throw new AssertionError(collection + ": HTTP " + r.status() + " " + r.body());
      JsonNode page = r.json();
      page.get("results").forEach(o -> out.put(o.get("id").asText(), o));
      if (page.get("next").isNull()) return out;
    }
  }
}
