package dev.tminus.ingest;

/** An input that cannot be imported; the message names the source, the position and the JSON path. */
public final class ImportException extends Exception {
  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
