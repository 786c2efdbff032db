package dev.tminus.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only reference material beside the repository ({@code ../shared/}), read in place.
 * Tests that need it are skipped, with a message, when it is absent.
 */
public final class Shared {
  private Shared() {}

  public static Path root() {
    String override = System.getenv("TMINUS_SHARED_DIR");
    return override != null ? Path.of(override) : Path.of("..", "shared");
  }

  /** The file at {@code relative} under shared/, or a skipped test when it is not there. */
  public static Path require(String relative) {
    Path file = root().resolve(relative);
    assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is not present (the shared reference folder is absent)");
    return file;
  }

  /** The text above the JSON of the seed page: view name, help text and request line, one per line. */
  public static java.util.List<String> seedPageLines() {
    Path seed = require("seed/events-endpoint-2.3.0.txt");
    try {
      String text = Files.readString(seed);
      return text.substring(0, text.indexOf('{', text.indexOf("\nGET "))).strip().lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON of the seed's event 1304: what follows the "GET …" line of the seed page. */
  public static String seedEventJson() {
    Path seed = require("seed/events-endpoint-2.3.0.txt");
    try {
      String text = Files.readString(seed);
      int get = text.indexOf("\nGET ");
      int start = text.indexOf('{', get);
      return text.substring(start).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
