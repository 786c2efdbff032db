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
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.resource.event.EventWriter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Imports LL2 events in any shape upstream serves them: one event object, a JSON array of events,
 * or a page {@code {"count", "next", "previous", "results": [...]}}. The input is streamed, so a
 * page of a million events needs no more memory than one event.
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

  /** Reads and writes every event of {@code in}, all or nothing. */
  public ImportResult importStream(String source, InputStream in) throws ImportException {
    return importStream(source, in, new Hooks() {});
  }

  /**
   * What a caller adds to an import's transaction (the mirror records its high-water mark there):
   * an unchecked exception thrown by a hook rolls the whole input back and is rethrown as it is.
   */
  public interface Hooks {
    /** Called after each event is written. */
    default void written(EventEndpointDetailed event) {}

    /** Called after the last event is written, inside the same transaction, before it commits. */
    default void beforeCommit(DSLContext tx) {}
  }

  /** {@link #importStream(String, InputStream)} with {@code hooks} run inside its transaction. */
  public ImportResult importStream(String source, InputStream in, Hooks hooks) throws ImportException {
    BufferedInputStream input = new BufferedInputStream(in, 1 << 16);
    try {
      boolean page = startsLikePage(input);
      return database.dsl().transactionResult(tx -> {
        EventWriter writer = new EventWriter(tx.dsl());
        // JSON parsing costs as much as writing: the parser reads ahead on its own thread.
        try (ParseAhead events = ParseAhead.start(source, sink -> parse(source, input, page, sink))) {
          events.drain(event -> {
            writer.add(event);
            hooks.written(event);
          });
        }
        writer.flush();
        hooks.beforeCommit(tx.dsl());
        return new ImportResult(source, writer.created(), writer.updated());
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

  private static void parse(String source, InputStream input, boolean page, ParseAhead.Sink sink) throws ImportException {
    try (JsonParser parser = Json.MAPPER.createParser(input)) {
      read(source, parser, page, sink);
    } catch (IOException e) {
      throw new ImportException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  // Decides "page or single event" from the first key, then rewinds: upstream pages start with "count".
  private static boolean startsLikePage(BufferedInputStream input) throws IOException {
    input.mark(PEEK_LIMIT);
    try {
      JsonParser peek = Json.MAPPER.getFactory().createParser(new NonClosing(input));
      if (peek.nextToken() != JsonToken.START_OBJECT) return false;
      JsonToken t = peek.nextToken();
      return t == JsonToken.FIELD_NAME && PAGE_KEYS.contains(peek.currentName());
    } catch (JsonProcessingException e) {
      return false; // the real parse reports it with its position
    } finally {
      input.reset();
    }
  }

  private static void read(String source, JsonParser parser, boolean page, ParseAhead.Sink sink) throws ImportException {
    String path = "$";
    try {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        readArray(source, parser, "$", sink);
      } else if (first == JsonToken.START_OBJECT && page) {
        boolean sawResults = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          JsonToken value = parser.nextToken();
          if (key.equals("results")) {
            path = "$.results";
            if (value != JsonToken.START_ARRAY) throw problem(source, parser.currentLocation(), path, "expected an array of events");
            readArray(source, parser, path, sink);
            sawResults = true;
          } else {
            parser.skipChildren();
          }
        }
        if (!sawResults) throw problem(source, parser.currentLocation(), "$", "a page must have \"results\"");
      } else if (first == JsonToken.START_OBJECT) {
        sink.accept(readEvent(source, parser, "$"));
      } else {
        throw problem(source, parser.currentLocation(), "$",
            "expected an event, an array of events or a page of events, found " + describe(first));
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

  private static void readArray(String source, JsonParser parser, String path, ParseAhead.Sink sink) throws IOException, ImportException {
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == null) throw problem(source, parser.currentLocation(), path, "unexpected end of input");
      String at = path + "[" + index++ + "]";
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw problem(source, parser.currentLocation(), at, "expected an event object, found " + describe(parser.currentToken()));
      }
      sink.accept(readEvent(source, parser, at));
    }
  }

  private static EventEndpointDetailed readEvent(String source, JsonParser parser, String path) throws ImportException, IOException {
    try {
      return Json.MAPPER.readValue(parser, EventEndpointDetailed.class);
    } catch (JsonMappingException e) {
      throw problem(source, e.getLocation(), path + jsonPath(e), explain(e));
    } catch (JsonProcessingException e) {
      throw problem(source, e.getLocation(), path, e.getOriginalMessage());
    }
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

  /** Lets the peek parser read the stream without closing it. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
