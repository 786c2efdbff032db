package dev.tminus.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.jooq.impl.DSL.noCondition;

import dev.tminus.api.filter.Filter;
import dev.tminus.api.filter.Filter.ParamType;
import dev.tminus.db.Database;
import dev.tminus.resource.Resources;
import dev.tminus.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter every resource of {@link Resources#ALL} declares, without a server: an absent or
 * empty value is no filter; a malformed value is refused with django-filter's message for its kind
 * (a 400 naming the parameter, never a 500) or, for booleans, ignored; a well-formed value gives a
 * condition the database runs on the resource's own table. A new resource's filters are checked
 * here as soon as it is registered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclaredFiltersTest {
  private static final String ENTER_A_NUMBER = "Enter a number.";
  private static final String NOT_A_CHOICE = "Select a valid choice. That choice is not one of the available choices.";

  /** django-filter's messages for a malformed value of each kind of parameter. */
  private static final Map<ParamType, Set<String>> MESSAGES = Map.ofEntries(
      Map.entry(ParamType.UUID_LIST, Set.of("Enter a valid UUID.")),
      Map.entry(ParamType.INTEGER, Set.of(ENTER_A_NUMBER)),
      Map.entry(ParamType.INTEGER_CHOICE, Set.of(NOT_A_CHOICE)),
      Map.entry(ParamType.INTEGER_LIST, Set.of(ENTER_A_NUMBER)),
      Map.entry(ParamType.INTEGER_REPEATED, Set.of("\u201cabc\u201d is not a valid value.")),
      Map.entry(ParamType.NUMBER, Set.of(ENTER_A_NUMBER)),
      Map.entry(ParamType.NUMBER_LIST, Set.of(ENTER_A_NUMBER)),
      Map.entry(ParamType.DATE, Set.of("Enter a valid date.")),
      Map.entry(ParamType.DATE_TIME, Set.of("Enter a valid date/time.")),
      Map.entry(ParamType.STRING, Set.of("Null characters are not allowed.")),
      Map.entry(ParamType.STRING_LIST, Set.of("Null characters are not allowed.", "Enter a valid UUID.")));

  private Database database;
  private DSLContext dsl;

  @BeforeAll
  void open() {
    database = TestDatabase.H2.open();
    dsl = database.dsl();
  }

  @AfterAll
  void close() {
    database.close();
  }

  static Stream<Arguments> everyDeclaredFilter() {
    List<Arguments> out = new ArrayList<>();
    for (Resource<?> resource : Resources.ALL) {
      for (Filter filter : resource.filters()) out.add(Arguments.of(resource.collection(), filter.param(), resource, filter));
      for (Subset subset : resource.subsets()) {
        for (Filter extra : subset.extraParams()) out.add(Arguments.of(resource.collection(), extra.param(), resource, extra));
      }
    }
    return out.stream();
  }

  private static String malformed(ParamType type) {
    return switch (type) {
      case INTEGER, INTEGER_CHOICE, INTEGER_LIST, INTEGER_REPEATED, NUMBER, NUMBER_LIST, DATE, DATE_TIME, UUID_LIST -> "abc";
      case STRING, STRING_LIST -> "a\0b";
      case BOOLEAN -> "maybe";
    };
  }

  private static String wellFormed(ParamType type) {
    return switch (type) {
      case INTEGER, INTEGER_CHOICE, INTEGER_REPEATED -> "1";
      case INTEGER_LIST, NUMBER_LIST -> "1,2";
      case NUMBER -> "1.5";
      case STRING, STRING_LIST, UUID_LIST -> "e3df2ecd-c239-472f-95e4-2b89b4f75800";
      case DATE -> "2025-12-08";
      case DATE_TIME -> "2025-12-08T21:45:00Z";
      case BOOLEAN -> "true";
    };
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyDeclaredFilter")
  void anAbsentOrEmptyValueIsNoFilter(String collection, String param, Resource<?> resource, Filter filter)
      throws Filter.InvalidValue {
    assertThat(filter.condition(List.of(), dsl)).isEqualTo(noCondition());
    assertThat(filter.condition(List.of(""), dsl)).isEqualTo(noCondition());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyDeclaredFilter")
  void aMalformedValueGetsDjangoFiltersMessageForItsKind(String collection, String param, Resource<?> resource,
      Filter filter) {
    String value = malformed(filter.type());
    try {
      Condition c = filter.condition(List.of(value), dsl);
      if (filter.type() != ParamType.BOOLEAN) fail(param + "=" + value + " was accepted as " + c);
      assertThat(c).as("a boolean's widget reads an unknown value as no value").isEqualTo(noCondition());
    } catch (Filter.InvalidValue e) {
      assertThat(MESSAGES.getOrDefault(filter.type(), Set.of())).as(param + " (" + filter.type() + ")").contains(e.getMessage());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyDeclaredFilter")
  void aWellFormedValueRunsOnTheResourcesTable(String collection, String param, Resource<?> resource, Filter filter) {
    String value = wellFormed(filter.type());
    Condition condition;
    try {
      condition = filter.condition(List.of(value), dsl);
    } catch (Filter.InvalidValue e) {
      // a model choice on an empty database has no choices; a UUID filter refuses a plain string
      assertThat(e.getMessage()).startsWith("Select a valid choice.");
      return;
    }
    assertThat(dsl.fetchCount(resource.table, condition)).isZero();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyDeclaredFilter")
  void everyFilterIsDescribedForTheApiDocument(String collection, String param, Resource<?> resource, Filter filter) {
    assertThat(filter.param()).matches("[a-z0-9_]+");
    assertThat(filter.type()).isNotNull();
    assertThat(filter.help()).isNotNull();
  }
}
