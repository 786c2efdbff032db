package dev.tminus.api;

import java.util.List;
import java.util.function.LongSupplier;
import org.jooq.DSLContext;

/**
 * Where {@link ResourcePipeline} takes the objects of a page and the counts of queries from: the
 * database ({@link #DATABASE}), or a cache that wraps it (the render cache's per-object JSON
 * fragments, {@code cache.RenderCache#source}).
 */
public interface Source {
  /** Every object read and every count counted, each time. */
  Source DATABASE = new Source() {
    @Override
    public <K> List<Object> objects(DSLContext db, Resource<K> resource, List<K> ids, Mode mode, Links links) {
      return resource.represent(db, ids, mode, links);
    }

    @Override
    public long count(String query, LongSupplier count) {
      return count.getAsLong();
    }
  };

  /**
   * The objects of {@code ids} in {@code mode}, in that order (an object deleted meanwhile is left
   * out), read with a number of queries that does not depend on how many ids there are.
   */
  <K> List<Object> objects(DSLContext db, Resource<K> resource, List<K> ids, Mode mode, Links links);

  /**
   * The number of objects a query matches.
   *
   * @param query the query's identity (its SQL with the values inlined)
   */
  long count(String query, LongSupplier count);
}
