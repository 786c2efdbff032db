package dev.tminus.ingest;

/**
 * What one import wrote: objects created and objects updated, counted in the words of their
 * resource, e.g. {@code events.json: 40 events created, 0 updated} or
 * {@code config__orbits.json: 1 orbit created, 11 updated}.
 */
public record ImportResult(String source, String singular, String plural, int created, int updated) {
  @Override
  public String toString() {
    return source + ": " + created + " " + (created == 1 ? singular : plural) + " created, " + updated + " updated";
  }
}
