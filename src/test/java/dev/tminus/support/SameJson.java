package dev.tminus.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What differs between two JSON documents, key order included, as a list of readable lines such as
 * {@code /launcher_list/0/name: ours "Ares", theirs "Ares I-X"}; empty when they are the same.
 * Numbers compare by value ({@code 816} and {@code 816.0} differ only in how they are written).
 */
public final class SameJson {
  private SameJson() {}

  public static List<String> differences(JsonNode ours, JsonNode theirs) {
    List<String> out = new ArrayList<>();
    compare("", ours, theirs, out);
    return out;
  }

  private static void compare(String path, JsonNode ours, JsonNode theirs, List<String> out) {
    if (ours.isObject() && theirs.isObject()) {
      List<String> ourKeys = keys(ours);
      List<String> theirKeys = keys(theirs);
      if (!ourKeys.equals(theirKeys)) {
        out.add(path + ": keys ours " + ourKeys + ", theirs " + theirKeys);
        return;
      }
      for (String k : ourKeys) compare(path + "/" + k, ours.get(k), theirs.get(k), out);
    } else if (ours.isArray() && theirs.isArray()) {
      if (ours.size() != theirs.size()) {
        out.add(path + ": " + ours.size() + " items ours, " + theirs.size() + " theirs");
        return;
      }
      for (int i = 0; i < ours.size(); i++) compare(path + "/" + i, ours.get(i), theirs.get(i), out);
    } else if (ours.isNumber() && theirs.isNumber()) {
      if (ours.decimalValue().compareTo(theirs.decimalValue()) != 0) out.add(path + ": ours " + ours + ", theirs " + theirs);
    } else if (!ours.equals(theirs)) {
      out.add(path + ": ours " + ours + ", theirs " + theirs);
    }
  }

  /** The keys of an object, in order. */
  public static List<String> keys(JsonNode object) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) out.add(it.next());
    return out;
  }
}
