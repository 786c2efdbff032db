package dev.tminus.api.filter;

import static org.jooq.impl.DSL.falseCondition;

import dev.tminus.api.filter.Filters.Lookup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Comparisons of a number column with a decimal as SQL makes them: {@code total_launch_count__gt=1.5}
 * is {@code > 1.5}, which on a whole-number column is {@code >= 2}. Comparing with whole numbers
 * keeps the column's index usable; a value beyond the column's range is decided without SQL.
 */
final class Numbers {
  private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private Numbers() {}

  @SuppressWarnings("unchecked")
  static Condition compareWhole(Field<? extends Number> column, Lookup lookup, BigDecimal n) {
    Field<Number> raw = (Field<Number>) column;
    boolean whole = n.stripTrailingZeros().scale() <= 0;
    // The bounds are the column's own: a bind value beyond an integer column's range would be
    // converted to the column's type (wrapped by jOOQ, refused by PostgreSQL).
    boolean integer = column.getType() == Integer.class;
    if (n.compareTo(integer ? INT_MAX : MAX) > 0) {
      return lookup == Lookup.LT || lookup == Lookup.LTE ? raw.isNotNull() : falseCondition();
    }
    if (n.compareTo(integer ? INT_MIN : MIN) < 0) {
      return lookup == Lookup.GT || lookup == Lookup.GTE ? raw.isNotNull() : falseCondition();
    }
    // Below 1 in magnitude the rounding is known from the sign: rounding 1e-2000000000 would cost
    // BigDecimal a 10^2000000000 (it overflows; smaller exponents take seconds).
    boolean belowOne = n.precision() - n.scale() <= 0;
    long floor = belowOne ? (n.signum() < 0 ? -1 : 0) : n.setScale(0, RoundingMode.FLOOR).longValueExact();
    long ceil = belowOne ? (n.signum() > 0 ? 1 : 0) : n.setScale(0, RoundingMode.CEILING).longValueExact();
    return switch (lookup) {
      case EXACT -> whole ? raw.eq(floor) : falseCondition();
      case GT -> raw.gt(floor);
      case GTE -> raw.ge(ceil);
      case LT -> raw.lt(ceil);
      case LTE -> raw.le(floor);
      default -> throw new IllegalArgumentException("number filters have no lookup " + lookup);
    };
  }

  @SuppressWarnings("unchecked")
  static Condition compare(Field<? extends Number> column, Lookup lookup, BigDecimal n) {
    Field<Number> raw = (Field<Number>) column;
    double d = n.doubleValue();
    if (Double.isInfinite(d)) {
      boolean above = d > 0;
      return switch (lookup) {
        case LT, LTE -> above ? raw.isNotNull() : falseCondition();
        case GT, GTE -> above ? falseCondition() : raw.isNotNull();
        default -> falseCondition();
      };
    }
    return switch (lookup) {
      case EXACT -> raw.eq(d);
      case GT -> raw.gt(d);
      case GTE -> raw.ge(d);
      case LT -> raw.lt(d);
      case LTE -> raw.le(d);
      default -> throw new IllegalArgumentException("number filters have no lookup " + lookup);
    };
  }
}
