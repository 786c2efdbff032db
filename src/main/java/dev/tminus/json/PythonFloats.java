package dev.tminus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes floating-point numbers as LL2 does: Python's {@code json} writes a float with its
 * {@code repr}, the shortest digits that read back the same, in plain notation from 1e-4 up to
 * below 1e16 ({@code 12742000.0}, {@code 9.80655}) and in scientific notation otherwise
 * ({@code 5.972168e+24}, {@code 1e-05}). Jackson's own {@code 1.2742E7} would read the same but not
 * look the same.
 */
final class PythonFloats extends StdSerializer<Double> {
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("python-floats");
    PythonFloats serializer = new PythonFloats();
    module.addSerializer(Double.class, serializer);
    module.addSerializer(double.class, serializer);
    return module;
  }

  private PythonFloats() {
    super(Double.class);
  }

  @Override
  public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeNumber(repr(value));
  }

  /** Python's {@code repr(float)}: {@code 12742000.0}, {@code 0.0001}, {@code 1e-05}, {@code 5.972168e+24}. */
  static String repr(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
    if (value == 0) return (1 / value < 0) ? "-0.0" : "0.0";
    BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    String digits = exact.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - exact.scale();
    String sign = value < 0 ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
      String plain = exact.abs().toPlainString();
      return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
  }
}
