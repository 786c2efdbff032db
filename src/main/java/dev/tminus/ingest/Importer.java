package dev.tminus.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.tminus.db.Database;
import dev.tminus.json.Json;
import dev.tminus.api.ResourceWriter;
import dev.tminus.api.Resource;
import dev.tminus.resource.Resources;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Imports the objects of any served resource in any shape upstream serves them: one object, a JSON
 * array of objects, or a page {@code {"count", "next", "previous", "results": [...]}}, in any mode.
 * The resource is named by the caller ({@code import --resource config/event_types}) or read from
 * the first object's {@code url} ({@code …/2.3.0/events/1304/} → events), or, when it has none, from
 * the name of its file ({@code config__event_types.json}, see {@link DataFolder}); every object of an
 * input is of one resource. The input is streamed, so a page of a million events needs no more memory
 * than one event.
 *
 * <p>One input is one transaction: when anything in it is malformed, nothing of it is written and
 * the error names the source, line, column and JSON path of the problem.
 */
public final class Importer {
  private static final Set<String> PAGE_KEYS = Set.of("count", "next", "previous", "results");
  private static final int PEEK_LIMIT = 1 << 20;

  private final Database database;

  public Importer(Database database) {
    this.database = database;
  }

  /** Reads and writes every object of {@code in}, all or nothing; the resource is read from the objects' urls. */
  public ImportResult importStream(String source, InputStream in) throws ImportException {
    return importStream(source, in, null, new Hooks() {});
  }

  /**
   * What a caller adds to an import's transaction (the mirror records its high-water mark there):
   * an unchecked exception thrown by a hook rolls the whole input back and is rethrown as it is.
   */
  public interface Hooks {
    /** Called after each object is queued for writing (an instance of the resource's import record). */
    default void written(Object object) {}

    /** Called after the last event is written, inside the same transaction, before it commits. */
    default void beforeCommit(DSLContext tx) {}
  }

  /**
   * {@link #importStream(String, InputStream)} as objects of {@code resource} (null: read from the
   * first object's {@code url}), with {@code hooks} run inside its transaction.
   */
  public ImportResult importStream(String source, InputStream in, Resource<?> resource, Hooks hooks)
      throws ImportException {
    return importStream(source, in, resource, null, hooks);
  }

