package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The CSV that {@code COPY} reads: the one place where NULL and the empty string could be confused. */
class PostgresCopyTest {
  private static String line(Object... row) throws Exception {
    StringWriter out = new StringWriter();
    PostgresCopy.appendRow(out, row);
    return out.toString();
  }

  @Test
  void nullIsAnUnquotedEmptyFieldAndTheEmptyStringIsQuoted() throws Exception {
    assertThat(line(null, "", 1)).isEqualTo(",\"\",\"1\"\n");
  }

  @Test
  void quotesAreDoubledAndLineBreaksStayInsideTheValue() throws Exception {
    assertThat(line("say \"hi\"", "a,b\nc")).isEqualTo("\"say \"\"hi\"\"\",\"a,b\nc\"\n");
  }

  @Test
  void valuesAreWrittenAsPostgresqlReadsThem() throws Exception {
    UUID id = UUID.fromString("3ac2ffb3-8423-4deb-9f20-942af0b435c6");
    assertThat(line(Instant.parse("2014-08-29T01:28:15Z"), LocalDate.of(1998, 11, 20), true, id))
        .isEqualTo("\"2014-08-29T01:28:15Z\",\"1998-11-20\",\"true\",\"" + id + "\"\n");
  }
}
