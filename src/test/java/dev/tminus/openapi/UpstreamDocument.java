package dev.tminus.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.json.Json;
import dev.tminus.support.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The upstream OpenAPI document ({@code ../shared/reference/ll2/ll2-2.3.0-openapi.json}), read in
 * place, asked which of its schemas a path answers. Tests are skipped when it is absent.
 */
record UpstreamDocument(JsonNode doc) {
  static final String FILE = "reference/ll2/ll2-2.3.0-openapi.json";
  private static final String RESPONSE = "/responses/200/content/application~1json/schema";
  private static UpstreamDocument loaded;

  static synchronized UpstreamDocument load() {
    if (loaded == null) {
      try {
        loaded = new UpstreamDocument(Json.MAPPER.readTree(Shared.require(FILE).toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return loaded;
  }

  /** {@code /2.3.0/events/upcoming/} for the subset {@code upcoming} of events. */
  static String listPath(Resource<?> resource, Subset subset) {
    return "/2.3.0/" + resource.collection() + "/" + (subset.isRoot() ? "" : subset.name() + "/");
  }

  JsonNode operation(String path) {
    JsonNode op = doc.path("paths").path(path).path("get");
    if (op.isMissingNode()) throw new AssertionError("upstream does not document " + path);
    return op;
  }

  /** The name of the schema {@code path} answers, e.g. {@code PaginatedPadList}; null when it is not a $ref. */
  String responseSchema(String path) {
    JsonNode ref = operation(path).at(RESPONSE + "/$ref");
    return ref.isMissingNode() ? null : name(ref.asText());
  }

  JsonNode schema(String name) {
    return doc.at("/components/schemas/" + name);
  }

  /**
   * The schema of one object of {@code resource} in {@code mode} (its detail's, for null): the mode's
   * member of the list's polymorphic union, e.g. {@code LocationSerializerWithPads} for detailed.
   */
  String detailSchema(Resource<?> resource, String mode) {
    String list = "/2.3.0/" + resource.collection() + "/";
    if (mode == null) return responseSchema(list + "{id}/");
    String items = name(schema(responseSchema(list)).at("/properties/results/items/$ref").asText());
    JsonNode mapping = schema(items).at("/discriminator/mapping/" + mode);
    if (mapping.isMissingNode()) throw new AssertionError(items + " has no mode " + mode);
    return name(mapping.asText());
  }

  static String name(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
