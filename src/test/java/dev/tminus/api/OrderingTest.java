package dev.tminus.api;

import static dev.tminus.db.schema.Tables.PAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.SortField;
import org.junit.jupiter.api.Test;

/** DRF's {@code OrderingFilter} without a server: which sort fields an {@code ordering} value gives. */
class OrderingTest {
  private static final Map<String, Field<?>> FIELDS = new LinkedHashMap<>();
  private static final List<SortField<?>> DEFAULT = List.of(PAD.NAME.asc());

  static {
    FIELDS.put("name", PAD.NAME);
    FIELDS.put("total_launch_count", PAD.TOTAL_LAUNCH_COUNT);
    FIELDS.put("location__id", PAD.LOCATION_ID);
  }

  private static List<String> resolve(String value) {
    return Ordering.resolve(value, FIELDS, DEFAULT, PAD.ID).stream().map(Object::toString).toList();
  }

  private static List<String> sql(SortField<?>... fields) {
    return java.util.Arrays.stream(fields).map(Object::toString).toList();
  }

  @Test
  void aNamedFieldSortsAscendingAndTheIdBreaksTies() {
    assertThat(resolve("total_launch_count")).isEqualTo(sql(PAD.TOTAL_LAUNCH_COUNT.asc(), PAD.ID.asc()));
  }

  @Test
  void aLeadingMinusSortsDescending() {
    assertThat(resolve("-total_launch_count")).isEqualTo(sql(PAD.TOTAL_LAUNCH_COUNT.desc(), PAD.ID.asc()));
  }

  @Test
  void severalFieldsAreCommaSeparatedAndTrimmed() {
    assertThat(resolve(" -location__id , name")).isEqualTo(sql(PAD.LOCATION_ID.desc(), PAD.NAME.asc(), PAD.ID.asc()));
  }

  @Test
  void unknownFieldsAreDropped() {
    assertThat(resolve("diameter,-name,--name,+name,Name")).isEqualTo(sql(PAD.NAME.desc(), PAD.ID.asc()));
  }

  @Test
  void withoutAKnownFieldTheDefaultApplies() {
    for (String value : new String[] {null, "", ",", "diameter", "-", "id"}) {
      assertThat(resolve(value)).as(String.valueOf(value)).isEqualTo(sql(PAD.NAME.asc(), PAD.ID.asc()));
    }
  }

  @Test
  void theIdBreaksTiesEvenWithoutADefault() {
    assertThat(Ordering.resolve(null, FIELDS, List.of(), PAD.ID).stream().map(Object::toString).toList())
        .isEqualTo(sql(PAD.ID.asc()));
  }
}
