package dev.tminus.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.api.Resource;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a contract test exercises its resource's whole help text: one query or more for every
 * declared filter parameter (and none for a parameter the resource does not declare), and both
 * directions of every declared ordering field. A family that gains a filter or an ordering without a
 * query for it fails here.
 */
public final class HelpTextCoverage {
  private HelpTextCoverage() {}

  /**
   * {@code filters}' parameters are exactly {@code resource}'s filter parameters; {@code orderings}
   * (queries with an {@code ordering=} value; others are skipped) name every declared ordering field.
   */
  public static void assertQueried(Resource<?> resource, Collection<Query> filters, Collection<Query> orderings) {
    Set<String> filtered = new TreeSet<>();
    filters.forEach(q -> filtered.addAll(q.params()));
    assertThat(filtered).as(resource.collection() + " filters")
        .containsExactlyInAnyOrderElementsOf(resource.filters().stream().map(f -> f.param()).toList());
    Set<String> ordered = new TreeSet<>();
    orderings.stream().map(q -> q.value("ordering")).filter(v -> v != null)
        .forEach(v -> ordered.add(v.replace("-", "")));
    assertThat(ordered).as(resource.collection() + " orderings").containsAll(resource.orderingNames());
  }
}
