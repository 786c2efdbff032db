package dev.tminus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it: help, generate, import and export on the embedded database. */
class CliTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void helpListsEverySubcommandWithOneLineEach() {
    Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("serve", "import", "export", "generate");
    assertThat(r.out()).containsPattern("serve\\s+Serve the LL2 2.3.0 API over HTTP.");
  }

  @Test
  void everyCommandsVersionIsTheProjectsVersion() {
    for (String[] args : List.of(new String[] {"--version"}, new String[] {"serve", "--version"},
        new String[] {"import", "-V"}, new String[] {"keys", "--version"})) {
      Run r = run(args);
      assertThat(r.exit()).isZero();
      assertThat(r.out().trim()).as(String.join(" ", args)).matches("tminus \\d+\\.\\d+\\.\\d+.*");
    }
  }

  @Test
  void aMistypedOptionIsOneLineNamingTheOptionMeant() {
    Run r = run("serve", "--prot", "8001");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown option --prot (did you mean --port?)").doesNotContain("Usage:");
    assertThat(run("serve", "--datadir", "x").err()).contains("did you mean --data-dir?");
  }

  @Test
  void topLevelHelpGivesEachCommandAWholeSentence() {
    assertThat(run("--help").out()).containsPattern("mirror\\s+Copy every served resource of an upstream LL2 API\\s+"
        + "\\(or another\\s+tminus\\) into the database\\.\\n");
  }

  @Test
  void aPortInUseIsOneLineNamingTheOption() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Run r = run("serve", "--port", Integer.toString(taken.getLocalPort()), "--data-dir", dir.resolve("d").toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port", "TMINUS_PORT")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void generateOutSaysWhatItWrote() {
    Path a = dir.resolve("said.json");
    Run r = run("generate", "--events", "3", "--out", a.toString());
    assertThat(r.err()).contains("generated 3 events to " + a);
  }

  @Test
  void generateIsDeterministicAndImportsAndExportsBack() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    assertThat(run("generate", "--events", "40", "--seed", "3", "--out", a.toString()).exit()).isZero();
    assertThat(run("generate", "--events", "40", "--seed", "3", "--out", b.toString()).exit()).isZero();
    assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    JsonNode page = Json.MAPPER.readTree(a.toFile());
    assertThat(page.get("count").asInt()).isEqualTo(40);
    assertThat(page.get("results")).hasSize(40);

    String data = dir.resolve("data").toString();
    Run imported = run("import", "--data-dir", data, a.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("40 events created, 0 updated");
    Run again = run("import", "--data-dir", data, a.toString());
    assertThat(again.out()).contains("0 events created, 40 updated");

    Path exported = dir.resolve("export.json");
    assertThat(run("export", "--data-dir", data, "--resource", "events", exported.toString()).exit()).isZero();
    assertThat(Json.MAPPER.readTree(exported.toFile())).isEqualTo(page);
  }

  @Test
  void generateSplitsTheSameEventsIntoFilesThatImportOneByOne() throws Exception {
    Path whole = dir.resolve("whole.json");
    Path parts = dir.resolve("part.json");
    assertThat(run("generate", "--events", "10", "--out", whole.toString()).exit()).isZero();
    Run split = run("generate", "--events", "10", "--files", "3", "--out", parts.toString());
    assertThat(split.exit()).as(split.err()).isZero();

    List<JsonNode> joined = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      JsonNode page = Json.MAPPER.readTree(dir.resolve("part-" + k + ".json").toFile());
      assertThat(page.get("count").asInt()).isEqualTo(page.get("results").size());
      sizes.add(page.get("results").size());
      page.get("results").forEach(joined::add);
    }
    assertThat(sizes).containsExactly(4, 3, 3);
    assertThat(joined).containsExactlyElementsOf(Json.MAPPER.readTree(whole.toFile()).get("results"));

    String data = dir.resolve("data").toString();
    Run imported = run("import", "--data-dir", data, dir.resolve("part-1.json").toString(),
        dir.resolve("part-2.json").toString(), dir.resolve("part-3.json").toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("4 events created", "3 events created");
  }

  @Test
  void generateRefusesToSplitStandardOutput() {
    Run run = run("generate", "--events", "10", "--files", "2");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--files needs --out FILE");
  }

  @Test
  void importReadsStandardInputForADash() throws Exception {
    Path page = dir.resolve("page.json");
    assertThat(run("generate", "--events", "5", "--out", page.toString()).exit()).isZero();
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(Files.newInputStream(page));
      Run r = run("import", "--data-dir", dir.resolve("data").toString(), "-");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("<stdin>: 5 events created, 0 updated");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void serveDocumentsItsCacheOptionsAndRejectsNonsenseBeforeStarting() {
    Run help = run("serve", "--help");
    assertThat(help.out()).contains("--no-cache", "--cache-size", "--cache-poll-ms", "--cache-max-age",
        "TMINUS_CACHE_MAX_AGE");
    Run r = run("serve", "--data-dir", dir.resolve("data").toString(), "--cache-size", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--cache-size must be at least 1");
  }

  @Test
  void aBrokenImportFileExitsNonZeroNamingFileAndPosition() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "[{\"id\": 1,\n \"name\": }]");
    Run r = run("import", "--data-dir", dir.resolve("data").toString(), bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(bad.toString(), "line 2", "$[0]", "nothing from this input was written");
  }

  @Test
  void aMissingFieldOnStandardInputIsNamedByItsPathOnce() {
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("{\"foo\":1}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      Run r = run("import", "--data-dir", dir.resolve("data").toString(), "-");
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).contains("<stdin>: line 1, column 9, at $.id: required field is missing");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void anUnreachableDatabaseIsAMessageNotAStackTrace() {
    Run r = run("import", "--db-url", "jdbc:postgresql://127.0.0.1:1/none", "--db-user", "x", "-");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("tminus: cannot open jdbc:postgresql://127.0.0.1:1/none").doesNotContain("\tat ");
  }

  @Test
  void generateDirWritesEveryCollectionTheSameForTheSameSeed() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(run("generate", "--events", "12", "--seed", "3", "--dir", a.toString()).exit()).isZero();
    assertThat(run("generate", "--events", "12", "--seed", "3", "--dir", b.toString()).exit()).isZero();
    for (String c : dev.tminus.resource.Resources.collections()) {
      Path file = a.resolve(dev.tminus.ingest.DataFolder.fileName(c));
      assertThat(Files.readString(file)).as(c).isEqualTo(Files.readString(b.resolve(file.getFileName())));
      assertThat(Json.MAPPER.readTree(file.toFile()).get("results")).as(c).isNotEmpty();
    }
    Run again = run("generate", "--events", "12", "--dir", a.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("is not empty");

    Path split = dir.resolve("split");
    assertThat(run("generate", "--events", "12", "--files", "2", "--dir", split.toString()).exit()).isZero();
    assertThat(split.resolve("events.json")).doesNotExist();
    assertThat(Json.MAPPER.readTree(split.resolve("events-2.json").toFile()).get("count").asInt()).isEqualTo(6);
    Run imported = run("import", "--data-dir", dir.resolve("data").toString(), split.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("events-1.json: 6 events created", "events-2.json: 6 events created",
        "config__orbits.json: 12 orbits created", "celestial_bodies.json: 10 celestial bodies created");
  }

  @Test
  void aFileWithoutUrlsIsReadAsTheResourceItIsNamedAfterWhereverItIs() throws Exception {
    Path orbits = dir.resolve("config__orbits.json");
    Files.writeString(orbits, "[{\"id\": 8, \"name\": \"Low Earth Orbit\", \"abbrev\": \"LEO\", "
        + "\"celestial_body\": {\"response_mode\": \"list\", \"id\": 1, \"name\": \"Earth\"}}]");
    Run r = run("import", "--data-dir", dir.resolve("data").toString(), orbits.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("config__orbits.json: 1 orbit created, 0 updated");
  }

  @Test
  void importOfAFolderNamesTheFilesItCannotPlaceAndRefusesResource() throws Exception {
    Path folder = dir.resolve("folder");
    assertThat(run("generate", "--events", "3", "--dir", folder.toString()).exit()).isZero();
    Files.writeString(folder.resolve("notes.json"), "{}");
    Files.writeString(folder.resolve("README"), "not json, not ours");
    String data = dir.resolve("data").toString();
    Run r = run("import", "--data-dir", data, folder.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("notes.json: not named after a served resource").doesNotContain("README");
    assertThat(r.out()).contains("events.json: 3 events created");
    Run forced = run("import", "--data-dir", data, "--resource", "events", folder.toString());
    assertThat(forced.exit()).isEqualTo(2);
    assertThat(forced.err()).contains("--resource names the resource of files");
  }

  @Test
  void exportWritesAFolderAndRefusesOneThatHoldsOtherFiles() throws Exception {
    String data = dir.resolve("data").toString();
    assertThat(run("generate", "--events", "3", "--dir", dir.resolve("world").toString()).exit()).isZero();
    assertThat(run("import", "--data-dir", data, dir.resolve("world").toString()).exit()).isZero();
    Path out = dir.resolve("out");
    Run first = run("export", "--data-dir", data, out.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("resources to " + out);
    // An earlier export may be overwritten; anything else is refused.
    assertThat(run("export", "--data-dir", data, out.toString()).exit()).isZero();
    Files.writeString(out.resolve("mine.txt"), "keep me");
    Run refused = run("export", "--data-dir", data, out.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("mine.txt", "new or empty folder");
    Run noTarget = run("export", "--data-dir", data);
    assertThat(noTarget.exit()).isEqualTo(2);
    assertThat(noTarget.err()).contains("export writes a folder", "--resource");
  }

  @Test
  void mirrorNamesTheResourcesItCanCopyWhenAskedForAnother() {
    Run r = run("mirror", "--from", "http://127.0.0.1:1/2.3.0", "--resource", "events", "--resource", "rockets",
        "--data-dir", dir.resolve("data").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--resource rockets is not a served resource; one of", "config/orbits", "events");
  }
}
