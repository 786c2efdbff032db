package dev.tminus.mirror;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tminus.ingest.ImportException;
import dev.tminus.ingest.ImportResult;
import dev.tminus.ingest.Importer;
import dev.tminus.json.Json;
import dev.tminus.api.Resource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * One upstream page of a resource's list, {@code {"count", "next", "previous", "results"}}, written
 * in one transaction together with the high-water mark it earns (for a resource copied
 * incrementally): both commit, or neither does.
 */
record MirrorPage(long count, String next, List<Object> ids, Instant maxLastUpdated, int created, int updated) {

  /**
   * Writes {@code body}, fetched from {@code uri}, as objects of {@code resource}; with
   * {@code marked}, moves the resource's mark to the page's largest {@code last_updated}. A malformed
   * body writes nothing and names url, line and path.
   */
  static MirrorPage write(Importer importer, Resource<?> resource, boolean marked, String upstream, URI uri, byte[] body)
      throws MirrorException.BadPage {
    try {
      readHeader(uri, body, new Object[2]); // the shape first: a page, not an error object taken for an object
    } catch (NotAPage e) {
      if (!e.malformed) {
        throw new MirrorException.BadPage("the upstream sent something that is not an LL2 page, nothing of it was written: "
            + uri + ": " + e.getMessage(), e);
      }
      // malformed JSON: the importer reports it with line, column and JSON path
    }
    List<Object> ids = new ArrayList<>();
    Instant[] max = new Instant[1];
    Object[] header = new Object[2];
    ImportResult result;
    try {
      result = importer.importStream(uri.toString(), new ByteArrayInputStream(body), resource, new Importer.Hooks() {
        @Override
        public void written(Object object) {
          ids.add(component(object, "id"));
          if (component(object, "lastUpdated") instanceof Instant t && (max[0] == null || t.isAfter(max[0]))) max[0] = t;
        }

        @Override
        public void beforeCommit(DSLContext tx) {
          readHeader(uri, body, header);
          if (marked && max[0] != null) MirrorState.advance(tx, upstream, resource.collection(), max[0]);
        }
      });
    } catch (ImportException e) {
      throw new MirrorException.BadPage("the upstream sent a malformed page, nothing of it was written: "
          + e.getMessage(), e);
    } catch (NotAPage e) {
      throw new MirrorException.BadPage("the upstream sent something that is not an LL2 page, nothing of it was written: "
          + uri + ": " + e.getMessage(), e);
    }
    return new MirrorPage((Long) header[0], (String) header[1], ids, max[0], result.created(), result.updated());
  }

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  /** The record component {@code name} of an imported object ({@code id}, {@code lastUpdated}), or null when it has none. */
  private static Object component(Object object, String name) {
    Method accessor = ACCESSORS.computeIfAbsent(object.getClass(), type -> {
      Map<String, Method> out = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) out.put(c.getName(), c.getAccessor());
      return out;
    }).get(name);
    if (accessor == null) return null;
    try {
      return accessor.invoke(object);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + name + " of " + object.getClass().getSimpleName(), e);
    }
  }

  // count and next, from a body the importer has already read as valid JSON.
  private static void readHeader(URI uri, byte[] body, Object[] header) {
    try (JsonParser p = Json.MAPPER.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new NotAPage("expected a page object");
      boolean results = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        switch (key) {
          case "count" -> header[0] = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
          case "next" -> header[1] = value == JsonToken.VALUE_STRING ? p.getText() : null;
          case "results" -> results = true;
          default -> { }
        }
        p.skipChildren();
      }
      if (!results || header[0] == null) throw new NotAPage("a page needs an integer \"count\" and \"results\"");
      if (header[1] != null) URI.create((String) header[1]);
    } catch (IllegalArgumentException e) {
      throw new NotAPage("\"next\" is not a url: " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw new NotAPage(e.getOriginalMessage(), true);
    } catch (IOException e) {
      throw new NotAPage(e.getMessage(), true);
    }
  }

  /** Thrown inside the page's transaction so that it rolls back. */
  private static final class NotAPage extends RuntimeException {
    final boolean malformed;

    NotAPage(String message) {
      this(message, false);
    }

    NotAPage(String message, boolean malformed) {
      super(message, null, false, false);
      this.malformed = malformed;
    }
  }
}
