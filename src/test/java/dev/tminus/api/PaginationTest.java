package dev.tminus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DRF's LimitOffsetPagination as LL2 configures it (default 10, max 100), without a server. */
class PaginationTest {
  private static final String URL = "http://host/2.3.0/events/";

  private static Pagination of(String rawQuery) {
    return Pagination.from(QueryString.parse(rawQuery));
  }

  @Test
  void withoutParametersTheLimitIsTenFromTheStart() {
    assertThat(of("")).isEqualTo(new Pagination(10, 0));
    assertThat(of("mode=list")).isEqualTo(new Pagination(10, 0));
  }

  @Test
  void limitAboveTheMaximumIsClampedTo100() {
    assertThat(of("limit=100").limit()).isEqualTo(100);
    assertThat(of("limit=101").limit()).isEqualTo(100);
    assertThat(of("limit=500").limit()).isEqualTo(100);
  }

  @Test
  void anIntegerOfAnySizeIsANumberAsPythonsIntReadsIt() {
    // DRF's _positive_int is Python's int(): no overflow, so a huge limit is clamped, not refused.
    assertThat(of("limit=99999999999999999999").limit()).isEqualTo(100);
    assertThat(of("limit=" + "9".repeat(400)).limit()).isEqualTo(100);
    assertThat(of("limit=9223372036854775808").limit()).isEqualTo(100);
    // ...and a huge offset is past any end, not the first page.
    assertThat(of("offset=99999999999999999999").offset()).isEqualTo(Long.MAX_VALUE);
    assertThat(of("offset=9223372036854775807").offset()).isEqualTo(Long.MAX_VALUE);
    assertThat(of("offset=9223372036854775806").offset()).isEqualTo(Long.MAX_VALUE - 1);
  }

  @Test
  void zeroLimitFallsBackToTheDefaultButZeroOffsetIsTheStart() {
    assertThat(of("limit=0&offset=0")).isEqualTo(new Pagination(10, 0));
    assertThat(of("limit=-0").limit()).isEqualTo(10);
  }

  @Test
  void negativeValuesFallBack() {
    assertThat(of("limit=-5&offset=-3")).isEqualTo(new Pagination(10, 0));
    assertThat(of("limit=-99999999999999999999&offset=-99999999999999999999")).isEqualTo(new Pagination(10, 0));
  }

  @Test
  void invalidLimitFallsBackToDefault() {
    for (String raw : List.of("abc", "1.5", "1e3", "0x10", "", " ", "+", "-", "5abc", "1__0", "_1", "1_", "7 8", "½")) {
      assertThat(of("limit=" + QueryString.encode(raw) + "&offset=" + QueryString.encode(raw)))
          .as("%s", raw).isEqualTo(new Pagination(10, 0));
    }
  }

  @Test
  void surroundingWhitespaceASignUnderscoresAndOtherScriptsDigitsAreAccepted() {
    // What Python's int() accepts: int(" 7\n") == int("+7") == 7, int("1_0") == 10, int("٤٢") == 42.
    assertThat(of("limit=" + QueryString.encode(" 7\n")).limit()).isEqualTo(7);
    assertThat(of("limit=" + QueryString.encode("\t7 ")).limit()).isEqualTo(7);
    assertThat(of("limit=" + QueryString.encode("\u00a07")).limit()).isEqualTo(7);
    assertThat(of("limit=%2B7").limit()).isEqualTo(7);
    assertThat(of("limit=1_0&offset=2_000").offset()).isEqualTo(2000);
    assertThat(of("limit=1_0").limit()).isEqualTo(10);
    assertThat(of("limit=" + QueryString.encode("٤٢")).limit()).isEqualTo(42);
    assertThat(of("limit=" + QueryString.encode("７")).limit()).isEqualTo(7);
  }

  @Test
  void theLastValueOfARepeatedParameterCounts() {
    assertThat(of("limit=5&limit=7").limit()).isEqualTo(7);
  }

  @Test
  void linksOfAHugeLimitCarryTheClampedLimit() {
    QueryString query = QueryString.parse("limit=99999999999999999999");
    Pagination p = Pagination.from(query);
    assertThat(p.next(URL, query, 250)).isEqualTo(URL + "?limit=100&offset=100");
    assertThat(p.previous(URL, query)).isNull();
  }

  @Test
  void pastTheEndThereIsNoNextAndPreviousIsOffsetMinusLimit() {
    QueryString query = QueryString.parse("offset=1000");
    Pagination p = Pagination.from(query);
    assertThat(p.next(URL, query, 60)).isNull();
    assertThat(p.previous(URL, query)).isEqualTo(URL + "?limit=10&offset=990");
  }

  @Test
  void aHugeOffsetHasNoNextWithoutOverflowAndPreviousCountsFromTheLargestLong() {
    QueryString query = QueryString.parse("offset=99999999999999999999");
    Pagination p = Pagination.from(query);
    assertThat(p.next(URL, query, 60)).isNull();
    assertThat(p.next(URL, query, Long.MAX_VALUE)).isNull();
    assertThat(p.previous(URL, query)).isEqualTo(URL + "?limit=10&offset=9223372036854775797");
  }

  @Test
  void previousDropsTheOffsetWhenItWouldBeZero() {
    QueryString query = QueryString.parse("offset=3&limit=5");
    assertThat(Pagination.from(query).previous(URL, query)).isEqualTo(URL + "?limit=5");
    assertThat(Pagination.from(QueryString.parse("offset=0")).previous(URL, QueryString.parse("offset=0"))).isNull();
  }

  @Test
  void nextOnTheLastFullPageIsNull() {
    QueryString query = QueryString.parse("offset=50");
    assertThat(Pagination.from(query).next(URL, query, 60)).isNull();
    assertThat(Pagination.from(query).next(URL, query, 61)).isEqualTo(URL + "?limit=10&offset=60");
  }
}