  /**
   * As above, reading objects whose first one has no {@code url} as {@code withoutUrl} (null:
   * events), e.g. the resource a file of an exported folder is named after ({@link DataFolder}).
   */
  public ImportResult importStream(String source, InputStream in, Resource<?> resource, Resource<?> withoutUrl,
      Hooks hooks) throws ImportException {
    BufferedInputStream input = new BufferedInputStream(in, 1 << 16);
    try {
      Peek peek = peek(input);
      Resource<?> of = resource != null ? resource : resourceOf(source, peek.firstUrl(), withoutUrl);
      return database.dsl().transactionResult(tx -> {
        ResourceWriter writer = of.writer(tx.dsl());
        // JSON parsing costs as much as writing: the parser reads ahead on its own thread.
        try (ParseAhead objects = ParseAhead.start(source, sink -> parse(source, input, peek.page(), of, sink))) {
          objects.drain(object -> {
            writer.add(object);
            hooks.written(object);
          });
        }
        writer.flush();
        hooks.beforeCommit(tx.dsl());
        return new ImportResult(source, words(of), plural(of), writer.created(), writer.updated());
      });
    } catch (org.jooq.exception.DataAccessException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ImportException ie) throw ie;
      throw new ImportException(source + ": the database refused the data: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof ImportException ie) throw ie;
      throw e;
    } catch (IOException e) {
      throw new ImportException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static void parse(String source, InputStream input, boolean page, Resource<?> resource, ParseAhead.Sink sink)
      throws ImportException {
    try (JsonParser parser = Json.MAPPER.createParser(input)) {
      new Reading(source, resource).read(parser, page, sink);
    } catch (IOException e) {
      throw new ImportException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** What the start of an input says: whether it is a page, and the first object's own {@code url}. */
  record Peek(boolean page, String firstUrl) {}

  // Decides "page or not" from the first key (upstream pages start with "count") and finds the first
  // object's url within the first MiB, then rewinds.
  private static Peek peek(BufferedInputStream input) throws IOException {
    input.mark(PEEK_LIMIT);
    boolean page = false;
    try {
      JsonParser peek = Json.MAPPER.getFactory().createParser(new NonClosing(input));
      JsonToken first = peek.nextToken();
      if (first == JsonToken.START_OBJECT) {
        JsonToken t = peek.nextToken();
        page = t == JsonToken.FIELD_NAME && PAGE_KEYS.contains(peek.currentName());
        if (page) {
          while (t == JsonToken.FIELD_NAME && !peek.currentName().equals("results")) {
            peek.nextToken();
            peek.skipChildren();
            t = peek.nextToken();
          }
          if (t != JsonToken.FIELD_NAME || peek.nextToken() != JsonToken.START_ARRAY
              || peek.nextToken() != JsonToken.START_OBJECT) {
            return new Peek(true, null);
          }
          t = peek.nextToken();
        }
        return new Peek(page, ownUrl(peek, t));
      }
      if (first == JsonToken.START_ARRAY && peek.nextToken() == JsonToken.START_OBJECT) {
        return new Peek(false, ownUrl(peek, peek.nextToken()));
      }
      return new Peek(false, null);
    } catch (IOException e) {
      return new Peek(page, null); // the real parse reports it with its position (or the peek ran out)
    } finally {
      input.reset();
    }
  }

  /** The {@code url} among the keys of the object whose first key is the current token. */
  private static String ownUrl(JsonParser parser, JsonToken t) throws IOException {
    while (t == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      if (key.equals("url") && value == JsonToken.VALUE_STRING) return parser.getText();
      parser.skipChildren();
      t = parser.nextToken();
    }
    return null;
  }

  /**
   * The resource that {@code url} (…/2.3.0/&lt;collection&gt;/&lt;id&gt;/) belongs to; objects without
   * a url are read as {@code withoutUrl} (a file's name says it) or else as events, as tminus has
   * always read them.
   */
  static Resource<?> resourceOf(String source, String url, Resource<?> withoutUrl) throws ImportException {
    if (url == null) return withoutUrl != null ? withoutUrl : Resources.byCollection(DEFAULT_COLLECTION);
    String collection = collectionOf(url);
    Resource<?> resource = collection == null ? null : Resources.byCollection(collection);
    if (resource == null) {
      throw new ImportException(source + ": " + url + " is not the url of an object tminus serves; name the resource "
          + "with --resource, one of " + String.join(", ", Resources.collections()), null);
    }
    return resource;
  }

  private static final String DEFAULT_COLLECTION = "events";

  private static final Pattern OBJECT_URL = Pattern.compile("/2\\.3\\.0/(.+)/[^/]+/(?:\\?.*)?$");

  /** {@code https://ll.thespacedevs.com/2.3.0/config/orbits/8/} → {@code config/orbits}; null when not such a url. */
  static String collectionOf(String url) {
    Matcher m = OBJECT_URL.matcher(url);
    return m.find() ? m.group(1) : null;
  }

  /** One input's parse: objects of one resource. */
  private record Reading(String source, Resource<?> resource) {
    void read(JsonParser parser, boolean page, ParseAhead.Sink sink) throws ImportException {
      String path = "$";
      try {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
          readArray(parser, "$", sink);
        } else if (first == JsonToken.START_OBJECT && page) {
          boolean sawResults = false;
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("results")) {
              path = "$.results";
              if (value != JsonToken.START_ARRAY) throw problem(source, parser.currentLocation(), path, "expected an array of " + plural());
              readArray(parser, path, sink);
              sawResults = true;
            } else {
              parser.skipChildren();
            }
          }
          if (!sawResults) throw problem(source, parser.currentLocation(), "$", "a page must have \"results\"");
        } else if (first == JsonToken.START_OBJECT) {
          sink.accept(readObject(parser, "$"));
        } else {
          throw problem(source, parser.currentLocation(), "$",
              "expected " + singular() + ", an array of " + plural() + " or a page of " + plural() + ", found " + describe(first));
        }
        if (parser.nextToken() != null) {
          throw problem(source, parser.currentLocation(), "$", "unexpected content after the end of the document");
        }
      } catch (JsonProcessingException e) {
        throw problem(source, e.getLocation(), path, e.getOriginalMessage());
      } catch (IOException e) {
        throw new ImportException(source + ": cannot read: " + e.getMessage(), e);
      }
    }

    private void readArray(JsonParser parser, String path, ParseAhead.Sink sink) throws IOException, ImportException {
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (parser.currentToken() == null) throw problem(source, parser.currentLocation(), path, "unexpected end of input");
        String at = path + "[" + index++ + "]";
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          throw problem(source, parser.currentLocation(), at, "expected " + singular() + ", found " + describe(parser.currentToken()));
        }
        sink.accept(readObject(parser, at));
      }
    }

