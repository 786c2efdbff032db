package dev.tminus.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The queries of counter filters and orderings over objects counted by {@link CatalogFixture#count}:
 * for each counter, its exact value and the four comparisons against its middle value, and both
 * directions of its ordering, each with the ids the rule says they answer.
 */
public final class CounterQueries {
  private CounterQueries() {}

  /** {@code counter=v}, {@code counter__gt=v}, … with the ids of the objects whose counter compares so. */
  public static List<Query> filters(List<Map<String, Object>> objects, List<String> counters) {
    List<Query> out = new ArrayList<>();
    for (String c : counters) {
      // the middle value: some objects above it, some below, whatever the order of the objects
      int v = objects.stream().map(o -> (Integer) o.get(c)).sorted().toList().get(objects.size() / 2);
      out.add(query(objects, c + "=" + v, c, n -> n == v));
      out.add(query(objects, c + "__gt=" + v, c, n -> n > v));
      out.add(query(objects, c + "__gte=" + v, c, n -> n >= v));
      out.add(query(objects, c + "__lt=" + v, c, n -> n < v));
      out.add(query(objects, c + "__lte=" + v, c, n -> n <= v));
    }
    return out;
  }

  /** {@code ordering=counter} and {@code ordering=-counter}, with the ids in that order. */
  public static List<Query> orderings(List<Map<String, Object>> objects, List<String> counters) {
    List<Query> out = new ArrayList<>();
    for (String c : counters) {
      Comparator<Map<String, Object>> by = Comparator.comparing(o -> (Integer) o.get(c));
      List<Map<String, Object>> up = objects.stream().sorted(by).toList();
      List<Map<String, Object>> down = objects.stream().sorted(by.reversed()).toList();
      out.add(new Query("ordering=" + c, CatalogFixture.ids(up)));
      out.add(new Query("ordering=-" + c, CatalogFixture.ids(down)));
    }
    return out;
  }

  private static Query query(List<Map<String, Object>> objects, String query, String counter, IntPredicate keep) {
    List<Map<String, Object>> kept = objects.stream().filter(o -> keep.test((Integer) o.get(counter)))
        .sorted(Comparator.comparing(o -> (Integer) o.get("id"))).toList();
    return new Query(query, CatalogFixture.ids(kept));
  }
}
