package dev.tminus.api;

import static dev.tminus.db.schema.Tables.COUNTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.noCondition;

import dev.tminus.db.Database;
import dev.tminus.support.TestDatabase;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DRF's {@code SearchFilter} without a server: how a {@code search} value is split into terms
 * ({@code search_smart_split}: Django's {@code smart_split}, commas trimmed, quoted phrases whole,
 * other tokens split on commas) and which rows the condition keeps on a real (H2) database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
  @Nested
  class Terms {
    @Test
    void whitespaceAndCommasSeparateTerms() {
      assertThat(Search.terms("Soyuz MS-27  farewell")).containsExactly("Soyuz", "MS-27", "farewell");
      assertThat(Search.terms("a,b\tc\nd")).containsExactly("a", "b", "c", "d");
      assertThat(Search.terms(",,a,,b,,")).containsExactly("a", "b");
      assertThat(Search.terms("a ,b")).containsExactly("a", "b");
    }

    @Test
    void aQuotedPhraseIsOneTermWithoutItsQuotes() {
      assertThat(Search.terms("\"hatch closing\" Soyuz")).containsExactly("hatch closing", "Soyuz");
      assertThat(Search.terms("'hatch closing'")).containsExactly("hatch closing");
      assertThat(Search.terms("\"hatch closing\", MS")).containsExactly("hatch closing", "MS");
      assertThat(Search.terms("\"a, b\"")).containsExactly("a, b");
      assertThat(Search.terms("\" spaced \"")).containsExactly(" spaced ");
    }

    @Test
    void aQuotedPartInsideATokenKeepsItsQuotesAndTheTokenSplitsOnCommas() {
      // DRF: the token `"hatch closing",MS` does not end with its opening quote, so it is split on
      // the comma and the quotes stay.
      assertThat(Search.terms("Soyuz \"hatch closing\",MS")).containsExactly("Soyuz", "\"hatch closing\"", "MS");
      assertThat(Search.terms("x\"a b\"y")).containsExactly("x\"a b\"y");
    }

    @Test
    void escapesInsideQuotesAreUndoneAsDjangosUnescapeStringLiteral() {
      assertThat(Search.terms("\"say \\\"hi\\\"\"")).containsExactly("say \"hi\"");
      assertThat(Search.terms("'O\\'Neill'")).containsExactly("O'Neill");
      assertThat(Search.terms("\"back\\\\slash\"")).containsExactly("back\\slash");
    }

    @Test
    void anUnbalancedQuoteIsAnOrdinaryCharacter() {
      assertThat(Search.terms("O'Neill")).containsExactly("O'Neill");
      assertThat(Search.terms("\"open phrase")).containsExactly("\"open", "phrase");
    }

    @Test
    void aLoneQuoteIsAnEmptyPhraseAsDjangosUnescapeStringLiteralReadsIt() {
      assertThat(Search.terms("\"")).containsExactly("");
      assertThat(Search.terms("'")).containsExactly("");
      assertThat(Search.terms(",',")).containsExactly("");
    }

    @Test
    void nothingToSearchIsNoTerms() {
      assertThat(Search.terms(null)).isEmpty();
      assertThat(Search.terms("")).isEmpty();
      assertThat(Search.terms("   ")).isEmpty();
      assertThat(Search.terms(",")).isEmpty();
    }

    @Test
    void nulCharactersAreDropped() {
      assertThat(Search.terms("Kaz\0akh")).containsExactly("Kazakh");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Conditions {
    private Database database;
    private DSLContext dsl;
    private final List<Search.Field> fields = List.of(Search.column("name", COUNTRY.NAME),
        Search.column("alpha_3_code", COUNTRY.ALPHA_3_CODE), Search.column("id", COUNTRY.ID));

    @BeforeAll
    void rows() {
      database = TestDatabase.H2.open();
      dsl = database.dsl();
      dsl.insertInto(COUNTRY, COUNTRY.ID, COUNTRY.NAME, COUNTRY.ALPHA_3_CODE)
          .values(1, "United States of America", "USA")
          .values(2, "Kazakhstan", "KAZ")
          .values(3, "100% \"Quoted\" O'Neill_land \\ back", "XQZ")
          .values(44, "New Zealand", "NZL")
          .values(5, null, "NUL").execute();
    }

    @AfterAll
    void close() {
      database.close();
    }

    private List<Integer> search(String value) {
      return dsl.select(COUNTRY.ID).from(COUNTRY).where(Search.condition(value, fields)).orderBy(COUNTRY.ID).fetch(COUNTRY.ID);
    }

    @Test
    void anEmptySearchOrNoSearchedFieldsIsNoCondition() {
      assertThat(Search.condition(null, fields)).isEqualTo(noCondition());
      assertThat(Search.condition("  , ", fields)).isEqualTo(noCondition());
      assertThat(Search.condition("Kazakhstan", List.of())).isEqualTo(noCondition());
    }

    @Test
    void aTermMatchesAnyFieldIgnoringCase() {
      assertThat(search("kaz")).containsExactly(2);
      assertThat(search("nzl")).containsExactly(44);
      assertThat(search("zealand")).containsExactly(44);
    }

    @Test
    void everyTermMustMatchSomewhere() {
      assertThat(search("new nzl")).containsExactly(44);
      assertThat(search("new,usa")).isEmpty();
      assertThat(search("states america")).containsExactly(1);
    }

    @Test
    void aQuotedPhraseMatchesOnlyAsAWhole() {
      assertThat(search("\"of America\"")).containsExactly(1);
      assertThat(search("\"America of\"")).isEmpty();
      assertThat(search("America of")).containsExactly(1);
    }

    @Test
    void numbersAreSearchedAsTheirText() {
      assertThat(search("44")).containsExactly(44);
      assertThat(search("4")).containsExactly(44);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"%|3", "_|3", "\\|3", "'\"Quoted\"'|3", "O'Neill|3", "100%|3", "n_l|''"})
    void wildcardsQuotesAndBackslashesMatchThemselves(String value, String expected) {
      assertThat(search(value)).isEqualTo(expected.isEmpty() ? List.of() : List.of(Integer.parseInt(expected)));
    }

    @Test
    void anEmptyPhraseMatchesEveryRowWithAValueAsIcontainsOfNothing() {
      assertThat(search("\"")).containsExactly(1, 2, 3, 5, 44);
      assertThat(search("\"\"")).containsExactly(1, 2, 3, 5, 44);
    }

    @Test
    void aRowWithoutTheValueIsMatchedByItsOtherFields() {
      assertThat(search("nul")).containsExactly(5);
    }
  }
}
