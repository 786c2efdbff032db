package dev.tminus.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;

/** Small helpers for assembling records from the rows of batched queries. */
public final class Rows {
  private Rows() {}

  /** The distinct non-null values of {@code field}, in row order. */
  public static <T> Set<T> distinct(Collection<? extends Record> rows, Field<T> field) {
    Set<T> out = new LinkedHashSet<>();
    for (Record r : rows) {
      T v = r.get(field);
      if (v != null) out.add(v);
    }
    return out;
  }

  /** Rows grouped by {@code key}, each group mapped by {@code mapper}, row order kept. */
  public static <K, T> Map<K, List<T>> group(Result<? extends Record> rows, Field<K> key, Function<Record, T> mapper) {
    Map<K, List<T>> out = new HashMap<>();
    for (Record r : rows) out.computeIfAbsent(r.get(key), k -> new ArrayList<>()).add(mapper.apply(r));
    return out;
  }

  /** {@code map.get(key)}, tolerating a null key. */
  public static <K, T> T lookup(Map<K, T> map, K key) {
    return key == null ? null : map.get(key);
  }

  /** The list for {@code key}, or an empty list. */
  public static <K, T> List<T> listOf(Map<K, List<T>> map, K key) {
    return Objects.requireNonNullElse(map.get(key), List.of());
  }
}
