package dev.tminus.cli;

import dev.tminus.db.Database;
import dev.tminus.ingest.ImportException;
import dev.tminus.ingest.ImportResult;
import dev.tminus.ingest.Importer;
import dev.tminus.api.Resource;
import dev.tminus.resource.Resources;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import LL2 objects of any served resource (an object, an array of objects or a page) from JSON "
        + "files or stdin.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(names = "--resource", paramLabel = "NAME",
      description = "The resource of the objects, as its path under /2.3.0/ (e.g. config/event_types, programs); "
          + "needed when objects have no url (config objects have none). Default: read from the first object's url.")
  String resource;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files to import; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    Resource<?> of = null;
    if (resource != null) {
      of = Resources.byCollection(resource.replaceAll("^/+|/+$", ""));
      if (of == null) {
        throw new ParameterException(spec.commandLine(), "--resource " + resource + " is not a served resource; one of "
            + String.join(", ", Resources.collections()));
      }
    }
    int failed = 0;
    int created = 0;
    try (Database db = Database.open(database.config())) {
      Importer importer = new Importer(db);
      for (String file : files) {
        try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
          ImportResult result = importer.importStream(file.equals("-") ? "<stdin>" : file, in, of,
              new Importer.Hooks() {});
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
