package dev.tminus.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * DRF's {@code OrderingFilter}: {@code ordering=-date,last_updated} sorts by the named fields, a
 * leading {@code -} meaning descending; unknown names are dropped, and when none remain the
 * default ordering applies. The id always breaks ties so that pages never overlap or skip.
 */
public final class Ordering {
  private Ordering() {}

  public static List<SortField<?>> resolve(String value, Map<String, Field<?>> fields, List<SortField<?>> defaults,
      Field<?> id) {
    List<SortField<?>> order = new ArrayList<>();
    if (value != null) {
      for (String raw : value.split(",")) {
        String term = raw.strip();
        boolean descending = term.startsWith("-");
        Field<?> field = fields.get(descending ? term.substring(1) : term);
        if (field != null) order.add(descending ? field.desc() : field.asc());
      }
    }
    if (order.isEmpty()) order.addAll(defaults);
    order.add(id.asc());
    return order;
  }
}
