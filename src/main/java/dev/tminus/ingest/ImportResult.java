package dev.tminus.ingest;

/** What one import wrote: events created and events updated. */
public record ImportResult(String source, int created, int updated) {
  public ImportResult plus(ImportResult other) {
    return new ImportResult(source, created + other.created, updated + other.updated);
  }

  @Override
  public String toString() {
    return source + ": " + created + " event" + (created == 1 ? "" : "s") + " created, " + updated + " updated";
  }
}
