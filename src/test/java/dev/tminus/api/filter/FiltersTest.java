package dev.tminus.api.filter;

import static dev.tminus.api.filter.Filters.Lookup.CONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.EXACT;
import static dev.tminus.api.filter.Filters.Lookup.GT;
import static dev.tminus.api.filter.Filters.Lookup.GTE;
import static dev.tminus.api.filter.Filters.Lookup.ICONTAINS;
import static dev.tminus.api.filter.Filters.Lookup.LT;
import static dev.tminus.api.filter.Filters.Lookup.LTE;
import static dev.tminus.db.schema.Tables.AGENCY;
import static dev.tminus.db.schema.Tables.COUNTRY;
import static dev.tminus.db.schema.Tables.EVENT;
import static dev.tminus.db.schema.Tables.EVENT_LAUNCH;
import static dev.tminus.db.schema.Tables.EVENT_TYPE;
import static dev.tminus.db.schema.Tables.VID_URL;
import static dev.tminus.db.schema.Tables.LAUNCH;
import static dev.tminus.db.schema.Tables.LOCATION;
import static dev.tminus.db.schema.Tables.PAD;
import static dev.tminus.db.schema.Tables.PAD_AGENCY;
import static dev.tminus.db.schema.Tables.PROGRAM;
import static dev.tminus.db.schema.Tables.PROGRAM_AGENCY;
import static dev.tminus.db.schema.Tables.PROGRAM_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.noCondition;

