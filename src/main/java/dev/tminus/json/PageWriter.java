package dev.tminus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Streams objects as one LL2 page, {@code {"count": N, "next": null, "previous": null, "results": [...]}},
 * without holding them all: the shape {@code import} reads back.
 */
public final class PageWriter {
  private PageWriter() {}

  public static void write(OutputStream out, long count, Iterator<?> results) throws IOException {
    try (JsonGenerator gen = Json.MAPPER.createGenerator(out)) {
      gen.writeStartObject();
      gen.writeNumberField("count", count);
      gen.writeNullField("next");
      gen.writeNullField("previous");
      gen.writeArrayFieldStart("results");
      while (results.hasNext()) {
        Json.MAPPER.writeValue(gen, results.next());
        gen.writeRaw('\n');
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }
}
