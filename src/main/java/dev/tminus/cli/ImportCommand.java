package dev.tminus.cli;

import dev.tminus.db.Database;
import dev.tminus.ingest.ImportException;
import dev.tminus.ingest.ImportResult;
import dev.tminus.ingest.Importer;
import dev.tminus.ingest.DataFolder;
import dev.tminus.api.Resource;
import dev.tminus.resource.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    description = {"Import LL2 objects of any served resource (an object, an array of objects or a page) from JSON "
        + "files, folders written by export or generate --dir, or stdin.",
        "A file's resource is read from its first object's url; objects without one (config lists, celestial "
            + "bodies) from the file's name, e.g. config__event_types.json, as export names them; else events."})
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(names = "--resource", paramLabel = "NAME",
      description = "The resource of the objects, as its path under /2.3.0/ (e.g. config/event_types, programs), "
          + "whatever the files say. Not with a folder, whose files are named after their resources.")
  String resource;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = "JSON files to import, or folders of them (every collection's file, see export); - reads standard input.")
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
    List<Input> inputs = new ArrayList<>();
    int failed = 0;
    for (String file : files) {
      Path path = Path.of(file);
      if (file.equals("-") || !Files.isDirectory(path)) {
        inputs.add(new Input(file, of != null ? null : DataFolder.resourceOf(path)));
        continue;
      }
      if (of != null) {
        throw new ParameterException(spec.commandLine(), "--resource names the resource of files; the files of the "
            + "folder " + file + " are named after their own");
      }
      try {
        for (Path p : DataFolder.files(path)) {
          Resource<?> named = DataFolder.resourceOf(p);
          if (named == null) {
            spec.commandLine().getErr().println("tminus import: " + p + ": not named after a served resource (e.g. "
                + "events.json, config__event_types.json), not imported");
            failed++;
          } else {
            inputs.add(new Input(p.toString(), named));
          }
        }
      } catch (IOException e) {
        spec.commandLine().getErr().println("tminus import: " + file + ": cannot read the folder: " + e.getMessage());
        failed++;
      }
    }
    int created = 0;
    try (Database db = Database.open(database.config())) {
      Importer importer = new Importer(db);
      for (Input input : inputs) {
        String file = input.file();
        try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
          ImportResult result = importer.importStream(file.equals("-") ? "<stdin>" : file, in, of, input.named(),
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

  /** One file to import, and the resource its name says its objects are of when they carry no url. */
  private record Input(String file, Resource<?> named) {}
}