    private Object readObject(JsonParser parser, String path) throws ImportException, IOException {
      JsonLocation start = parser.currentLocation();
      Object object;
      try {
        if (resource.importsByMode()) {
          // Read as the record of the mode the object says it is in; a mapping problem is then
          // reported where the object starts, with its path inside it.
          com.fasterxml.jackson.databind.JsonNode tree = Json.MAPPER.readTree(parser);
          try {
            object = Json.MAPPER.treeToValue(tree, resource.importType(tree.path("response_mode").asText(null)));
          } catch (JsonMappingException e) {
            throw problem(source, start, path + jsonPath(e), explain(e));
          }
        } else {
          object = Json.MAPPER.readValue(parser, resource.importType());
        }
      } catch (JsonMappingException e) {
        throw problem(source, e.getLocation(), path + jsonPath(e), explain(e));
      } catch (JsonProcessingException e) {
        throw problem(source, e.getLocation(), path, e.getOriginalMessage());
      }
      checkResource(object, start, path);
      return object;
    }

    /** "an event", "a country": the resource's model name in words. */
    private String singular() {
      String words = words(resource);
      return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private String plural() {
      return Importer.plural(resource);
    }

  // Every object of an input is of its one resource: an object of another is reported where it starts.
    private void checkResource(Object object, JsonLocation start, String path) throws ImportException {
      if (!(object instanceof Record r)) return;
      for (var c : r.getClass().getRecordComponents()) {
        if (!c.getName().equals("url")) continue;
        Object url;
        try {
          url = c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        String collection = url instanceof String u ? collectionOf(u) : null;
        if (collection != null && !collection.equals(resource.collection())) {
          throw problem(source, start, path, "an object of " + collection + " among objects of " + resource.collection());
        }
      }
    }
  }

  /** "event", "celestial body": the resource's model name in words. */
  private static String words(Resource<?> resource) {
    return resource.modelName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  /** "events", "countries": the last part of the resource's path. */
  private static String plural(Resource<?> resource) {
    String c = resource.collection();
    return c.substring(c.lastIndexOf('/') + 1).replace('_', ' ');
  }

  private static final Pattern MISSING = Pattern.compile("Missing required creator property '[^']+'");

  // Jackson's path already ends with the missing property of a "Missing required creator property".
  private static String jsonPath(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) out.append('.').append(ref.getFieldName());
      else if (ref.getIndex() >= 0) out.append('[').append(ref.getIndex()).append(']');
    }
    return out.toString();
  }

  private static String explain(JsonMappingException e) {
    if (e instanceof InvalidNullException) return "must not be null";
    if (MISSING.matcher(e.getOriginalMessage()).find()) return "required field is missing";
    if (e instanceof InvalidFormatException f) {
      return "invalid value " + Json.MAPPER.valueToTree(f.getValue()) + " (expected " + typeName(f.getTargetType()) + ")";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "wrong type (expected " + typeName(m.getTargetType()) + ")";
    }
    return e.getOriginalMessage();
  }

  private static String typeName(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class) return "an integer";
    if (type == boolean.class || type == Boolean.class) return "true or false";
    if (type == String.class) return "a string";
    if (type == java.time.Instant.class) return "a date-time such as 2025-12-08T21:45:00Z";
    if (type == java.time.LocalDate.class) return "a date such as 1998-11-20";
    if (type == java.util.UUID.class) return "a UUID";
    if (java.util.Collection.class.isAssignableFrom(type)) return "an array";
    return "an object";
  }

  private static String describe(JsonToken token) {
    if (token == null) return "the end of input";
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  private static ImportException problem(String source, JsonLocation at, String path, String message) {
    String position = at == null || at.getLineNr() < 0 ? ""
        : " line " + at.getLineNr() + ", column " + at.getColumnNr() + ",";
    return new ImportException(source + ":" + position + " at " + path + ": " + message, null);
  }

  /**
   * What the peek parser reads: the stream without closing it, and no further than the mark can
   * rewind (past it the peek sees the end of input and gives up, instead of spoiling the rewind).
   */
  private static final class NonClosing extends java.io.FilterInputStream {
    private long left = PEEK_LIMIT - 1;

    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) return -1;
      int b = super.read();
      if (b >= 0) left--;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) return -1;
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) left -= n;
      return n;
    }

    @Override
    public void close() {}
  }
}
