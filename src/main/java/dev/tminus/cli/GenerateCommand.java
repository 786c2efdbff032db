package dev.tminus.cli;

import dev.tminus.api.Links;
import dev.tminus.generate.Generator;
import dev.tminus.generate.Timeline;
import dev.tminus.generate.World;
import dev.tminus.ingest.DataFolder;
import dev.tminus.json.PageWriter;
import dev.tminus.resource.event.Events;
import dev.tminus.resource.launch.Launches;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write a deterministic synthetic data set: LL2 pages of detailed events (--out), or a whole "
        + "consistent world (--dir): every served collection in the folder layout of export, which import DIR reads.",
        "Events embed the same programs, types, agencies and images the world's other files list."})
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "N", description = "How many events.")
  int events;

  @Option(names = "--launches", defaultValue = "7000", paramLabel = "N",
      description = "With --dir: how many detailed launches, 1957 to 2030 (default: ${DEFAULT-VALUE}, about as many as "
          + "upstream lists). Events embed the first 2000 (all, when fewer), so they do not change with N >= 2000.")
  int launches;

  @Option(names = "--launch-files", defaultValue = "0", paramLabel = "L",
      description = "With --dir: split the launches, in net order, into L files of one page each (launches-1.json … "
          + "launches-L.json); 0 (the default) splits them only when more than " + LAUNCHES_PER_FILE
          + ", into files of at most that many.")
  int launchFiles;

  static final int LAUNCHES_PER_FILE = 50_000;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write only the events, to FILE; - (the default without --dir) is standard output.")
  String out;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Write every collection into DIR (new or empty): events.json, programs.json, pads.json, "
          + "config__event_types.json, …")
  Path dir;

  @Option(names = "--files", defaultValue = "1", paramLabel = "K",
      description = "Split the events, in id order, into K files of one page each: FILE becomes "
          + "FILE-1.json … FILE-K.json (with --dir: events-1.json … events-K.json), each imported as its own "
          + "transaction (default: ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--base-url", defaultValue = "http://127.0.0.1:8000",
      description = "Scheme, host and port written in url fields (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Override
  public Integer call() throws IOException {
    if (events < 0) throw new ParameterException(spec.commandLine(), "--events must be 0 or more");
    if (files < 1) throw new ParameterException(spec.commandLine(), "--files must be 1 or more");
    if (launches < 0) throw new ParameterException(spec.commandLine(), "--launches must be 0 or more");
    if (launchFiles < 0) throw new ParameterException(spec.commandLine(), "--launch-files must be 0 or more");
    if (dir != null && out != null) throw new ParameterException(spec.commandLine(), "--out and --dir exclude each other");
    Links links = Links.of(baseUrl, null);
    if (dir != null) return world(links);
    String target = out == null ? "-" : out;
    if (files > 1 && target.equals("-")) throw new ParameterException(spec.commandLine(), "--files needs --out FILE or --dir DIR");
    String stem = target.endsWith(".json") ? target.substring(0, target.length() - ".json".length()) : target;
    writeSplit(Generator.events(events, seed, links, Timeline.FIXED, launches), events, files, target,
        k -> stem + "-" + k + ".json");
    if (!target.equals("-")) {
      spec.commandLine().getErr().println("generated " + events + " events to "
          + (files == 1 ? target : stem + "-1.json … " + stem + "-" + files + ".json"));
    }
    return 0;
  }

  private int world(Links links) throws IOException {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) throw new ParameterException(spec.commandLine(), "--dir " + dir + " is a file");
      try (Stream<Path> entries = Files.list(dir)) {
        // A part left from an earlier, longer split would be imported with the new ones.
        if (entries.findAny().isPresent()) {
          throw new ParameterException(spec.commandLine(), "--dir " + dir + " is not empty; generate into a new or empty folder");
        }
      }
    }
    Files.createDirectories(dir);
    for (World.Content c : World.of(events, launches, seed, links, Timeline.FIXED).contents()) {
      if (c.collection().equals(Events.COLLECTION)) {
        writeSplit(c, files);
      } else if (c.collection().equals(Launches.COLLECTION)) {
        writeSplit(c, launchFiles > 0 ? launchFiles : (int) Math.max(1, (c.count() + LAUNCHES_PER_FILE - 1) / LAUNCHES_PER_FILE));
      } else {
        write(dir.resolve(DataFolder.fileName(c.collection())).toString(), c.count(), c.objects().get());
      }
    }
    spec.commandLine().getErr().println("generated " + events + " events, " + launches
        + " launches and every other collection into " + dir);
    return 0;
  }

  /** {@code c} into {@code k} files of one page each in the folder, or one file. */
  private void writeSplit(World.Content c, int k) throws IOException {
    writeSplit(c.objects().get(), c.count(), k, dir.resolve(DataFolder.fileName(c.collection())).toString(),
        part -> dir.resolve(DataFolder.partName(c.collection(), part)).toString());
  }

  /**
   * The {@code count} objects of {@code all} into {@code single} when {@code k} is 1, else into the
   * {@code k} files {@code part(1)} … {@code part(k)}, one page each: counts differ by at most one
   * between files, and file {@code i} holds the next share in order.
   */
  private static void writeSplit(Iterator<?> all, long count, int k, String single,
      java.util.function.IntFunction<String> part) throws IOException {
    if (k == 1) {
      write(single, count, all);
      return;
    }
    for (int i = 1; i <= k; i++) {
      long share = count / k + (i <= count % k ? 1 : 0);
      write(part.apply(i), share, limit(all, (int) share));
    }
  }

  private static void write(String target, long count, Iterator<?> objects) throws IOException {
    try (OutputStream stream = target.equals("-") ? Stdout.stream()
        : new BufferedOutputStream(Files.newOutputStream(Path.of(target)))) {
      PageWriter.write(stream, count, objects);
      stream.flush();
    }
  }

  private static <T> Iterator<T> limit(Iterator<T> source, int n) {
    return new Iterator<>() {
      private int left = n;

      @Override
      public boolean hasNext() {
        return left > 0 && source.hasNext();
      }

      @Override
      public T next() {
        left--;
        return source.next();
      }
    };
  }
}