import dev.tminus.db.Database;
import dev.tminus.support.TestDatabase;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every filter kind of {@link Filters}, without a server: what a value parses to, which rows the
 * condition it gives matches on a real (H2) database, that an empty value is no filter at all, and
 * django-filter's message for a value it refuses.
 *
 * <p>Rows: pads 1 "SLC-40" (location 10), 2 "LC-39A" (location 20), 3 "lc-39b" (no location, no
 * launch count), 15 "Site 1/5" (location 30); locations 10 Cape Canaveral and 20 Kennedy (USA),
 * 30 Baikonur (KAZ, inactive: 20); programs 1 (2020-02-29T23:30Z, type 1), 2 (2021-06-15, type 2),
 * 3 (no date, no type); events 1 and 2 with one launch and one video each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiltersTest {
  static final UUID LAUNCH_A = UUID.fromString("e3df2ecd-c239-472f-95e4-2b89b4f75800");
  static final UUID LAUNCH_B = UUID.fromString("a3c9c47e-976e-40a5-8889-30c407131e3a");

  private Database database;
  private DSLContext dsl;

  @BeforeAll
  void rows() {
    database = TestDatabase.H2.open();
    dsl = database.dsl();
    dsl.insertInto(COUNTRY, COUNTRY.ID, COUNTRY.NAME, COUNTRY.ALPHA_3_CODE)
        .values(1, "United States of America", "USA").values(2, "Kazakhstan", "KAZ").execute();
    dsl.insertInto(LOCATION, LOCATION.ID, LOCATION.NAME, LOCATION.COUNTRY_ID, LOCATION.ACTIVE)
        .values(10, "Cape Canaveral", 1, true).values(20, "Kennedy", 1, false).values(30, "Baikonur", 2, true).execute();
    dsl.insertInto(PAD, PAD.ID, PAD.NAME, PAD.LOCATION_ID, PAD.LATITUDE, PAD.LONGITUDE, PAD.TOTAL_LAUNCH_COUNT)
        .values(1, "SLC-40", 10, 28.5, -80.5, 1)
        .values(2, "LC-39A", 20, 28.6, -80.6, 2)
        .values(3, "lc-39b", null, -45.0, 170.0, null)
        .values(15, "Site 1/5", 30, 45.9, 63.3, 3).execute();
    dsl.insertInto(AGENCY, AGENCY.ID, AGENCY.NAME).values(44, "NASA").values(121, "SpaceX").execute();
    dsl.insertInto(PAD_AGENCY, PAD_AGENCY.PAD_ID, PAD_AGENCY.AGENCY_ID).values(1, 121).values(2, 44).values(2, 121).execute();
    dsl.insertInto(PROGRAM_TYPE, PROGRAM_TYPE.ID, PROGRAM_TYPE.NAME).values(1, "Flagship").values(2, "Crew").execute();
    dsl.insertInto(PROGRAM, PROGRAM.ID, PROGRAM.NAME, PROGRAM.START_DATE, PROGRAM.TYPE_ID)
        .values(1, "Leap day", Instant.parse("2020-02-29T23:30:00Z"), 1)
        .values(2, "Midsummer", Instant.parse("2021-06-15T00:00:00Z"), 2)
        .values(3, "Undated", null, null).execute();
    dsl.insertInto(PROGRAM_AGENCY, PROGRAM_AGENCY.PROGRAM_ID, PROGRAM_AGENCY.AGENCY_ID).values(1, 44).values(2, 121).execute();
    dsl.insertInto(EVENT_TYPE, EVENT_TYPE.ID, EVENT_TYPE.NAME).values(1, "Docking").execute();
    dsl.insertInto(EVENT, EVENT.ID, EVENT.NAME, EVENT.SLUG, EVENT.TYPE_ID).values(1, "One", "one", 1).values(2, "Two", "two", 1)
        .execute();
    dsl.insertInto(LAUNCH, LAUNCH.ID, LAUNCH.NAME, LAUNCH.SLUG).values(LAUNCH_A, "A", "a").values(LAUNCH_B, "B", "b").execute();
    dsl.insertInto(EVENT_LAUNCH, EVENT_LAUNCH.EVENT_ID, EVENT_LAUNCH.LAUNCH_ID).values(1, LAUNCH_A).execute();
    dsl.insertInto(VID_URL, VID_URL.EVENT_ID, VID_URL.URL).values(1, "https://a").values(2, "https://b").execute();
  }

  @AfterAll
  void close() {
    database.close();
  }

  /** The ids of {@code table} the filter keeps for the parameter's values, in id order. */
  private List<Integer> ids(Table<?> table, Field<Integer> id, Filter filter, String... values) throws Filter.InvalidValue {
    return dsl.select(id).from(table).where(filter.condition(Arrays.asList(values), dsl)).orderBy(id).fetch(id);
  }

  private List<Integer> pads(Filter filter, String... values) throws Filter.InvalidValue {
    return ids(PAD, PAD.ID, filter, values);
  }

  private List<Integer> programs(Filter filter, String... values) throws Filter.InvalidValue {
    return ids(PROGRAM, PROGRAM.ID, filter, values);
  }

  private List<Integer> events(Filter filter, String... values) throws Filter.InvalidValue {
    return ids(EVENT, EVENT.ID, filter, values);
  }

  private String refused(Filter filter, String... values) {
    try {
      filter.condition(Arrays.asList(values), dsl);
    } catch (Filter.InvalidValue e) {
      return e.getMessage();
    }
    throw new AssertionError(filter.param() + "=" + List.of(values) + " was accepted");
  }

  private static Filter one(List<Filter> filters, String param) {
    return filters.stream().filter(f -> f.param().equals(param)).findFirst()
        .orElseThrow(() -> new AssertionError("no filter " + param + " in " + filters.stream().map(Filter::param).toList()));
  }

  private Filter launchCount(Filters.Lookup lookup) {
    return Filters.number("total_launch_count", PAD.TOTAL_LAUNCH_COUNT, lookup).get(0);
  }

  private Filter latitude(Filters.Lookup lookup) {
    return Filters.number("latitude", PAD.LATITUDE, lookup).get(0);
  }

  @Test
  void parameterNamesAreFieldPlusLookupWithExactImplied() {
    assertThat(Filters.number("total_launch_count", PAD.TOTAL_LAUNCH_COUNT, EXACT, GT, GTE, LT, LTE))
        .extracting(Filter::param).containsExactly("total_launch_count", "total_launch_count__gt",
            "total_launch_count__gte", "total_launch_count__lt", "total_launch_count__lte");
    assertThat(Filters.text("name", PAD.NAME, EXACT, CONTAINS, ICONTAINS)).extracting(Filter::param)
        .containsExactly("name", "name__contains", "name__icontains");
    assertThat(Filters.dateTime("start_date", PROGRAM.START_DATE, GT, LTE)).extracting(Filter::param)
        .containsExactly("start_date__gt", "start_date__lte");
    assertThat(Filters.via("location", PAD.LOCATION_ID, LOCATION.ID, Filters.text("name", LOCATION.NAME, EXACT, CONTAINS)))
        .extracting(Filter::param).containsExactly("location__name", "location__name__contains");
  }

  @Test
  void numberFiltersAreTypedAsTheirColumnIs() {
    assertThat(launchCount(EXACT).type()).isEqualTo(Filter.ParamType.INTEGER);
    assertThat(latitude(GT).type()).isEqualTo(Filter.ParamType.NUMBER);
    assertThat(Filters.bool("active", LOCATION.ACTIVE, "").type()).isEqualTo(Filter.ParamType.BOOLEAN);
  }

  /** django-filter: a parameter that is absent or empty filters nothing. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class EmptyValues {
    List<Filter> everyKind() {
      return List.of(
          Filters.numberIn("id", PAD.ID, ""),
          Filters.relatedIn("agency__ids", PAD.ID, PAD_AGENCY, PAD_AGENCY.PAD_ID, PAD_AGENCY.AGENCY_ID, ""),
          Filters.relatedUuidIn("launch__ids", EVENT.ID, EVENT_LAUNCH, EVENT_LAUNCH.EVENT_ID, EVENT_LAUNCH.LAUNCH_ID, ""),
          Filters.relatedTextIn("video_url", EVENT.ID, VID_URL, VID_URL.EVENT_ID, VID_URL.URL, ""),
          Filters.exact("slug", EVENT.SLUG, ""),
          Filters.dateTime("start_date__gt", PROGRAM.START_DATE, GT),
          Filters.datePart("year", PROGRAM.START_DATE, DatePart.YEAR, ""),
          Filters.modelChoice("type", PROGRAM.TYPE_ID, PROGRAM_TYPE, PROGRAM_TYPE.ID, ""),
          Filters.modelMultipleChoice("agency", PROGRAM.ID, PROGRAM_AGENCY, PROGRAM_AGENCY.PROGRAM_ID,
              PROGRAM_AGENCY.AGENCY_ID, AGENCY, AGENCY.ID, ""),
          Filters.flag("hide_recent_previous", ""),
          launchCount(EXACT), launchCount(GT), latitude(LTE),
          Filters.numberContains("id__contains", PAD.ID),
          Filters.text("name", PAD.NAME, CONTAINS).get(0),
          Filters.bool("active", LOCATION.ACTIVE, ""),
          Filters.via("location", PAD.LOCATION_ID, LOCATION.ID, Filters.text("name", LOCATION.NAME, EXACT)).get(0),
          Filters.named("code", "", Filters.text("alpha_3_code", COUNTRY.ALPHA_3_CODE, EXACT).get(0)));
    }

    @Test
    void anAbsentOrEmptyParameterIsNoFilter() throws Filter.InvalidValue {
      for (Filter f : everyKind()) {
        assertThat(f.condition(List.of(), dsl)).as(f.param() + " absent").isEqualTo(noCondition());
        assertThat(f.condition(List.of(""), dsl)).as(f.param() + "=").isEqualTo(noCondition());
        assertThat(f.condition(List.of("", ""), dsl)).as(f.param() + "=&" + f.param() + "=").isEqualTo(noCondition());
        // QueryDict.get: the last value counts, and an empty last value is no value (a multiple
        // choice reads every value, QueryDict.getlist)
        if (f.type() != Filter.ParamType.INTEGER_REPEATED) {
          assertThat(f.condition(List.of("1", ""), dsl)).as(f.param() + "=1&" + f.param() + "=").isEqualTo(noCondition());
        }
      }
    }

    @Test
    void aListOfOnlyCommasIsNoFilter() throws Filter.InvalidValue {
      assertThat(Filters.numberIn("id", PAD.ID, "").condition(List.of(",,"), dsl)).isEqualTo(noCondition());
      assertThat(Filters.datePart("year", PROGRAM.START_DATE, DatePart.YEAR, "").condition(List.of(","), dsl))
          .isEqualTo(noCondition());
    }

    @Test
    void anEmptyValueOfARelatedFilterKeepsObjectsWithoutTheRelation() throws Filter.InvalidValue {
      Filter locationName = Filters.via("location", PAD.LOCATION_ID, LOCATION.ID,
          Filters.text("name", LOCATION.NAME, EXACT)).get(0);
      assertThat(pads(locationName, "")).containsExactly(1, 2, 3, 15);
    }
  }

  @Test
  void theLastValueOfARepeatedParameterCounts() throws Filter.InvalidValue {
    assertThat(pads(launchCount(EXACT), "1", "2")).containsExactly(2);
    assertThat(pads(Filters.numberIn("id", PAD.ID, ""), "1", "2,3")).containsExactly(2, 3);
  }

  @Nested
  class NumberIn {
    final Filter id = Filters.numberIn("id", PAD.ID, "");

    @Test
    void matchesAnyOfTheCommaSeparatedNumbers() throws Filter.InvalidValue {
      assertThat(pads(id, "1,15")).containsExactly(1, 15);
      assertThat(pads(id, " 2 , 3 ")).containsExactly(2, 3);
      assertThat(pads(id, "1.5e1")).containsExactly(15);
    }

    @Test
    void aNumberWithAFractionOrBeyondTheColumnMatchesNothing() throws Filter.InvalidValue {
      assertThat(pads(id, "1.5")).isEmpty();
      assertThat(pads(id, "99999999999")).isEmpty();
      assertThat(pads(id, "1.5,2")).containsExactly(2);
    }

    @Test
    void aNonNumberIsEnterANumber() {
      assertThat(refused(id, "1,abc")).isEqualTo("Enter a number.");
      assertThat(refused(id, "NaN")).isEqualTo("Enter a number.");
    }
  }

  @Nested
  class RelatedIn {
    final Filter agencies = Filters.relatedIn("agencies_ids", PAD.ID, PAD_AGENCY, PAD_AGENCY.PAD_ID, PAD_AGENCY.AGENCY_ID, "");

    @Test
    void matchesObjectsRelatedToAnyOfTheIds() throws Filter.InvalidValue {
      assertThat(pads(agencies, "44")).containsExactly(2);
      assertThat(pads(agencies, "121")).containsExactly(1, 2);
      assertThat(pads(agencies, "44,121")).containsExactly(1, 2);
    }

    @Test
    void anUnknownIdMatchesNothingAndANonNumberIsRefused() throws Filter.InvalidValue {
      assertThat(pads(agencies, "999")).isEmpty();
      assertThat(refused(agencies, "NASA")).isEqualTo("Enter a number.");
    }
  }

  @Nested
  class RelatedUuidIn {
    final Filter launches = Filters.relatedUuidIn("launch__ids", EVENT.ID, EVENT_LAUNCH, EVENT_LAUNCH.EVENT_ID,
        EVENT_LAUNCH.LAUNCH_ID, "");

    @Test
    void matchesObjectsRelatedToAnyOfTheUuids() throws Filter.InvalidValue {
      assertThat(events(launches, LAUNCH_A.toString())).containsExactly(1);
      assertThat(events(launches, LAUNCH_B + "," + LAUNCH_A.toString().toUpperCase())).containsExactly(1);
      assertThat(events(launches, LAUNCH_B.toString())).isEmpty();
    }

    @Test
    void aMalformedUuidIsEnterAValidUuid() {
      assertThat(refused(launches, "e3df2ecd")).isEqualTo("Enter a valid UUID.");
      assertThat(refused(launches, LAUNCH_A + ",x")).isEqualTo("Enter a valid UUID.");
    }
  }

  @Nested
  class RelatedTextIn {
    final Filter videos = Filters.relatedTextIn("video_url", EVENT.ID, VID_URL, VID_URL.EVENT_ID,
        VID_URL.URL, "");

    @Test
    void matchesARelatedRowWithOneOfTheTexts() throws Filter.InvalidValue {
      assertThat(events(videos, "https://a")).containsExactly(1);
      assertThat(events(videos, "https://b,https://c")).containsExactly(2);
      assertThat(events(videos, "https://A")).isEmpty();
    }

    @Test
    void aNulCharacterIsRefused() {
      assertThat(refused(videos, "https://a\0")).isEqualTo("Null characters are not allowed.");
    }
  }

  @Nested
  class Text {
    final List<Filter> name = Filters.text("name", PAD.NAME, EXACT, CONTAINS, ICONTAINS);

    @Test
    void exactIsTheWholeValueCaseSensitively() throws Filter.InvalidValue {
      assertThat(pads(one(name, "name"), "LC-39A")).containsExactly(2);
      assertThat(pads(one(name, "name"), "lc-39a")).isEmpty();
      assertThat(pads(one(name, "name"), "LC-39")).isEmpty();
      assertThat(events(Filters.exact("slug", EVENT.SLUG, ""), "two")).containsExactly(2);
    }

    @Test
    void containsIsCaseSensitiveAsDjangoOnPostgresql() throws Filter.InvalidValue {
      assertThat(pads(one(name, "name__contains"), "LC")).containsExactly(1, 2);
      assertThat(pads(one(name, "name__contains"), "39")).containsExactly(2, 3);
    }

    @Test
    void icontainsIgnoresCase() throws Filter.InvalidValue {
      assertThat(pads(one(name, "name__icontains"), "lc")).containsExactly(1, 2, 3);
    }

    @Test
    void likeWildcardsAreMatchedLiterally() throws Filter.InvalidValue {
      assertThat(pads(one(name, "name__contains"), "%")).isEmpty();
      assertThat(pads(one(name, "name__contains"), "_")).isEmpty();
      assertThat(pads(one(name, "name__icontains"), "1/5")).containsExactly(15);
    }

    @Test
    void aNulCharacterIsRefused() {
      for (Filter f : name) assertThat(refused(f, "LC\0")).as(f.param()).isEqualTo("Null characters are not allowed.");
      assertThat(refused(Filters.exact("slug", EVENT.SLUG, ""), "\0")).isEqualTo("Null characters are not allowed.");
    }
  }

  @Nested
  class DateTimes {
    final Instant leapDay = Instant.parse("2020-02-29T23:30:00Z");

    @Test
    void eachLookupComparesAsItsNameSays() throws Filter.InvalidValue {
      String at = "2020-02-29T23:30:00Z";
      assertThat(programs(Filters.dateTime("d", PROGRAM.START_DATE, EXACT), at)).containsExactly(1);
      assertThat(programs(Filters.dateTime("d", PROGRAM.START_DATE, GT), at)).containsExactly(2);
      assertThat(programs(Filters.dateTime("d", PROGRAM.START_DATE, GTE), at)).containsExactly(1, 2);
      assertThat(programs(Filters.dateTime("d", PROGRAM.START_DATE, LT), "2021-06-15T00:00:00Z")).containsExactly(1);
      assertThat(programs(Filters.dateTime("d", PROGRAM.START_DATE, LTE), "2021-06-15T00:00:00Z")).containsExactly(1, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-02-29T23:30:00Z", "2020-02-29T23:30:00", "2020-02-29 23:30", "2020-02-29T23:30Z",
        "2020-03-01T05:00:00+05:30", "2020-03-01T05:00+0530", "2020-02-29T18:30:00-05", "2020-02-29T23:30:00.000000Z",
        " 2020-02-29T23:30:00Z "})
    void djangosDateTimeFormsAreReadAndNaiveValuesAreUtc(String value) throws Filter.InvalidValue {
      assertThat(Values.dateTime(value)).isEqualTo(leapDay);
      assertThat(programs(Filters.dateTime("d", PROGRAM.START_DATE, EXACT), value)).containsExactly(1);
    }

    @Test
    void aBareDateIsMidnightUtc() throws Filter.InvalidValue {
      assertThat(Values.dateTime("2021-06-15")).isEqualTo(Instant.parse("2021-06-15T00:00:00Z"));
      assertThat(Values.dateTime("2020-02-29T23:30:00.5Z")).isEqualTo(leapDay.plusMillis(500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2020-13-01", "2020-02-30", "2020-02-30T00:00:00Z", "2020-02-29T24:00",
        "2020-02-29T23", "20200229", "1582982400", "2020-02-29T23:30:00+25:00"})
    void anythingElseIsEnterAValidDateTime(String value) {
      assertThat(refused(Filters.dateTime("d", PROGRAM.START_DATE, GT), value)).isEqualTo("Enter a valid date/time.");
    }
  }

  @Nested
  class DateParts {
    @Test
    void aPartOfTheUtcDateIsOneOfTheNumbers() throws Filter.InvalidValue {
      assertThat(programs(Filters.datePart("year", PROGRAM.START_DATE, DatePart.YEAR, ""), "2020")).containsExactly(1);
      assertThat(programs(Filters.datePart("year", PROGRAM.START_DATE, DatePart.YEAR, ""), "2020,2021")).containsExactly(1, 2);
      assertThat(programs(Filters.datePart("month", PROGRAM.START_DATE, DatePart.MONTH, ""), "2")).containsExactly(1);
      assertThat(programs(Filters.datePart("day", PROGRAM.START_DATE, DatePart.DAY, ""), "29,15")).containsExactly(1, 2);
    }

    @Test
    void yearsNoTimestampHoldsMatchNothing() throws Filter.InvalidValue {
      Filter year = Filters.datePart("year", PROGRAM.START_DATE, DatePart.YEAR, "");
      assertThat(programs(year, "0")).isEmpty();
      assertThat(programs(year, "10000")).isEmpty();
      assertThat(programs(year, "2020.5")).isEmpty();
      assertThat(refused(year, "twenty")).isEqualTo("Enter a number.");
    }
  }

  @Nested
  class ModelChoices {
    final Filter type = Filters.modelChoice("type", PROGRAM.TYPE_ID, PROGRAM_TYPE, PROGRAM_TYPE.ID, "");
    final Filter agency = Filters.modelMultipleChoice("agency", PROGRAM.ID, PROGRAM_AGENCY, PROGRAM_AGENCY.PROGRAM_ID,
        PROGRAM_AGENCY.AGENCY_ID, AGENCY, AGENCY.ID, "");

    @Test
    void aModelChoiceIsTheIdOfAnExistingRow() throws Filter.InvalidValue {
      assertThat(programs(type, "2")).containsExactly(2);
      assertThat(programs(type, " 1 ")).containsExactly(1);
    }

    @Test
    void anythingElseIsNotOneOfTheAvailableChoices() {
      for (String value : List.of("99", "abc", "1.0", "99999999999")) {
        assertThat(refused(type, value)).as(value)
            .isEqualTo("Select a valid choice. That choice is not one of the available choices.");
      }
    }

    @Test
    void aMultipleChoiceMatchesAnyOfTheRepeatedOrCommaSeparatedIds() throws Filter.InvalidValue {
      assertThat(programs(agency, "44")).containsExactly(1);
      assertThat(programs(agency, "44", "121")).containsExactly(1, 2);
      assertThat(programs(agency, "121,44")).containsExactly(1, 2);
    }

    @Test
    void aMultipleChoiceNamesTheValueItRefuses() {
      assertThat(refused(agency, "abc")).isEqualTo("\u201cabc\u201d is not a valid value.");
      assertThat(refused(agency, "44", "999")).isEqualTo("Select a valid choice. 999 is not one of the available choices.");
    }

    @Test
    void aFlagOnlyDocumentsItsParameter() throws Filter.InvalidValue {
      assertThat(Filters.flag("hide_recent_previous", "").condition(List.of("true"), dsl)).isEqualTo(noCondition());
      assertThat(Filters.isTrue("True")).isTrue();
      assertThat(Filters.isTrue("yes")).isFalse();
    }
  }

  @Nested
  class NumbersOnWholeNumberColumns {
    @Test
    void eachLookupComparesAsItsNameSays() throws Filter.InvalidValue {
      assertThat(pads(launchCount(EXACT), "2")).containsExactly(2);
      assertThat(pads(launchCount(GT), "2")).containsExactly(15);
      assertThat(pads(launchCount(GTE), "2")).containsExactly(2, 15);
      assertThat(pads(launchCount(LT), "2")).containsExactly(1);
      assertThat(pads(launchCount(LTE), "2")).containsExactly(1, 2);
    }

    @Test
    void aDecimalIsComparedAsSqlWould() throws Filter.InvalidValue {
      assertThat(pads(launchCount(EXACT), "2.0")).containsExactly(2);
      assertThat(pads(launchCount(EXACT), "2e0")).containsExactly(2);
      assertThat(pads(launchCount(EXACT), "1.5")).isEmpty();
      assertThat(pads(launchCount(GT), "1.5")).containsExactly(2, 15);
      assertThat(pads(launchCount(GTE), "1.5")).containsExactly(2, 15);
      assertThat(pads(launchCount(LT), "2.5")).containsExactly(1, 2);
      assertThat(pads(launchCount(LTE), "2.5")).containsExactly(1, 2);
      assertThat(pads(launchCount(GT), "-0.5")).containsExactly(1, 2, 15);
      assertThat(pads(launchCount(LT), "-0.5")).isEmpty();
    }

    @Test
    void aValueBeyondAnyColumnIsDecidedWithoutOverflow() throws Filter.InvalidValue {
      for (String huge : List.of("1e30", "99999999999999999999999")) {
        assertThat(pads(launchCount(LT), huge)).containsExactly(1, 2, 15);
        assertThat(pads(launchCount(LTE), huge)).containsExactly(1, 2, 15);
        assertThat(pads(launchCount(GT), huge)).isEmpty();
        assertThat(pads(launchCount(GTE), huge)).isEmpty();
        assertThat(pads(launchCount(EXACT), huge)).isEmpty();
        assertThat(pads(launchCount(GT), "-" + huge)).containsExactly(1, 2, 15);
        assertThat(pads(launchCount(LT), "-" + huge)).isEmpty();
      }
      assertThat(pads(launchCount(LT), "3000000000")).containsExactly(1, 2, 15);
      assertThat(pads(launchCount(GT), "-3000000000")).containsExactly(1, 2, 15);
    }

    @Test
    void aValueOfAHugeExponentIsDecidedWithoutExpandingIt() throws Filter.InvalidValue {
      // 1e-2000000000 cannot be rounded by BigDecimal (its 10^2000000000 overflows), yet it is just above 0
      assertThat(pads(launchCount(GT), "1e-2000000000")).containsExactly(1, 2, 15);
      assertThat(pads(launchCount(GTE), "1e-2000000000")).containsExactly(1, 2, 15);
      assertThat(pads(launchCount(LT), "1e-2000000000")).isEmpty();
      assertThat(pads(launchCount(LTE), "-1e-2000000000")).isEmpty();
      assertThat(pads(launchCount(EXACT), "1e-2000000000")).isEmpty();
      assertThat(pads(launchCount(GT), "-1e-2000000000")).containsExactly(1, 2, 15);
      assertThat(pads(launchCount(LT), "1e2000000000")).containsExactly(1, 2, 15);
      assertThat(pads(launchCount(EXACT), "0e-2000000000")).isEmpty();
      assertThat(pads(launchCount(LTE), "0e2000000000")).isEmpty();
    }

    @Test
    void aRowWithoutAValueNeverMatches() throws Filter.InvalidValue {
      assertThat(pads(launchCount(GT), "-1e30")).doesNotContain(3);
      assertThat(pads(launchCount(LT), "1e30")).doesNotContain(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "1,2", "0x10", "NaN", "Infinity", "-inf", "1e", "--1", "1 2"})
    void aNonNumberIsEnterANumber(String value) {
      assertThat(refused(launchCount(EXACT), value)).isEqualTo("Enter a number.");
      assertThat(refused(launchCount(GTE), value)).isEqualTo("Enter a number.");
    }

    @Test
    void surroundingBlanksAndDigitsOfAnyScriptAreAllowedAsPythonsDecimalReadsThem() throws Filter.InvalidValue {
      assertThat(pads(launchCount(EXACT), " 3 ")).containsExactly(15);
      assertThat(pads(launchCount(EXACT), "\u0663")).containsExactly(15);
    }
  }

  @Nested
  class NumbersOnFloatColumns {
    @Test
    void eachLookupComparesAsItsNameSays() throws Filter.InvalidValue {
      assertThat(pads(latitude(GT), "28.5")).containsExactly(2, 15);
      assertThat(pads(latitude(GTE), "28.5")).containsExactly(1, 2, 15);
      assertThat(pads(latitude(LT), "28.6")).containsExactly(1, 3);
      assertThat(pads(latitude(LTE), "28.6")).containsExactly(1, 2, 3);
      assertThat(pads(latitude(EXACT), "45.9")).containsExactly(15);
      assertThat(pads(latitude(LT), "-4.5e1")).isEmpty();
    }

    @Test
    void aValueBeyondADoubleIsDecidedWithoutInfinity() throws Filter.InvalidValue {
      assertThat(pads(latitude(LT), "1e400")).containsExactly(1, 2, 3, 15);
      assertThat(pads(latitude(GT), "1e400")).isEmpty();
      assertThat(pads(latitude(GT), "-1e400")).containsExactly(1, 2, 3, 15);
      assertThat(pads(latitude(EXACT), "1e400")).isEmpty();
    }

    @Test
    void aNonNumberIsEnterANumber() {
      assertThat(refused(latitude(GT), "north")).isEqualTo("Enter a number.");
    }
  }

  @Nested
  class NumberContains {
    final Filter idContains = Filters.numberContains("id__contains", PAD.ID);

    @Test
    void theNumbersTextContainsTheValue() throws Filter.InvalidValue {
      assertThat(pads(idContains, "5")).containsExactly(15);
      assertThat(pads(idContains, "1")).containsExactly(1, 15);
      assertThat(pads(idContains, "1.0")).containsExactly(1, 15);
      assertThat(pads(idContains, "4")).isEmpty();
    }

    @Test
    void aNumberNoIntegerColumnsTextCanHoldMatchesNothing() throws Filter.InvalidValue {
      // written out, 1e2000000000 would be two billion characters
      assertThat(pads(idContains, "1e2000000000")).isEmpty();
      assertThat(pads(idContains, "1e-2000000000")).isEmpty();
      assertThat(pads(idContains, "1.5e1")).containsExactly(15);
      assertThat(pads(idContains, "-1")).isEmpty();
    }

    @Test
    void theValueMustBeANumber() {
      assertThat(refused(idContains, "%")).isEqualTo("Enter a number.");
    }
  }

  @Nested
  class Booleans {
    final Filter active = Filters.bool("active", LOCATION.ACTIVE, "");

    private List<Integer> locations(String value) throws Filter.InvalidValue {
      return ids(LOCATION, LOCATION.ID, active, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "1"})
    void trueFilters(String value) throws Filter.InvalidValue {
      assertThat(locations(value)).containsExactly(10, 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "0"})
    void falseFilters(String value) throws Filter.InvalidValue {
      assertThat(locations(value)).containsExactly(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUE", "yes", "on", "2", "t", "null", "\0"})
    void anythingElseIsIgnoredAsDjangoFiltersWidgetReadsIt(String value) throws Filter.InvalidValue {
      assertThat(active.condition(List.of(value), dsl)).isEqualTo(noCondition());
      assertThat(locations(value)).containsExactly(10, 20, 30);
    }
  }

  @Nested
  class Relations {
    final List<Filter> location = Filters.via("location", PAD.LOCATION_ID, LOCATION.ID,
        Filters.text("name", LOCATION.NAME, EXACT, CONTAINS));

    @Test
    void viaFiltersTheRelatedObject() throws Filter.InvalidValue {
      assertThat(pads(one(location, "location__name"), "Kennedy")).containsExactly(2);
      assertThat(pads(one(location, "location__name__contains"), "a")).containsExactly(1, 15);
      assertThat(pads(one(location, "location__name__contains"), "Nowhere")).isEmpty();
    }

    @Test
    void viaKeepsTheInnerFiltersMessage() {
      assertThat(refused(one(location, "location__name"), "\0")).isEqualTo("Null characters are not allowed.");
      Filter count = Filters.via("location", PAD.LOCATION_ID, LOCATION.ID,
          Filters.number("total_launch_count", LOCATION.TOTAL_LAUNCH_COUNT, GT)).get(0);
      assertThat(count.param()).isEqualTo("location__total_launch_count__gt");
      assertThat(refused(count, "x")).isEqualTo("Enter a number.");
    }

    @Test
    void namedRenamesAFilterAndKeepsWhatItMatches() throws Filter.InvalidValue {
      Filter countryCode = Filters.named("country_code", "Country Code", Filters.via("country", LOCATION.COUNTRY_ID,
          COUNTRY.ID, Filters.text("alpha_3_code", COUNTRY.ALPHA_3_CODE, EXACT)).get(0));
      assertThat(countryCode.param()).isEqualTo("country_code");
      assertThat(countryCode.help()).isEqualTo("Country Code");
      assertThat(countryCode.type()).isEqualTo(Filter.ParamType.STRING);
      assertThat(ids(LOCATION, LOCATION.ID, countryCode, "KAZ")).containsExactly(30);
      assertThat(ids(LOCATION, LOCATION.ID, countryCode, "USA")).containsExactly(10, 20);
      assertThat(ids(LOCATION, LOCATION.ID, countryCode, "usa")).isEmpty();
    }
  }

  @Test
  void theParsersKeepDjangosNumberRules() throws Filter.InvalidValue {
    assertThat(Values.number("1e3")).isEqualByComparingTo("1000");
    assertThat(Values.number(" -2.50 ")).isEqualByComparingTo("-2.5");
    assertThatThrownBy(() -> Values.number("")).isInstanceOf(Filter.InvalidValue.class).hasMessage("Enter a number.");
    assertThat(Values.integer("+7")).isEqualTo(7);
    assertThat(Values.integer("2147483648")).isNull();
    assertThat(Values.integer("1.0")).isNull();
    assertThat(Values.csv("1,,2, ,3")).containsExactly("1", "2", "3");
  }
}
