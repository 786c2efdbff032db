package dev.tminus.cli;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.db.Database;
import dev.tminus.json.PageWriter;
import dev.tminus.api.Resource;
import dev.tminus.api.ResourcePipeline;
import dev.tminus.resource.event.Events;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write every event as one LL2 page of detailed events, which import reads back.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-", description = "Output file; - (default) is standard output.")
  String file;

  @Option(names = "--base-url", defaultValue = "http://127.0.0.1:8000",
      description = "Scheme, host and port written in url fields (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Override
  public Integer call() throws IOException {
    try (Database db = Database.open(database.config());
        OutputStream out = file.equals("-") ? Stdout.stream() : new BufferedOutputStream(Files.newOutputStream(Path.of(file)))) {
      ResourcePipeline pipeline = new ResourcePipeline(db.dsl());
      Resource<Integer> events = Events.resource();
      long count = pipeline.count(events);
      PageWriter.write(out, count, pipeline.all(events, Mode.DETAILED, Links.of(baseUrl, null), 100));
      out.flush();
      if (!file.equals("-")) spec.commandLine().getErr().println("exported " + count + " events to " + file);
    }
    return 0;
  }
}
