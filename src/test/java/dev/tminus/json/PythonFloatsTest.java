package dev.tminus.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatsTest {
  // Each expectation is what Python 3 prints for repr(float(x)), as LL2's JSON has them.
  @ParameterizedTest
  @CsvSource({
      "12742000, 12742000.0", "9.80655, 9.80655", "5.972168e24, 5.972168e+24", "0.0001, 0.0001",
      "0.00001, 1e-05", "1e16, 1e+16", "9999999999999998, 9999999999999998.0", "45.92, 45.92",
      "-63.342, -63.342", "0, 0.0", "1.5e-10, 1.5e-10", "123456789.125, 123456789.125"})
  void writesFloatsAsPythonsRepr(double value, String python) throws Exception {
    assertThat(PythonFloats.repr(value)).isEqualTo(python);
    assertThat(Json.MAPPER.writeValueAsString(value)).isEqualTo(python);
  }
}
