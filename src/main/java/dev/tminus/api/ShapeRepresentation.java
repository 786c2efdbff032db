package dev.tminus.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;

/**
 * The objects of a page in the {@link Shape} of their mode: one statement, whatever the nesting
 * (nested objects are {@code MULTISET}s), in the order of the ids given.
 */
public final class ShapeRepresentation<K> implements dev.tminus.api.Representation<K> {
  private final Map<Mode, Shape<?>> shapes;

  public ShapeRepresentation(Map<Mode, Shape<?>> shapes) {
    this.shapes = Map.copyOf(shapes);
  }

  @Override
  public List<Object> represent(DSLContext dsl, List<K> ids, Mode mode, Links links) {
    if (ids.isEmpty()) return List.of();
    Shape<?> shape = shapes.get(mode);
    @SuppressWarnings("unchecked")
    Field<K> key = (Field<K>) shape.table().field(shape.key());
    Map<K, Object> byId = new HashMap<>();
    for (Record2<K, ?> r : dsl.select(key, shape.select(shape.table(), new Shape.Reading(links)))
        .from(shape.table()).where(key.in(ids)).fetch()) {
      byId.put(r.value1(), r.value2());
    }
    List<Object> out = new ArrayList<>(ids.size());
    for (K id : ids) {
      Object one = byId.get(id);
      if (one != null) out.add(one); // deleted between the id query and this one
    }
    return out;
  }
}
