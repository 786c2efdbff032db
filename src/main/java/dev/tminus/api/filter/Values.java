package dev.tminus.api.filter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value parsers of django's form fields, with their messages. */
final class Values {
  static final String ENTER_A_NUMBER = "Enter a number.";
  static final String ENTER_A_DATE_TIME = "Enter a valid date/time.";
  static final String ENTER_A_DATE = "Enter a valid date.";

  private Values() {}

  /** Django's CharField refuses NUL characters (PostgreSQL could not store or compare them either). */
  static String text(String raw) throws Filter.InvalidValue {
    if (raw.indexOf('\0') >= 0) throw new Filter.InvalidValue("Null characters are not allowed.");
    return raw;
  }

  /** The comma-separated parts of a value, empty parts left out (django-filter's CSV widget). */
  static List<String> csv(String value) {
    List<String> parts = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      if (!part.isBlank()) parts.add(part);
    }
    return parts;
  }

  /** Django's DecimalField: any finite decimal such as {@code 12}, {@code 1.5} or {@code 1e3}. */
  static BigDecimal number(String raw) throws Filter.InvalidValue {
    try {
      return new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      throw new Filter.InvalidValue(ENTER_A_NUMBER);
    }
  }

  /**
   * The numbers that can equal an integer column: a decimal with a fraction or out of range
   * matches no row, as it would in SQL, so it is dropped.
   */
  static List<Long> wholeNumbers(List<String> raws) throws Filter.InvalidValue {
    List<Long> out = new ArrayList<>();
    for (String raw : raws) {
      BigDecimal n = number(raw);
      try {
        out.add(n.longValueExact());
      } catch (ArithmeticException notWhole) {
        // matches nothing
      }
    }
    return out;
  }

  /** Python's {@code int()} of a primary key: optional sign and digits, surrounding blanks allowed. */
  static Integer integer(String raw) {
    String s = raw.strip();
    if (!s.matches("[+-]?\\d{1,10}")) return null;
    long v = Long.parseLong(s);
    return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : (int) v;
  }

  // Django's parse_datetime grammar: date, 'T' or space, hh:mm[:ss[.ffffff]], optional Z or ±hh[:mm].
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,6})\\d{0,6})?)?"
          + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** A date-time as django's DateTimeField reads it; naive values and bare dates are UTC. */
  static Instant dateTime(String raw) throws Filter.InvalidValue {
    String s = raw.strip();
    try {
      Matcher m = DATE_TIME.matcher(s);
      if (m.matches()) {
        LocalDateTime local = LocalDateTime.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
            m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000").substring(0, 6)) * 1000);
        return local.toInstant(offset(m.group(8)));
      }
      Matcher d = DATE.matcher(s);
      if (d.matches()) {
        return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)))
            .atStartOfDay().toInstant(ZoneOffset.UTC);
      }
    } catch (java.time.DateTimeException outOfRange) {
      // e.g. month 13: not a valid date/time
    }
    throw new Filter.InvalidValue(ENTER_A_DATE_TIME);
  }

  // Django's DATE_INPUT_FORMATS that a client sends: %Y-%m-%d, %m/%d/%Y and %m/%d/%y (strptime
  // takes one or two digits for a month or a day).
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");

  /** A date as django's DateField reads it, e.g. {@code 2009-10-28} or {@code 10/28/2009}. */
  static LocalDate date(String raw) throws Filter.InvalidValue {
    String s = raw.strip();
    try {
      Matcher iso = ISO_DATE.matcher(s);
      if (iso.matches()) {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      }
      Matcher us = US_DATE.matcher(s);
      if (us.matches()) {
        int year = Integer.parseInt(us.group(3));
        // strptime's %y: 69–99 are 1969–1999, 00–68 are 2000–2068
        if (us.group(3).length() == 2) year += year < 69 ? 2000 : 1900;
        return LocalDate.of(year, Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
      }
    } catch (java.time.DateTimeException outOfRange) {
      // e.g. 2024-02-30: not a valid date
    }
    throw new Filter.InvalidValue(ENTER_A_DATE);
  }

  private static ZoneOffset offset(String tz) {
    if (tz == null || tz.equals("Z")) return ZoneOffset.UTC;
    String digits = tz.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /** django-filter's boolean widget: true/True/1 and false/False/0; anything else means "no filter". */
  static Boolean bool(String raw) {
    if (raw == null) return null;
    return switch (raw.strip()) {
      case "true", "True", "1" -> Boolean.TRUE;
      case "false", "False", "0" -> Boolean.FALSE;
      default -> null;
    };
  }
}
