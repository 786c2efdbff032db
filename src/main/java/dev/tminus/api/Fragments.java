package dev.tminus.api;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import java.util.function.LongSupplier;

/**
 * Serialized JSON of single objects, one per (resource, id, mode, links), valid for the data
 * version they were taken from. With fragments the pipeline answers {@code RawValue}s, which Jackson
 * writes verbatim, so a page is its envelope written around cached bytes.
 */
public interface Fragments {
  /** No fragments: the pipeline answers records, to be serialized by the caller. */
  Fragments NONE = new Fragments() {
    @Override
    public String get(String collection, Object id, Mode mode, Links links) {
      return null;
    }

    @Override
    public void put(String collection, Object id, Mode mode, Links links, String json) {}

    @Override
    public long count(String query, LongSupplier count) {
      return count.getAsLong();
    }
  };

  /** The JSON of one object, or null when it is not cached. */
  String get(String collection, Object id, Mode mode, Links links);

  void put(String collection, Object id, Mode mode, Links links, String json);

  /**
   * The number of objects a query matches: counted once per data version, since it changes only
   * when the data does. Paging through a large list then pays the {@code count(*)} once, not per page.
   *
   * @param query the query's identity (its SQL with the values inlined)
   */
  long count(String query, LongSupplier count);
}
