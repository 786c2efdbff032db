package dev.tminus.resource.launcherconfig;

import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;

import dev.tminus.api.Resource;
import dev.tminus.api.filter.Filter;
import dev.tminus.api.filter.Filters;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The launch and landing counters that configurations, families and agencies share, each a number
 * filter with every comparison ({@code total_launch_count}, {@code total_launch_count__gt}, …) and an
 * ordering field, as their help texts list them.
 */
public final class Counters {
  /** The counters of launcher configurations and their families, in the help text's order. */
  public static final List<String> LAUNCHER = List.of("attempted_landings", "consecutive_successful_landings",
      "consecutive_successful_launches", "failed_landings", "failed_launches", "pending_launches",
      "successful_landings", "successful_launches", "total_launch_count");

  private Counters() {}

  /** The number filters of {@code counters}, read from the columns of the same names in {@code table}. */
  public static List<Filter> filters(Table<?> table, List<String> counters) {
    List<Filter> out = new ArrayList<>();
    for (String counter : counters) out.addAll(Filters.number(counter, column(table, counter), EXACT, GT, GTE, LT, LTE));
    return out;
  }

  /** Orders {@code resource} by each of {@code names}, the columns of the same names in {@code table}. */
  public static <K> Resource<K> orderings(Resource<K> resource, Table<?> table, String... names) {
    for (String name : names) {
      Field<?> f = table.field(name);
      if (f == null) throw new IllegalStateException(table.getName() + " has no column " + name);
      resource.ordering(name, f);
    }
    return resource;
  }

  /** The column of {@code counter} in {@code table}. */
  @SuppressWarnings("unchecked")
  public static Field<Integer> column(Table<?> table, String counter) {
    Field<?> f = table.field(counter);
    if (f == null || f.getType() != Integer.class) {
      throw new IllegalStateException(table.getName() + " has no integer column " + counter);
    }
    return (Field<Integer>) f;
  }
}
