package dev.tminus.cli;

import dev.tminus.db.Database;
import dev.tminus.ingest.ImportException;
import dev.tminus.ingest.ImportResult;
import dev.tminus.ingest.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import LL2 events (an event, an array of events or a page of events) from JSON files or stdin.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files to import; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    int failed = 0;
    int created = 0;
    try (Database db = Database.open(database.config())) {
      Importer importer = new Importer(db);
      for (String file : files) {
        try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
          ImportResult result = importer.importStream(file.equals("-") ? "<stdin>" : file, in);
          spec.commandLine().getOut().println(result);
          created += result.created();
        } catch (ImportException e) {
          spec.commandLine().getErr().println("tminus import: " + e.getMessage() + " (nothing from this input was written)");
          failed++;
        } catch (IOException e) {
          spec.commandLine().getErr().println("tminus import: " + file + ": cannot read: " + e.getMessage());
          failed++;
        }
      }
      if (created > 0) db.analyze(); // new rows change the planner's choices; updated ones hardly
    }
    return failed == 0 ? 0 : 1;
  }
}
