package dev.tminus.api;

import static dev.tminus.db.schema.Tables.CELESTIAL_BODY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.api.filter.Filters;
import dev.tminus.resource.Resources;
import dev.tminus.resource.celestialbody.CelestialBodyShapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which mode a request gets, without a server: a resource of one shape ignores {@code mode}; a
 * resource of several answers a list in {@code normal} where it has it and a detail in its richest
 * mode; a mode the API knows but the resource does not offer, or an unknown one, falls back.
 */
class ResourceModesTest {
  private static final String[] ASKED = {null, "", "list", "normal", "detailed", "LIST", "mini", "detailed "};

  private static Resource<?> of(String collection) {
    Resource<?> r = Resources.byCollection(collection);
    assertThat(r).as(collection + " is registered").isNotNull();
    return r;
  }

  private static Mode list(Resource<?> r, String asked) {
    return r.mode(asked, r.listMode());
  }

  private static Mode detail(Resource<?> r, String asked) {
    return r.mode(asked, r.detailMode());
  }

  static Stream<Arguments> everyResource() {
    return Resources.ALL.stream().map(r -> Arguments.of(r.collection(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyResource")
  void everyRequestGetsAModeTheResourceOffers(String collection, Resource<?> r) {
    for (String asked : ASKED) {
      assertThat(r.modes()).as(asked).contains(list(r, asked), detail(r, asked));
    }
    assertThat(list(r, null)).isEqualTo(r.listMode());
    assertThat(detail(r, null)).isEqualTo(r.detailMode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyResource")
  void aModeTheResourceOffersIsTheModeItAnswers(String collection, Resource<?> r) {
    if (r.single()) return;
    for (Mode m : r.modes()) {
      assertThat(list(r, m.wire())).isEqualTo(m);
      assertThat(detail(r, m.wire())).isEqualTo(m);
    }
  }

  @Test
  void aResourceOfOneShapeIgnoresMode() {
    List<Resource<?>> singles = new ArrayList<>();
    for (Resource<?> r : Resources.ALL) if (r.single()) singles.add(r);
    assertThat(singles).extracting(Resource::collection).contains("pads", "config/orbits", "config/countries");
    for (Resource<?> r : singles) {
      assertThat(r.modes()).as(r.collection()).hasSize(1);
      for (String asked : ASKED) {
        assertThat(list(r, asked)).isEqualTo(r.modes().get(0));
        assertThat(detail(r, asked)).isEqualTo(r.modes().get(0));
      }
    }
  }

  @Test
  void celestialBodiesListInNormalAndDetailInDetailed() {
    Resource<?> r = of("celestial_bodies");
    assertThat(r.modes()).containsExactly(Mode.LIST, Mode.NORMAL, Mode.DETAILED);
    assertThat(list(r, null)).isEqualTo(Mode.NORMAL);
    assertThat(detail(r, null)).isEqualTo(Mode.DETAILED);
    assertThat(list(r, "mini")).isEqualTo(Mode.NORMAL);
    assertThat(detail(r, "LIST")).isEqualTo(Mode.DETAILED);
  }

  @Test
  void locationsHaveNoListModeSoAskingForItFallsBack() {
    Resource<?> r = of("locations");
    assertThat(r.modes()).containsExactly(Mode.NORMAL, Mode.DETAILED);
    assertThat(list(r, "list")).isEqualTo(Mode.NORMAL);
    assertThat(detail(r, "list")).isEqualTo(Mode.DETAILED);
    assertThat(list(r, "detailed")).isEqualTo(Mode.DETAILED);
  }

  @Test
  void programsHaveNoDetailedModeSoTheirRichestIsNormal() {
    Resource<?> r = of("programs");
    assertThat(r.modes()).containsExactly(Mode.LIST, Mode.NORMAL);
    assertThat(list(r, null)).isEqualTo(Mode.NORMAL);
    assertThat(detail(r, null)).isEqualTo(Mode.NORMAL);
    assertThat(list(r, "detailed")).isEqualTo(Mode.NORMAL);
    assertThat(detail(r, "detailed")).isEqualTo(Mode.NORMAL);
    assertThat(detail(r, "list")).isEqualTo(Mode.LIST);
  }

  @Test
  void withoutNormalAListTakesTheFirstModeAndModesKeepTheirOrderWhateverTheDeclaration() {
    Resource<Integer> r = Resource.<Integer>named("test_bodies", "Body")
        .table(CELESTIAL_BODY, CELESTIAL_BODY.ID, Resource::integerId)
        .polymorphic("BodyEndpoint")
        .mode(Mode.DETAILED, CelestialBodyShapes.DETAILED)
        .mode(Mode.LIST, CelestialBodyShapes.MINI)
        .defaultOrdering(CELESTIAL_BODY.ID.asc())
        .validate();
    assertThat(r.modes()).containsExactly(Mode.LIST, Mode.DETAILED);
    assertThat(r.listMode()).isEqualTo(Mode.LIST);
    assertThat(r.detailMode()).isEqualTo(Mode.DETAILED);
    assertThat(r.mode("normal", r.listMode())).isEqualTo(Mode.LIST);
    assertThat(r.importType()).isEqualTo(CelestialBodyShapes.DETAILED.type());
  }

  @Test
  void theImportRecordIsTheRichestModes() {
    assertThat(of("celestial_bodies").importType().getSimpleName()).isEqualTo("CelestialBodyEndpointDetailed");
    assertThat(of("locations").importType().getSimpleName()).isEqualTo("LocationSerializerWithPads");
    assertThat(of("programs").importType().getSimpleName()).isEqualTo("ProgramNormal");
    assertThat(of("pads").importType().getSimpleName()).isEqualTo("Pad");
  }

  @Test
  void pathIdsAreDjangosIntegerPattern() {
    assertThat(Resource.integerId("15")).isEqualTo(15);
    assertThat(Resource.integerId("0015")).isEqualTo(15);
    for (String bad : Arrays.asList(null, "", "-1", "+1", "1.0", "abc", " 1", "2147483648", "99999999999")) {
      assertThat(Resource.integerId(bad)).as(String.valueOf(bad)).isNull();
    }
    assertThat(Resource.uuidId("E3DF2ECD-c239-472f-95e4-2b89b4f75800")).hasToString("e3df2ecd-c239-472f-95e4-2b89b4f75800");
    assertThat(Resource.uuidId("e3df2ecd-c239-472f-95e4-2b89b4f7580")).isNull();
  }

  /** A misdeclared resource fails at start-up with a message that says what to declare. */
  @Test
  void aMisdeclaredResourceSaysWhatToDeclare() {
    assertThatThrownBy(() -> Resource.named("bodies", "Body").validate())
        .hasMessageContaining("resource 'bodies'").hasMessageContaining(".table(TABLE, ID, parser)");
    assertThatThrownBy(() -> Resource.<Integer>named("bodies", "Body")
        .table(CELESTIAL_BODY, CELESTIAL_BODY.ID, Resource::integerId).defaultOrdering(CELESTIAL_BODY.ID.asc()).validate())
        .hasMessageContaining(".mode(Mode, Shape) or .single(Shape)");
    assertThatThrownBy(() -> Resource.<Integer>named("bodies", "Body")
        .table(CELESTIAL_BODY, CELESTIAL_BODY.ID, Resource::integerId)
        .mode(Mode.LIST, CelestialBodyShapes.MINI).mode(Mode.NORMAL, CelestialBodyShapes.NORMAL)
        .defaultOrdering(CELESTIAL_BODY.ID.asc()).validate())
        .hasMessageContaining(".polymorphic(\"…Endpoint\")");
    assertThatThrownBy(() -> Resource.<Integer>named("bodies", "Body")
        .table(CELESTIAL_BODY, CELESTIAL_BODY.ID, Resource::integerId).single(CelestialBodyShapes.MINI).validate())
        .hasMessageContaining(".defaultOrdering(");
    assertThatThrownBy(() -> Resource.<Integer>named("bodies", "Body")
        .table(CELESTIAL_BODY, CELESTIAL_BODY.ID, Resource::integerId).single(CelestialBodyShapes.MINI)
        .filters(Filters.number("id", CELESTIAL_BODY.ID, Filters.Lookup.EXACT))
        .filters(Filters.number("id", CELESTIAL_BODY.ID, Filters.Lookup.EXACT))
        .defaultOrdering(CELESTIAL_BODY.ID.asc()).validate())
        .hasMessageContaining("filter 'id' is declared twice");
  }
}
