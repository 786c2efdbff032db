package dev.tminus.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d} or ISO-8601 {@code PT15M}. */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*([smhd])");

  @Override
  public Duration convert(String value) {
    Matcher m = SHORT.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    } else {
      try {
        d = Duration.parse(value.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a duration such as 30s, 15m, 2h or PT15M");
      }
    }
    if (d.isNegative() || d.isZero()) throw new TypeConversionException("'" + value + "' must be longer than zero");
    return d;
  }

  /** As {@link DurationConverter}, and {@code 0} for "no bound". */
  static final class OrZero implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return value.strip().equals("0") ? Duration.ZERO : new DurationConverter().convert(value);
    }
  }
}
