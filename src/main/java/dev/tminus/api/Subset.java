package dev.tminus.api;

import dev.tminus.api.QueryString;
import dev.tminus.api.filter.Filter;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.SortField;

/**
 * A named slice of a resource with its own list and detail endpoints, such as
 * {@code /events/upcoming/}: a condition measured from "now", its own default ordering, and the
 * extra parameters it documents (its scope reads them; as filters they filter nothing). The
 * resource itself is the subset with an empty name.
 */
public record Subset(String name, Scope scope, List<SortField<?>> defaultOrdering, List<Filter> extraParams,
    String filterExample, List<String> searchLeftOut) {

  /** A subset with the resource's own filter example and search fields. */
  public Subset(String name, Scope scope, List<SortField<?>> defaultOrdering, List<Filter> extraParams) {
    this(name, scope, defaultOrdering, extraParams, null, List.of());
  }

  /**
   * This subset with its own help-text filter example (e.g. {@code hide_recent_previous=True}) and
   * without the search fields {@code searchLeftOut}, as an upstream view of its own declares them.
   */
  public Subset differing(String filterExample, String... searchLeftOut) {
    return new Subset(name, scope, defaultOrdering, extraParams, filterExample, List.of(searchLeftOut));
  }

  /** The condition of a subset for a request's parameters at a given instant. */
  @FunctionalInterface
  public interface Scope {
    Condition condition(QueryString query, Instant now);
  }

  public boolean isRoot() {
    return name.isEmpty();
  }
}
