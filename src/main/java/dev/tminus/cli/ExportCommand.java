package dev.tminus.cli;

import dev.tminus.api.Links;
import dev.tminus.api.Resource;
import dev.tminus.api.ResourcePipeline;
import dev.tminus.db.Database;
import dev.tminus.ingest.DataFolder;
import dev.tminus.json.PageWriter;
import dev.tminus.resource.Resources;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write every served resource into a folder, one LL2 page per collection in its richest mode "
        + "(events.json, programs.json, config__event_types.json, …), which import DIR reads back into an equal "
        + "server.", "With --resource, write that one resource as one page to FILE or standard output."})
final class ExportCommand implements Callable<Integer> {
  /** Objects read per query: keyset batches, so memory and time per batch stay flat however many there are. */
  private static final int BATCH = 100;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Parameters(arity = "0..1", paramLabel = "DIR|FILE",
      description = "The folder to write (created if missing; it may hold only an earlier export). "
          + "With --resource: the file, - (default) for standard output.")
  String target;

  @Option(names = "--resource", paramLabel = "NAME",
      description = "Export only this resource, as its path under /2.3.0/ (e.g. events, config/event_types), to one file.")
  String resource;

  @Option(names = "--base-url", defaultValue = "http://127.0.0.1:8000",
      description = "Scheme, host and port written in url fields (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Override
  public Integer call() throws IOException {
    if (resource != null) return exportOne();
    if (target == null || target.equals("-")) {
      throw new ParameterException(spec.commandLine(), "export writes a folder of every resource: name it, e.g. "
          + "'export backup' (or export one resource to a file or -: --resource events)");
    }
    Path dir = Path.of(target);
    checkFolder(dir);
    Files.createDirectories(dir);
    long objects = 0;
    try (Database db = Database.open(database.config())) {
      ResourcePipeline pipeline = new ResourcePipeline(db.dsl());
      for (Resource<?> r : Resources.ALL) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(DataFolder.fileName(r.collection()))))) {
          objects += write(pipeline, r, out);
        }
      }
    }
    spec.commandLine().getErr().println("exported " + objects + " objects of " + Resources.ALL.size() + " resources to " + dir);
    return 0;
  }

  private int exportOne() throws IOException {
    Resource<?> r = Resources.byCollection(resource.replaceAll("^/+|/+$", ""));
    if (r == null) {
      throw new ParameterException(spec.commandLine(), "--resource " + resource + " is not a served resource; one of "
          + String.join(", ", Resources.collections()));
    }
    String file = target == null ? "-" : target;
    try (Database db = Database.open(database.config());
        OutputStream out = file.equals("-") ? Stdout.stream() : new BufferedOutputStream(Files.newOutputStream(Path.of(file)))) {
      long count = write(new ResourcePipeline(db.dsl()), r, out);
      out.flush();
      if (!file.equals("-")) spec.commandLine().getErr().println("exported " + count + " " + r.collection() + " to " + file);
    }
    return 0;
  }

  // An export is read back by import: a folder holding other files would mix them in.
  private void checkFolder(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), target + " is a file; export writes a folder "
          + "(or one resource to a file with --resource NAME)");
    }
    Set<String> ours = new HashSet<>();
    for (String c : Resources.collections()) ours.add(DataFolder.fileName(c));
    try (Stream<Path> entries = Files.list(dir)) {
      List<String> foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !ours.contains(n)).sorted().toList();
      if (!foreign.isEmpty()) {
        throw new ParameterException(spec.commandLine(), target + " holds files that are not an export's (" 
            + String.join(", ", foreign.subList(0, Math.min(5, foreign.size()))) + (foreign.size() > 5 ? ", …" : "")
            + "); export into a new or empty folder");
      }
    }
  }

  /** Every object of {@code r} in its richest mode, as one page; returns how many. */
  private long write(ResourcePipeline pipeline, Resource<?> r, OutputStream out) throws IOException {
    long count = pipeline.count(r);
    PageWriter.write(out, count, all(pipeline, r, Links.of(baseUrl, null)));
    return count;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Iterator<Object> all(ResourcePipeline pipeline, Resource<?> r, Links links) {
    // Served ids are integers or UUIDs, both Comparable: the keyset walks them in order.
    return pipeline.all((Resource) r, r.detailMode(), links, BATCH);
  }
}
