package dev.tminus.ingest;

import dev.tminus.api.Resource;
import dev.tminus.resource.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder {@code export} and {@code generate --dir} write and {@code import DIR} reads: one LL2
 * page per collection, named after it with {@code /} written as {@code __} —
 * {@code events.json}, {@code celestial_bodies.json}, {@code config__event_types.json} — and, for a
 * collection split into parts, {@code events-1.json}, {@code events-2.json}, …
 *
 * <p>The name is what tells a file's resource when its objects do not: config objects and celestial
 * bodies have no {@code url}. A file keeps its meaning when copied out of the folder, so
 * {@code import config__orbits.json} works on its own too.
 */
public final class DataFolder {
  private static final Pattern NAME = Pattern.compile("([a-z0-9_]+)(?:-(\\d+))?\\.json");

  private DataFolder() {}

  /** {@code config/event_types} → {@code config__event_types.json}. */
  public static String fileName(String collection) {
    return collection.replace("/", "__") + ".json";
  }

  /** Part {@code k} of a split collection: {@code events} → {@code events-3.json}. */
  public static String partName(String collection, int k) {
    return collection.replace("/", "__") + "-" + k + ".json";
  }

  /** The resource a file is named after ({@code …/config__orbits.json}, {@code events-2.json}), or null. */
  public static Resource<?> resourceOf(Path file) {
    Matcher m = nameOf(file);
    return m == null ? null : Resources.byCollection(m.group(1).replace("__", "/"));
  }

  /**
   * The JSON files of {@code dir}, in the order of the collections they are named after (parts in
   * numeric order), followed by JSON files named after no served collection, which the caller
   * reports; other files are not the folder's and are left out.
   */
  public static List<Path> files(Path dir) throws IOException {
    List<Path> json;
    try (Stream<Path> list = Files.list(dir)) {
      json = list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")).toList();
    }
    List<String> order = Resources.collections();
    List<Path> out = new ArrayList<>(json);
    out.sort(Comparator.<Path>comparingInt(p -> {
      Resource<?> r = resourceOf(p);
      return r == null ? Integer.MAX_VALUE : order.indexOf(r.collection());
    }).thenComparingLong(DataFolder::part).thenComparing(p -> p.getFileName().toString()));
    return out;
  }

  private static long part(Path file) {
    Matcher m = nameOf(file);
    return m == null || m.group(2) == null ? 0 : Long.parseLong(m.group(2).length() > 18 ? "0" : m.group(2));
  }

  private static Matcher nameOf(Path file) {
    Path name = file.getFileName();
    if (name == null) return null;
    Matcher m = NAME.matcher(name.toString());
    return m.matches() ? m : null;
  }
}
