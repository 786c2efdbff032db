package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.support.TestDatabase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The hand-written jOOQ declarations in {@link Tables} name exactly the columns the migrations create. */
class TablesMatchMigrationsTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void everyDeclaredTableHasExactlyItsDeclaredColumns(TestDatabase which) throws Exception {
    for (Class<?> nested : Tables.class.getDeclaredClasses()) {
      Class.forName(nested.getName(), true, Tables.class.getClassLoader()); // declares its columns
    }
    Map<String, List<String>> declared = Tables.declared();
    assertThat(declared).containsKeys("event", "agency", "launch", "program", "astronaut", "event_agency");
    try (Database db = which.open()) {
      declared.forEach((table, columns) -> {
        Field<?>[] actual = db.dsl().selectFrom(DSL.table(DSL.name(table))).where(DSL.falseCondition())
            .fetch().fields();
        assertThat(Arrays.stream(actual).map(f -> f.getName().toLowerCase()).toList())
            .as("columns of table %s on %s", table, which)
            .containsExactlyInAnyOrderElementsOf(columns);
      });
    }
  }
}
