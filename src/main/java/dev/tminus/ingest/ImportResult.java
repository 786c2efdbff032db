package dev.tminus.ingest;

/** What one import wrote: events created and events updated. */
public record ImportResult(String source, int created, int updated) {
  @Override
  public String toString() {
    return source + ": " + created + " event" + (created == 1 ? "" : "s") + " created, " + updated + " updated";
  }
}
