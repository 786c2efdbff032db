package dev.tminus.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import dev.tminus.api.Subset;
import dev.tminus.json.Json;
import dev.tminus.resource.Resources;
import dev.tminus.support.TestServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Two servers that must answer alike (a copy made by export/import or by mirror, and its
 * original): every list of every served resource — each subset, each mode, every page — and every
 * detail in each mode, byte for byte but for the origin in urls.
 */
public final class SameApi {
  private SameApi() {}

  /** Compares everything; returns how many responses were compared. */
  public static int assertEveryResourceAlike(TestServer original, TestServer copy) {
    int compared = 0;
    for (Resource<?> r : Resources.ALL) {
      for (Subset s : r.subsets()) {
        String path = "/2.3.0/" + r.collection() + "/" + (s.isRoot() ? "" : s.name() + "/");
        List<String> queries = new ArrayList<>(List.of("format=json"));
        for (Mode m : r.modes()) queries.add("mode=" + m.wire());
        for (String query : queries) compared += assertSamePages(original, copy, path + "?" + query);
      }
      for (String id : ids(original, r.collection())) {
        String detail = "/2.3.0/" + r.collection() + "/" + id + "/";
        assertSame(original, copy, detail);
        for (Mode m : r.modes()) assertSame(original, copy, detail + "?mode=" + m.wire());
        compared += 1 + r.modes().size();
      }
    }
    return compared;
  }

  /** Every page of a list; returns how many were compared. */
  private static int assertSamePages(TestServer original, TestServer copy, String list) {
    int pages = 0;
    for (int offset = 0; ; offset += 100) {
      String body = assertSame(original, copy, list + "&limit=100&offset=" + offset);
      pages++;
      if (read(body).get("next").isNull()) return pages;
    }
  }

  /** The ids of every object of {@code collection}, page by page. */
  private static List<String> ids(TestServer server, String collection) {
    List<String> out = new ArrayList<>();
    for (int offset = 0; ; offset += 100) {
      JsonNode page = server.get("/2.3.0/" + collection + "/?limit=100&offset=" + offset).json();
      page.get("results").forEach(o -> out.add(o.get("id").asText()));
      if (page.get("next").isNull()) return out;
    }
  }

  private static String assertSame(TestServer original, TestServer copy, String path) {
    TestServer.Response theirs = original.get(path);
    TestServer.Response ours = copy.get(path);
    assertThat(ours.status()).as(path).isEqualTo(theirs.status());
    assertThat(ours.body()).as(path).isEqualTo(theirs.body().replace(original.origin(), copy.origin()));
    return theirs.body();
  }

  private static JsonNode read(String body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(body, e);
    }
  }
}
