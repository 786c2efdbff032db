package dev.tminus.resource.event;

import static dev.tminus.support.EventFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code year=} is served as ranges of instants (so the date index serves it); these are the edges
 * where a range could differ from "the UTC year of the date".
 */
class YearFilterTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aYearRunsFromItsFirstInstantToJustBeforeTheNextYearsInUtc(TestDatabase database) throws Exception {
    try (TestServer server = TestServer.start(database)) {
      server.importEvents(List.of(
          event(1).date("1999-12-31T23:59:59Z").build(),
          event(2).date("2000-01-01T00:00:00Z").build(),
          event(3).date("2000-12-31T23:59:59Z").build(),
          event(4).date("2001-01-01T00:00:00Z").build(),
          event(5).date((String) null).build()));
      assertThat(ids(server, "year=1999")).containsExactly(1);
      assertThat(ids(server, "year=2000")).containsExactly(2, 3);
      assertThat(ids(server, "year=2001,1999")).containsExactly(1, 4);
      assertThat(ids(server, "year=2000&date__lt=2000-06-01T00:00:00Z")).containsExactly(2);
      // Years no event can have match nothing, without an error from the database.
      assertThat(ids(server, "year=0")).isEmpty();
      assertThat(ids(server, "year=-3")).isEmpty();
      assertThat(ids(server, "year=99999")).isEmpty();
      assertThat(ids(server, "year=99999,2001")).containsExactly(4);
      assertThat(ids(server, "year=99999999999")).isEmpty();
    }
  }

  private static List<Integer> ids(TestServer server, String query) {
    TestServer.Response r = server.get("/2.3.0/events/?ordering=id&" + query);
    assertThat(r.status()).as(query + " → " + r.body()).isEqualTo(200);
    List<Integer> ids = new ArrayList<>();
    r.json().get("results").forEach(e -> ids.add(e.get("id").asInt()));
    return ids;
  }
}
