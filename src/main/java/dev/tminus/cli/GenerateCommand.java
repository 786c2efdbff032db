package dev.tminus.cli;

import dev.tminus.api.Links;
import dev.tminus.generate.Generator;
import dev.tminus.json.PageWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.tminus.resource.event.EventEndpointDetailed;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic data set: LL2 pages of detailed events.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "N", description = "How many events.")
  int events;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--out"}, defaultValue = "-", paramLabel = "FILE", description = "Output file; - (default) is standard output.")
  String out;

  @Option(names = "--files", defaultValue = "1", paramLabel = "K",
      description = "Split the events, in id order, into K files of one page each: FILE becomes "
          + "FILE-1.json … FILE-K.json, each imported as its own transaction (default: ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--base-url", defaultValue = "http://127.0.0.1:8000",
      description = "Scheme, host and port written in url fields (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Override
  public Integer call() throws IOException {
    if (events < 0) throw new ParameterException(spec.commandLine(), "--events must be 0 or more");
    if (files < 1) throw new ParameterException(spec.commandLine(), "--files must be 1 or more");
    if (files > 1 && out.equals("-")) throw new ParameterException(spec.commandLine(), "--files needs --out FILE");
    Iterator<EventEndpointDetailed> all = Generator.events(events, seed, Links.of(baseUrl, null));
    if (files == 1) {
      write(out, events, all);
      return 0;
    }
    String stem = out.endsWith(".json") ? out.substring(0, out.length() - ".json".length()) : out;
    for (int k = 1; k <= files; k++) {
      // Event counts differ by at most one between files; file k holds the next share of ids.
      int share = events / files + (k <= events % files ? 1 : 0);
      write(stem + "-" + k + ".json", share, limit(all, share));
    }
    return 0;
  }

  private static void write(String target, int count, Iterator<EventEndpointDetailed> events) throws IOException {
    try (OutputStream stream = target.equals("-") ? Stdout.stream()
        : new BufferedOutputStream(Files.newOutputStream(Path.of(target)))) {
      PageWriter.write(stream, count, events);
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
