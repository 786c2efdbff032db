package dev.tminus.support;

import dev.tminus.json.Format;
import dev.tminus.json.Json;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;

/**
 * Objects of any upstream record filled with values made for ordering tests, one per id of
 * {@link #IDS}: every plain field sorts the objects in its own order, different from the id order
 * and from its reverse, so an ordering by the wrong field (or none) is seen. Values depend only on
 * the record type, the id and the component's position, so an object nested in two places (a
 * landing location's image and its location's image) is the same object.
 *
 * <ul>
 *   <li>{@code id}: the id; {@code url}: null (tminus builds its own); {@code response_mode}: "normal";
 *   <li>strings: a letter of the object's rank then the component's name, e.g. {@code "cname"}
 *       (a {@code uri} is {@code https://example.org/cname}): ASCII letters sort alike everywhere;
 *   <li>numbers: the rank (plus 0.5 for floats); dates and instants: January of 2020, day rank + 1;
 *       booleans: a pattern that is not the id order;
 *   <li>nested objects: the same id; lists: one object of the same id.
 * </ul>
 */
public final class RecordFixture {
  /** The ids, in id order; 10 after 3, so a text ordering of ids is seen. */
  public static final List<Integer> IDS = List.of(1, 2, 3, 10);

  // The rank of the object of each id, per component position: neither the id order nor its reverse.
  private static final int[][] RANKS = {{2, 0, 3, 1}, {1, 3, 0, 2}, {3, 0, 2, 1}, {0, 2, 3, 1}, {2, 3, 1, 0},
      {1, 0, 3, 2}, {3, 1, 0, 2}, {0, 3, 1, 2}};
  private static final boolean[][] FLAGS = {{true, false, true, false}, {false, true, true, false},
      {true, true, false, false}};

  private RecordFixture() {}

  /** One object of {@code type} per id of {@link #IDS}. */
  public static <R extends Record> List<R> all(Class<R> type) {
    return IDS.stream().map(id -> of(type, id)).toList();
  }

  /** The object of {@code type} with {@code id} (one of {@link #IDS}). */
  public static <R extends Record> R of(Class<R> type, int id) {
    int k = IDS.indexOf(id);
    if (k < 0) throw new IllegalArgumentException("ids are " + IDS);
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int j = 0; j < components.length; j++) {
      types[j] = components[j].getType();
      args[j] = value(components[j], j, id, k);
    }
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static Object value(RecordComponent c, int j, int id, int k) {
    String name = Json.wireName(c);
    Class<?> t = c.getType();
    int rank = RANKS[j % RANKS.length][k];
    if (name.equals("id")) return id;
    if (name.equals("url")) return null;
    if (name.equals("response_mode")) return "normal";
    if (t == String.class) {
      String text = "abcd".charAt(rank) + name.replaceAll("[^a-z]", "");
      return c.getAccessor().isAnnotationPresent(Format.class) ? "https://example.org/" + text : text;
    }
    if (t == int.class || t == Integer.class) return rank + 1;
    if (t == long.class || t == Long.class) return (long) rank + 1;
    if (t == double.class || t == Double.class) return rank + 0.5;
    if (t == boolean.class || t == Boolean.class) return FLAGS[j % FLAGS.length][k];
    if (t == Instant.class) return Instant.parse("2020-01-0" + (rank + 1) + "T00:00:00Z");
    if (t == java.time.LocalDate.class) return java.time.LocalDate.parse("2020-01-0" + (rank + 1));
    if (t == List.class) {
      Class<?> item = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
      return List.of(nested(item, id));
    }
    if (t.isRecord()) return nested(t, id);
    throw new IllegalArgumentException(c + ": no fixture value for a " + t.getSimpleName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object nested(Class<?> type, int id) {
    return of((Class) type, id);
  }
}
