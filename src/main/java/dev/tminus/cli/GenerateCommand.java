package dev.tminus.cli;

import dev.tminus.api.Links;
import dev.tminus.generate.Generator;
import dev.tminus.json.PageWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic data set: one LL2 page of detailed events.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--events", required = true, paramLabel = "N", description = "How many events.")
  int events;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--out"}, defaultValue = "-", paramLabel = "FILE", description = "Output file; - (default) is standard output.")
  String out;

  @Option(names = "--base-url", defaultValue = "http://127.0.0.1:8000",
      description = "Scheme, host and port written in url fields (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Override
  public Integer call() throws IOException {
    if (events < 0) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--events must be 0 or more");
    try (OutputStream stream = out.equals("-") ? Stdout.stream() : new BufferedOutputStream(Files.newOutputStream(Path.of(out)))) {
      PageWriter.write(stream, events, Generator.events(events, seed, Links.of(baseUrl, null)));
      stream.flush();
    }
    return 0;
  }
}
