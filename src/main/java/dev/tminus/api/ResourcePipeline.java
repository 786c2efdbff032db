package dev.tminus.api;

import dev.tminus.api.filter.Filter;
import dev.tminus.db.RowCounts;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Runs any {@link Resource} the way DRF runs a viewset: filter → search → order → count → page →
 * represent. Detail views go through the same filters, search and subset as lists (DRF's
 * {@code get_object} filters the queryset first), so {@code /events/upcoming/1/} is a 404 when event
 * 1 is not upcoming.
 */
public final class ResourcePipeline {
  private final DSLContext dsl;
  private final Source source;

  /** A pipeline that reads everything from the database. */
  public ResourcePipeline(DSLContext dsl) {
    this(dsl, Source.DATABASE);
  }

  /** A pipeline that takes objects and counts from {@code source}, e.g. a cache wrapping the database. */
  public ResourcePipeline(DSLContext dsl, Source source) {
    this.dsl = dsl;
    this.source = source;
  }

  /** One page of {@code subset} of {@code resource}, e.g. {@code GET /2.3.0/events/upcoming/?limit=5}. */
  public <K> Page list(Resource<K> resource, Subset subset, ApiRequest request) {
    QueryString query = request.query();
    Mode mode = resource.mode(query.last("mode"), resource.listMode());
    Pagination pagination = Pagination.from(query);
    return dsl.transactionResult(tx -> {
      DSLContext db = tx.dsl();
      Condition where = where(db, resource, subset, request);
      List<SortField<?>> order = Ordering.resolve(query.last("ordering"), resource.orderable(),
          subset.defaultOrdering(), resource.id);
      // A subset's condition holds the request's instant, so upcoming/previous counts are not reused.
      long count = source.count(resource.collection + " " + where, () -> where.equals(DSL.noCondition())
          ? RowCounts.of(db, resource.table) : db.fetchCount(resource.table, where));
      List<K> ids = pagination.offset() >= count ? List.of()
          : db.select(resource.id).from(resource.table).where(where).orderBy(order)
              .limit(pagination.limit()).offset(pagination.offset()).fetch(resource.id);
      List<Object> results = source.objects(db, resource, ids, mode, request.links());
      return new Page(count, pagination.next(request.pathUrl(), query, count),
          pagination.previous(request.pathUrl(), query), results);
    });
  }

  /** One object, e.g. {@code GET /2.3.0/events/1304/}; 404 when the id is malformed, unknown or filtered out. */
  public <K> Object detail(Resource<K> resource, Subset subset, String rawId, ApiRequest request) {
    Mode mode = resource.mode(request.query().last("mode"), resource.detailMode());
    return dsl.transactionResult(tx -> {
      DSLContext db = tx.dsl();
      Condition where = where(db, resource, subset, request);
      K id = resource.idParser.apply(rawId);
      if (id == null || !db.fetchExists(resource.table, where.and(resource.id.eq(id)))) {
        throw ApiException.NotFound.noMatch(resource.modelName);
      }
      List<Object> one = source.objects(db, resource, List.of(id), mode, request.links());
      if (one.isEmpty()) throw ApiException.NotFound.noMatch(resource.modelName);
      return one.get(0);
    });
  }

  /**
   * Every object of {@code resource} in id order and in {@code mode}, read {@code batch} at a time
   * (keyset pagination, so a million objects cost the same per batch as a thousand).
   */
  public <K extends Comparable<K>> Iterator<Object> all(Resource<K> resource, Mode mode, Links links, int batch) {
    return new Iterator<>() {
      private final ArrayDeque<Object> buffered = new ArrayDeque<>();
      private K after;
      private boolean exhausted;

      @Override
      public boolean hasNext() {
        if (buffered.isEmpty() && !exhausted) {
          List<K> ids = dsl.select(resource.id).from(resource.table)
              .where(after == null ? DSL.noCondition() : resource.id.gt(after))
              .orderBy(resource.id).limit(batch).fetch(resource.id);
          exhausted = ids.size() < batch;
          if (!ids.isEmpty()) after = ids.get(ids.size() - 1);
          buffered.addAll(resource.represent(dsl, ids, mode, links));
        }
        return !buffered.isEmpty();
      }

      @Override
      public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        return buffered.poll();
      }
    };
  }

  /** How many objects {@code resource} has. */
  public long count(Resource<?> resource) {
    return RowCounts.of(dsl, resource.table);
  }

  private <K> Condition where(DSLContext db, Resource<K> resource, Subset subset, ApiRequest request) {
    QueryString query = request.query();
    Condition where = subset.scope().condition(query, request.now());
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Filter filter : resource.filters) {
      try {
        where = where.and(filter.condition(query.all(filter.param()), db));
      } catch (Filter.InvalidValue e) {
        errors.put(filter.param(), List.of(e.getMessage()));
      }
    }
    if (!errors.isEmpty()) throw new ApiException.InvalidParameters(errors);
    return where.and(Search.condition(query.last("search"), resource.searchFields.stream()
        .filter(f -> !subset.searchLeftOut().contains(f.name())).toList()));
  }
}
