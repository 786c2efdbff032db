package dev.tminus.mirror;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tminus.ingest.ImportException;
import dev.tminus.ingest.ImportResult;
import dev.tminus.ingest.Importer;
import dev.tminus.json.Json;
import dev.tminus.resource.event.EventEndpointDetailed;
import dev.tminus.resource.event.Events;
import dev.tminus.resource.Resources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * One upstream page of detailed events, {@code {"count", "next", "previous", "results"}}, written in
 * one transaction together with the high-water mark it earns: both commit, or neither does.
 */
record MirrorPage(long count, String next, List<Integer> ids, Instant maxLastUpdated, int created, int updated) {

  /** Writes {@code body}, fetched from {@code uri}; a malformed body writes nothing and names url, line and path. */
  static MirrorPage write(Importer importer, String upstream, URI uri, byte[] body) throws MirrorException.BadPage {
    try {
      readHeader(uri, body, new Object[2]); // the shape first: a page, not an error object taken for an event
    } catch (NotAPage e) {
      if (!e.malformed) {
        throw new MirrorException.BadPage("the upstream sent something that is not an LL2 page, nothing of it was written: "
            + uri + ": " + e.getMessage(), e);
      }
      // malformed JSON: the importer reports it with line, column and JSON path
    }
    List<Integer> ids = new ArrayList<>();
    Instant[] max = new Instant[1];
    Object[] header = new Object[2];
    ImportResult result;
    try {
      result = importer.importStream(uri.toString(), new ByteArrayInputStream(body), Resources.byCollection(Events.COLLECTION), new Importer.Hooks() {
        @Override
        public void written(Object object) {
          EventEndpointDetailed e = (EventEndpointDetailed) object;
          ids.add(e.id());
          Instant t = e.lastUpdated();
          if (t != null && (max[0] == null || t.isAfter(max[0]))) max[0] = t;
        }

        @Override
        public void beforeCommit(DSLContext tx) {
          readHeader(uri, body, header);
          if (max[0] != null) MirrorState.advance(tx, upstream, max[0]);
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
