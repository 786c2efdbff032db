package dev.tminus.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One list request of a contract test and the ids it must answer, in order, e.g.
 * {@code Query.of("location__id=20", 1, 14, 25)}; {@link #params()} names the parameters it
 * exercises, so a test can check that every documented parameter has a query.
 */
public record Query(String query, List<Integer> ids) {
  public static Query of(String query, Integer... ids) {
    return new Query(query, Arrays.asList(ids));
  }

  /** The parameter names of the query, e.g. {@code latitude__gt} of {@code latitude__gt=28.6}. */
  public List<String> params() {
    List<String> out = new ArrayList<>();
    for (String pair : query.split("&")) out.add(pair.split("=", 2)[0]);
    return out;
  }

  /** The value of {@code param} in the query, or null. */
  public String value(String param) {
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(param)) return kv.length > 1 ? kv[1] : "";
    }
    return null;
  }

  /**
   * The ids of a page's results, in order; a UUID id (launches) reads as the number its last group
   * spells in decimal, so fixtures name {@code 00000000-0000-0000-0000-000000000012} as 12.
   */
  public static List<Integer> ids(JsonNode page) {
    List<Integer> out = new ArrayList<>();
    page.get("results").forEach(o -> out.add(o.get("id").isTextual()
        ? Integer.parseInt(o.get("id").asText().substring(24)) : o.get("id").asInt()));
    return out;
  }

  /**
   * Asserts that {@code listPath} (e.g. {@code /2.3.0/agencies/}) answers this query with its ids, in
   * order, on one page, and counts them.
   */
  public void assertAnswered(TestServer server, String listPath) {
    TestServer.Response r = server.get(listPath + "?" + query + "&limit=100");
    org.assertj.core.api.Assertions.assertThat(r.status()).as(query + " " + r.body()).isEqualTo(200);
    JsonNode page = r.json();
    org.assertj.core.api.Assertions.assertThat(ids(page)).as(query).isEqualTo(ids);
    org.assertj.core.api.Assertions.assertThat(page.get("count").asInt()).as(query).isEqualTo(ids.size());
  }

  /** Asserts that {@code listPath} answers {@code query} with a 400 whose body is {@code body}. */
  public static void assertRejected(TestServer server, String listPath, String query, String body) {
    TestServer.Response r = server.get(listPath + "?" + query);
    org.assertj.core.api.Assertions.assertThat(r.status()).as(query + " " + r.body()).isEqualTo(400);
    org.assertj.core.api.Assertions.assertThat(r.body()).as(query).isEqualTo(body);
  }

  @Override
  public String toString() {
    return query + " → " + ids;
  }
}
