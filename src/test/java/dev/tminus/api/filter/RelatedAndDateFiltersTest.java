package dev.tminus.api.filter;

import static dev.tminus.api.filter.Filters.Lookup.CONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;
import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.AGENCY_COUNTRY;
import static dev.tminus.db.schema.Tables.COUNTRY;
import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.PROGRAM_AGENCY;
import static dev.tminus.db.schema.Tables.SPACE_STATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.noCondition;

import dev.tminus.api.Search;
import dev.tminus.db.Database;
import dev.tminus.support.TestDatabase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The filter kinds of objects related through a join table ({@link Filters#viaMany}, and
 * {@link Search#related} for search) and of dates ({@link Filters#date}), without a server, on a
 * real (H2) database.
 *
 * <p>Rows: agencies 82 Lockheed Martin (USA), 124 United Launch Alliance (USA), 63 RFSA (RUS);
 * programs 1 Atlas (82, 124), 2 Soyuz (63), 3 Falcon (no agency); space stations 1 Salyut 1
 * (founded 1971-04-19), 2 Skylab (1973-05-14), 3 Gateway (not founded).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedAndDateFiltersTest {
  private Database database;
  private DSLContext dsl;

  @BeforeAll
  void rows() {
    database = TestDatabase.H2.open();
    dsl = database.dsl();
    dsl.insertInto(COUNTRY, COUNTRY.ID, COUNTRY.ALPHA_3_CODE).values(1, "USA").values(2, "RUS").execute();
    dsl.insertInto(AGENCY, AGENCY.ID, AGENCY.NAME, AGENCY.ABBREV)
        .values(82, "Lockheed Martin", "LMT").values(124, "United Launch Alliance", "ULA").values(63, "RFSA", "RFSA")
        .execute();
    dsl.insertInto(AGENCY_COUNTRY, AGENCY_COUNTRY.AGENCY_ID, AGENCY_COUNTRY.COUNTRY_ID)
        .values(82, 1).values(124, 1).values(63, 2).execute();
    dsl.insertInto(PROGRAM, PROGRAM.ID, PROGRAM.NAME).values(1, "Atlas").values(2, "Soyuz").values(3, "Falcon").execute();
    dsl.insertInto(PROGRAM_AGENCY, PROGRAM_AGENCY.PROGRAM_ID, PROGRAM_AGENCY.AGENCY_ID)
        .values(1, 82).values(1, 124).values(2, 63).execute();
    dsl.insertInto(SPACE_STATION, SPACE_STATION.ID, SPACE_STATION.NAME, SPACE_STATION.FOUNDED)
        .values(1, "Salyut 1", LocalDate.parse("1971-04-19")).values(2, "Skylab", LocalDate.parse("1973-05-14"))
        .values(3, "Gateway", null).execute();
  }

  @AfterAll
  void close() {
    database.close();
  }

  private List<Integer> ids(Table<?> table, Field<Integer> id, Condition condition) {
    return dsl.select(id).from(table).where(condition).orderBy(id).fetch(id);
  }

  private List<Integer> programs(Condition condition) {
    return ids(PROGRAM, PROGRAM.ID, condition);
  }

  private List<Integer> programs(Filter filter, String... values) throws Filter.InvalidValue {
    return programs(filter.condition(Arrays.asList(values), dsl));
  }

  private List<Integer> stations(Filter filter, String... values) throws Filter.InvalidValue {
    return ids(SPACE_STATION, SPACE_STATION.ID, filter.condition(Arrays.asList(values), dsl));
  }

  private static List<Filter> agencies(List<Filter> filters) {
    return Filters.viaMany("agencies", PROGRAM.ID, PROGRAM_AGENCY, PROGRAM_AGENCY.PROGRAM_ID, PROGRAM_AGENCY.AGENCY_ID,
        AGENCY.ID, filters);
  }

  private static Filter founded(Filters.Lookup lookup) {
    return Filters.date("founded", SPACE_STATION.FOUNDED, lookup).get(0);
  }

  private static String refused(Filter filter, String value, DSLContext dsl) {
    try {
      filter.condition(List.of(value), dsl);
    } catch (Filter.InvalidValue e) {
      return e.getMessage();
    }
    throw new AssertionError(filter.param() + "=" + value + " was accepted");
  }

  @Test
  void aFilterThroughAJoinTableMatchesWhenOneRelatedObjectDoes() throws Filter.InvalidValue {
    List<Filter> byName = agencies(Filters.text("name", AGENCY.NAME, EXACT, CONTAINS));
    assertThat(byName).extracting(Filter::param).containsExactly("agencies__name", "agencies__name__contains");
    assertThat(programs(byName.get(0), "United Launch Alliance")).containsExactly(1);
    assertThat(programs(byName.get(1), "A")).containsExactly(1, 2);
    assertThat(programs(byName.get(0), "Nobody")).isEmpty();
    assertThat(programs(byName.get(0), "")).as("an empty value is no filter").containsExactly(1, 2, 3);
    assertThat(byName.get(0).condition(List.of(""), dsl)).isEqualTo(noCondition());
  }

  @Test
  void joinTablesNest() throws Filter.InvalidValue {
    Filter country = agencies(Filters.viaMany("country", AGENCY.ID, AGENCY_COUNTRY, AGENCY_COUNTRY.AGENCY_ID,
        AGENCY_COUNTRY.COUNTRY_ID, COUNTRY.ID, Filters.text("alpha_3_code", COUNTRY.ALPHA_3_CODE, EXACT))).get(0);
    assertThat(country.param()).isEqualTo("agencies__country__alpha_3_code");
    assertThat(programs(country, "RUS")).containsExactly(2);
    assertThat(programs(country, "USA")).containsExactly(1);
  }

  @Test
  void aRefusedValueIsRefusedThroughTheJoinTable() {
    assertThat(refused(agencies(Filters.number("id", AGENCY.ID, EXACT)).get(0), "LMT", dsl)).isEqualTo("Enter a number.");
  }

  @Test
  void aSearchThroughAJoinTableFindsATermInOneOfTheRelatedTexts() {
    Search.Field name = Search.related("agencies__name", PROGRAM.ID, PROGRAM_AGENCY, PROGRAM_AGENCY.PROGRAM_ID,
        PROGRAM_AGENCY.AGENCY_ID, AGENCY.ID, AGENCY.NAME);
    List<Search.Field> fields = List.of(name, Search.column("name", PROGRAM.NAME));
    assertThat(programs(Search.condition("alliance", fields))).containsExactly(1);
    assertThat(programs(Search.condition("rfsa soyuz", fields))).containsExactly(2);
    assertThat(programs(Search.condition("lockheed soyuz", fields))).isEmpty();
    assertThat(programs(Search.condition("falcon", fields))).containsExactly(3);
  }

  @Test
  void eachDateLookupComparesAsItsNameSays() throws Filter.InvalidValue {
    assertThat(stations(founded(EXACT), "1971-04-19")).containsExactly(1);
    assertThat(stations(founded(GT), "1971-04-19")).containsExactly(2);
    assertThat(stations(founded(GTE), "1971-04-19")).containsExactly(1, 2);
    assertThat(stations(founded(LT), "1973-05-14")).containsExactly(1);
    assertThat(stations(founded(LTE), "1973-05-14")).containsExactly(1, 2);
    assertThat(stations(founded(EXACT), "")).as("an empty value is no filter").containsExactly(1, 2, 3);
    assertThat(founded(GT).type()).isEqualTo(Filter.ParamType.DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1971-04-19", " 1971-04-19 ", "1971-4-19", "04/19/1971", "4/19/71"})
  void djangosDateFormsAreRead(String value) throws Filter.InvalidValue {
    assertThat(stations(founded(EXACT), value)).containsExactly(1);
  }

  @Test
  void aTwoDigitYearIsReadAsStrptimeReadsIt() throws Filter.InvalidValue {
    assertThat(Values.date("1/2/68")).isEqualTo(LocalDate.of(2068, 1, 2));
    assertThat(Values.date("1/2/69")).isEqualTo(LocalDate.of(1969, 1, 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "2024-02-30", "2024-13-01", "1971-04-19T00:00:00Z", "19.04.1971", "04/19/1971x"})
  void anythingElseIsEnterAValidDate(String value) {
    assertThat(refused(founded(EXACT), value, dsl)).isEqualTo("Enter a valid date.");
  }
}
