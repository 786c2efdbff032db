package dev.tminus.support;

import dev.tminus.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made agencies, configurations and launchers as the JSON objects upstream's detailed modes
 * give, built key by key: only what a rule looks at is set, the rest is left out (an import reads
 * an absent key as null, an empty list or false). Counters come from {@link #counter}, distinct
 * for each object and ordered differently for each counter, so that every counter's filters and
 * orderings answer differently.
 */
public final class CatalogFixture {
  private CatalogFixture() {}

  /** An object of {@code keysAndValues}: {@code obj("id", 44, "name", "NASA")}. */
  public static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    return out;
  }

  public static Map<String, Object> country(int id, String alpha3) {
    return obj("id", id, "name", "Country " + alpha3, "alpha_2_code", alpha3.substring(0, 2), "alpha_3_code", alpha3,
        "nationality_name", alpha3, "nationality_name_composed", alpha3);
  }

  public static final Map<String, Object> USA = country(2, "USA");
  public static final Map<String, Object> RUSSIA = country(5, "RUS");
  public static final Map<String, Object> JAPAN = country(6, "JPN");

  /** A detailed agency of the given type, countries and name. */
  public static Map<String, Object> agency(int id, String name, String abbrev, int typeId, List<Map<String, Object>> countries) {
    return obj("response_mode", "detailed", "id", id, "name", name, "abbrev", abbrev,
        "type", obj("id", typeId, "name", typeId == 1 ? "Government" : "Commercial"), "country", countries);
  }

  /**
   * The value of counter number {@code counter} of the object at {@code index} of a fixture: for a
   * fixed counter the values of up to 22 objects are distinct, and each counter orders them its way.
   */
  public static int counter(int index, int counter) {
    return (index + 1) * (counter + 3) * 7 % 23;
  }

  /** Sets {@code counters} on each of {@code objects} by {@link #counter}, in their order. */
  public static void count(List<Map<String, Object>> objects, List<String> counters) {
    for (int i = 0; i < objects.size(); i++) {
      for (int k = 0; k < counters.size(); k++) objects.get(i).put(counters.get(k), counter(i, k));
    }
  }

  /** The ids of {@code objects}, in their order. */
  public static List<Integer> ids(List<Map<String, Object>> objects) {
    List<Integer> out = new ArrayList<>();
    for (Map<String, Object> o : objects) out.add((Integer) o.get("id"));
    return out;
  }

  public static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
