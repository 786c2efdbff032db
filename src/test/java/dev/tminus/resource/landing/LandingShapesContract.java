package dev.tminus.resource.landing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.ShapeLoader;
import dev.tminus.api.ShapeWriter;
import dev.tminus.db.Database;
import dev.tminus.json.Json;
import dev.tminus.support.SameJson;
import dev.tminus.support.StageFixture;
import dev.tminus.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link LandingShapes#LANDING} on a real database: an LL2 {@code Landing} written through the kit
 * reads back key for key, in order, with its landing location and type, its url pointing at
 * {@code /2.3.0/landings/{id}/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LandingShapesContract {
  private Database database;

  abstract TestDatabase database();

  @BeforeAll
  void open() {
    database = database().open();
  }

  @AfterAll
  void close() {
    database.close();
  }

  private void write(String json) throws Exception {
    Landing landing = Json.MAPPER.readValue(json, Landing.class);
    database.dsl().transaction(tx -> {
      ShapeWriter w = new ShapeWriter(tx.dsl());
      w.add(LandingShapes.LANDING, landing);
      w.flush();
    });
  }

  private JsonNode read(int id) throws Exception {
    List<Object> read = new ShapeLoader<Integer>(Map.of(Mode.NORMAL, LandingShapes.LANDING))
        .represent(database.dsl(), List.of(id), Mode.NORMAL, Links.of("https://ll.thespacedevs.com", null));
    assertThat(read).hasSize(1);
    return Json.MAPPER.readTree(Json.text(read.get(0)));
  }

  @Test
  void aLandingReadsBackKeyForKeyWithItsLocationAndType() throws Exception {
    String json = StageFixture.droneShipLanding(1789, 632.5);
    write(json);
    assertThat(SameJson.differences(read(1789), Json.MAPPER.readTree(json))).isEmpty();
  }

  @Test
  void aLandingWrittenAgainIsReplacedNotDuplicated() throws Exception {
    write(StageFixture.droneShipLanding(1790, 600.0));
    String again = StageFixture.droneShipLanding(1790, 610.0).replace("\"success\": true", "\"success\": null");
    write(again);
    JsonNode landing = read(1790);
    assertThat(landing.get("success").isNull()).isTrue();
    assertThat(landing.get("downrange_distance").asDouble()).isEqualTo(610.0);
    assertThat(landing.get("url").asText()).isEqualTo("https://ll.thespacedevs.com/2.3.0/landings/1790/");
    assertThat(SameJson.differences(landing, Json.MAPPER.readTree(again))).isEmpty();
  }
}
