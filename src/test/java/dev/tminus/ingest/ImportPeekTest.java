package dev.tminus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.Database;
import dev.tminus.json.Json;
import dev.tminus.support.EventFixture;
import dev.tminus.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The importer peeks at the start of an input to tell its resource; a first object larger than the peek still imports. */
class ImportPeekTest {
  @Test
  void aFirstObjectLargerThanThePeekImportsWhole() throws Exception {
    String huge = "x".repeat(3 << 19); // a name beyond the 1 MiB the importer peeks at; fixture events have no url
    byte[] json = Json.MAPPER.writeValueAsBytes(List.of(EventFixture.event(1).name(huge).build(),
        EventFixture.event(2).build()));
    try (Database db = TestDatabase.H2.open()) {
      ImportResult result = new Importer(db).importStream("big", new ByteArrayInputStream(json));
      assertThat(result.created()).isEqualTo(2);
    }
  }
}
