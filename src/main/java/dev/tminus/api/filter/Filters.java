package dev.tminus.api.filter;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.extract;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import dev.tminus.api.filter.Filter.InvalidValue;
import dev.tminus.api.filter.Filter.ParamType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The filter kinds LL2's filtersets use, as django-filter builds them. A filter name is field plus
 * lookup: {@code date__gte} is field {@code date} with lookup {@code gte}; {@code exact} is implied.
 * Empty values mean "no filter"; an unparsable value is rejected with django's message.
 */
public final class Filters {
  private Filters() {}

  @FunctionalInterface
  interface Body {
    Condition condition(List<String> values, DSLContext dsl) throws InvalidValue;
  }

  record Declared(String param, String help, ParamType type, Body body) implements Filter {
    @Override
    public Condition condition(List<String> values, DSLContext dsl) throws InvalidValue {
      return body.condition(values, dsl);
    }
  }

  /** The last value, as django's {@code QueryDict.get}; null when absent or empty. */
  private static String single(List<String> values) {
    if (values.isEmpty()) return null;
    String last = values.get(values.size() - 1);
    return last.isEmpty() ? null : last;
  }

  /** The comma-separated numbers of the last value; null when absent or empty. */
  private static List<Long> numberList(List<String> values) throws InvalidValue {
    String value = single(values);
    if (value == null) return null;
    List<String> parts = Values.csv(value);
    return parts.isEmpty() ? null : Values.wholeNumbers(parts);
  }

  private static Condition in(Field<Integer> field, List<Long> numbers) {
    return where(numbers, field::in);
  }

  /** The condition {@code where} makes of the numbers in the integer range; false when none is (they match nothing). */
  private static Condition where(List<Long> numbers, java.util.function.Function<List<Integer>, Condition> where) {
    List<Integer> ints = numbers.stream()
        .filter(n -> n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE).map(Long::intValue).toList();
    return ints.isEmpty() ? falseCondition() : where.apply(ints);
  }

  /** {@code id=1,2,3}: the column is one of the comma-separated numbers. */
  public static Filter numberIn(String param, Field<Integer> field, String help) {
    return new Declared(param, help, ParamType.INTEGER_LIST, (values, dsl) -> {
      List<Long> numbers = numberList(values);
      return numbers == null ? noCondition() : in(field, numbers);
    });
  }

  /**
   * {@code related_lsp__id=44,63}: the condition {@code where} builds from the comma-separated
   * numbers holds (for a relation no single column expresses). Numbers out of the integer range
   * match nothing.
   */
  public static Filter numbersWhere(String param, String help, java.util.function.Function<List<Integer>, Condition> where) {
    return new Declared(param, help, ParamType.INTEGER_LIST, (values, dsl) -> {
      List<Long> numbers = numberList(values);
      return numbers == null ? noCondition() : where(numbers, where);
    });
  }

  /** {@code related_lsp__name=a,b}: the condition {@code where} builds from the comma-separated texts holds. */
  public static Filter textsWhere(String param, String help, java.util.function.Function<List<String>, Condition> where) {
    return new Declared(param, help, ParamType.STRING_LIST, (values, dsl) -> {
      String value = single(values);
      if (value == null || Values.csv(value).isEmpty()) return noCondition();
      return where.apply(Values.csv(Values.text(value)));
    });
  }

  /**
   * {@code agency__ids=44,63}: a related row through {@code join} (owner column = {@code ownerId})
   * has one of the comma-separated ids. An id that does not exist simply matches nothing.
   */
  public static <K> Filter relatedIn(String param, Field<K> ownerId, Table<?> join, Field<K> joinOwner,
      Field<Integer> joinTarget, String help) {
    return new Declared(param, help, ParamType.INTEGER_LIST, (values, dsl) -> {
      List<Long> numbers = numberList(values);
      if (numbers == null) return noCondition();
      return exists(selectOne().from(join).where(joinOwner.eq(ownerId)).and(in(joinTarget, numbers)));
    });
  }

  /** {@code id=<uuid>,<uuid>}: the UUID column is one of the comma-separated UUIDs ("Enter a valid UUID." otherwise). */
  public static Filter uuidIn(String param, Field<java.util.UUID> field, String help) {
    return new Declared(param, help, ParamType.UUID_LIST, (values, dsl) -> {
      String value = single(values);
      if (value == null || Values.csv(value).isEmpty()) return noCondition();
      return field.in(uuids(value));
    });
  }

  private static List<java.util.UUID> uuids(String value) throws InvalidValue {
    List<java.util.UUID> ids = new ArrayList<>();
    for (String part : Values.csv(value)) {
      java.util.UUID id = dev.tminus.api.Resource.uuidId(part.strip());
      if (id == null) throw new InvalidValue("Enter a valid UUID.");
      ids.add(id);
    }
    return ids;
  }

  /** {@code launch__ids=<uuid>,<uuid>}: like {@link #relatedIn} for related rows keyed by UUID. */
  public static Filter relatedUuidIn(String param, Field<Integer> ownerId, Table<?> join, Field<Integer> joinOwner,
      Field<java.util.UUID> joinTarget, String help) {
    return new Declared(param, help, ParamType.STRING_LIST, (values, dsl) -> {
      String value = single(values);
      if (value == null || Values.csv(value).isEmpty()) return noCondition();
      List<java.util.UUID> ids = new ArrayList<>();
      for (String part : Values.csv(value)) {
        try {
          ids.add(java.util.UUID.fromString(part.strip()));
        } catch (IllegalArgumentException e) {
          throw new InvalidValue("Enter a valid UUID.");
        }
      }
      return exists(selectOne().from(join).where(joinOwner.eq(ownerId)).and(joinTarget.in(ids)));
    });
  }

  /** {@code video_url=a,b}: a related row's text column equals one of the comma-separated values. */
  public static <K> Filter relatedTextIn(String param, Field<K> ownerId, Table<?> related, Field<K> relatedOwner,
      Field<String> relatedText, String help) {
    return new Declared(param, help, ParamType.STRING_LIST, (values, dsl) -> {
      String value = single(values);
      if (value == null || Values.csv(value).isEmpty()) return noCondition();
      return exists(selectOne().from(related).where(relatedOwner.eq(ownerId))
          .and(relatedText.in(Values.csv(Values.text(value)))));
    });
  }

  /** {@code launch_designator=a,b}: the column equals one of the comma-separated values (django's BaseInFilter on text). */
  public static Filter textIn(String param, Field<String> field, String help) {
    return new Declared(param, help, ParamType.STRING_LIST, (values, dsl) -> {
      String value = single(values);
      if (value == null || Values.csv(value).isEmpty()) return noCondition();
      return field.in(Values.csv(Values.text(value)));
    });
  }

  /** {@code slug=…}: the column equals the value exactly. */
  public static Filter exact(String param, Field<String> field, String help) {
    return new Declared(param, help, ParamType.STRING, (values, dsl) -> {
      String value = single(values);
      return value == null ? noCondition() : field.eq(Values.text(value));
    });
  }

  /** The date-time filters {@code field__gt}, {@code field__gte}, … for the lookups given. */
  public static List<Filter> dateTime(String field, Field<Instant> column, Lookup... lookups) {
    List<Filter> filters = new ArrayList<>();
    for (Lookup lookup : lookups) filters.add(dateTime(lookup.param(field), column, lookup));
    return filters;
  }

  /** One date-time comparison under the given parameter name. */
  public static Filter dateTime(String param, Field<Instant> column, Lookup lookup) {
    return new Declared(param, lookup.help, ParamType.DATE_TIME, (values, dsl) -> {
      String value = single(values);
      if (value == null) return noCondition();
      Instant at = Values.dateTime(value);
      return switch (lookup) {
        case EXACT -> column.eq(at);
        case GT -> column.gt(at);
        case GTE -> column.ge(at);
        case LT -> column.lt(at);
        case LTE -> column.le(at);
        default -> throw new IllegalArgumentException("date-time filters have no lookup " + lookup);
      };
    });
  }

  /**
   * The date filters {@code field}, {@code field__gt}, … for the lookups given (django-filter's
   * DateFilter on a DateField: "Enter a valid date." for what is not one), e.g.
   * {@code date("maiden_flight", LAUNCHER_CONFIG.MAIDEN_FLIGHT, EXACT, GT, GTE, LT, LTE)}.
   */
  public static List<Filter> date(String field, Field<LocalDate> column, Lookup... lookups) {
    List<Filter> filters = new ArrayList<>();
    for (Lookup lookup : lookups) {
      filters.add(new Declared(lookup.param(field), lookup.help, ParamType.DATE, (values, dsl) -> {
        String value = single(values);
        if (value == null) return noCondition();
        LocalDate day = Values.date(value);
        return switch (lookup) {
          case EXACT -> column.eq(day);
          case GT -> column.gt(day);
          case GTE -> column.ge(day);
          case LT -> column.lt(day);
          case LTE -> column.le(day);
          default -> throw new IllegalArgumentException("date filters have no lookup " + lookup);
        };
      }));
    }
    return filters;
  }

  /** {@code year=2024,2025}: a part of the UTC date-time is one of the comma-separated numbers. */
  public static Filter datePart(String param, Field<Instant> column, DatePart part, String help) {
    return new Declared(param, help, ParamType.NUMBER_LIST, (values, dsl) -> {
      List<Long> numbers = numberList(values);
      if (numbers == null) return noCondition();
      return part == DatePart.YEAR ? inYears(column, numbers) : in(extract(column, part), numbers);
    });
  }

  // A year is a range of instants, so the date's index serves it (as Django turns __year into
  // BETWEEN). Years no database stores as a timestamp everywhere keep the comparison of parts.
  private static Condition inYears(Field<Instant> column, List<Long> years) {
    List<Condition> ranges = new ArrayList<>();
    List<Long> others = new ArrayList<>();
    for (long year : years) {
      if (year >= 1 && year < 9999) ranges.add(column.ge(yearStart(year)).and(column.lt(yearStart(year + 1))));
      else others.add(year);
    }
    if (!others.isEmpty()) ranges.add(in(extract(column, DatePart.YEAR), others));
    return DSL.or(ranges);
  }

  private static Instant yearStart(long year) {
    return LocalDate.of((int) year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * {@code type=17}: django's ModelChoiceFilter. A value that is not the id of a row of
   * {@code choices} is a 400, even when it is not a number.
   */
  public static Filter modelChoice(String param, Field<Integer> column, Table<?> choices, Field<Integer> choiceId,
      String help) {
    return new Declared(param, help, ParamType.INTEGER_CHOICE, (values, dsl) -> {
      String value = single(values);
      if (value == null) return noCondition();
      Integer id = Values.integer(value);
      if (id == null || !dsl.fetchExists(choices, choiceId.eq(id))) {
        throw new InvalidValue("Select a valid choice. That choice is not one of the available choices.");
      }
      return column.eq(id);
    });
  }

  /**
   * {@code program=8&program=17} (and, as an extension, {@code program=8,17}): django's
   * ModelMultipleChoiceFilter. Each value must be the id of a row of {@code choices}; the object
   * matches when it is related to any of them.
   */
  public static <K> Filter modelMultipleChoice(String param, Field<K> ownerId, Table<?> join,
      Field<K> joinOwner, Field<Integer> joinTarget, Table<?> choices, Field<Integer> choiceId, String help) {
    return new Declared(param, help, ParamType.INTEGER_REPEATED, (values, dsl) -> {
      List<String> raws = new ArrayList<>();
      for (String value : values) raws.addAll(Values.csv(value));
      if (raws.isEmpty()) return noCondition();
      Set<Integer> ids = new LinkedHashSet<>();
      for (String raw : raws) {
        Integer id = Values.integer(raw);
        if (id == null) throw new InvalidValue("\u201c" + raw + "\u201d is not a valid value.");
        ids.add(id);
      }
      Set<Integer> known = new java.util.HashSet<>(dsl.select(choiceId).from(choices).where(choiceId.in(ids)).fetch(choiceId));
      for (String raw : raws) {
        if (!known.contains(Values.integer(raw))) {
          throw new InvalidValue("Select a valid choice. " + raw + " is not one of the available choices.");
        }
      }
      return exists(selectOne().from(join).where(joinOwner.eq(ownerId)).and(joinTarget.in(ids)));
    });
  }

  /**
   * {@code hide_recent_previous=true}: a boolean a subset's scope reads itself; as a filter it only
   * documents the parameter and filters nothing.
   */
  public static Filter flag(String param, String help) {
    return new Declared(param, help, ParamType.BOOLEAN, (values, dsl) -> noCondition());
  }

  /** A flag's value as django-filter's boolean widget reads it: true for true/True/1, else false. */
  public static boolean isTrue(String value) {
    return Boolean.TRUE.equals(Values.bool(value));
  }

  /**
   * The number filters {@code field}, {@code field__gt}, … for the lookups given (django-filter's
   * NumberFilter: any decimal is accepted, "Enter a number." otherwise), e.g.
   * {@code number("total_launch_count", PAD.TOTAL_LAUNCH_COUNT, EXACT, GT, GTE, LT, LTE)}.
   */
  public static List<Filter> number(String field, Field<? extends Number> column, Lookup... lookups) {
    List<Filter> filters = new ArrayList<>();
    for (Lookup lookup : lookups) {
      String param = lookup.param(field);
      boolean whole = column.getType() == Integer.class || column.getType() == Long.class;
      ParamType type = whole ? ParamType.INTEGER : ParamType.NUMBER;
      filters.add(new Declared(param, lookup.help, type, (values, dsl) -> {
        String value = single(values);
        if (value == null) return noCondition();
        java.math.BigDecimal n = Values.number(value);
        return whole ? Numbers.compareWhole(column, lookup, n) : Numbers.compare(column, lookup, n);
      }));
    }
    return filters;
  }

  /**
   * {@code id__contains=5} on a number column: Django's {@code contains} compares the column's text,
   * so 15, 50 and 105 match. The value must be a number.
   */
  public static Filter numberContains(String param, Field<? extends Number> column) {
    return new Declared(param, "", ParamType.INTEGER, (values, dsl) -> {
      String value = single(values);
      if (value == null) return noCondition();
      java.math.BigDecimal n = Values.number(value).stripTrailingZeros();
      // A number of more than 20 digits (1e2000000000 written out is two billion) is in no
      // integer's text; it is decided here rather than written out.
      if (n.precision() > 20 || Math.abs((long) n.scale()) > 20) return DSL.falseCondition();
      return column.cast(String.class).contains(n.toPlainString());
    });
  }

  /**
   * The text filters {@code field} (exact), {@code field__contains} (case-sensitive, as Django on
   * PostgreSQL) and {@code field__icontains}, for the lookups given.
   */
  public static List<Filter> text(String field, Field<String> column, Lookup... lookups) {
    List<Filter> filters = new ArrayList<>();
    for (Lookup lookup : lookups) {
      String param = lookup.param(field);
      filters.add(new Declared(param, lookup.help, ParamType.STRING, (values, dsl) -> {
        String value = single(values);
        if (value == null) return noCondition();
        String text = Values.text(value);
        return switch (lookup) {
          case EXACT -> column.eq(text);
          case CONTAINS -> column.contains(text);
          case ICONTAINS -> column.containsIgnoreCase(text);
          default -> throw new IllegalArgumentException("text filters have no lookup " + lookup);
        };
      }));
    }
    return filters;
  }

  /**
   * {@code featured=true}: django-filter's BooleanFilter. {@code true/True/1} and
   * {@code false/False/0} filter; anything else is no filter at all, as its widget reads it.
   */
  public static Filter bool(String param, Field<Boolean> column, String help) {
    return new Declared(param, help, ParamType.BOOLEAN, (values, dsl) -> {
      String value = single(values);
      Boolean b = value == null ? null : Values.bool(value);
      return b == null ? noCondition() : column.eq(b);
    });
  }

  /**
   * A boolean parameter whose meaning is a condition of its own, e.g. {@code include_suborbital}:
   * {@code whenTrue} for {@code true/True/1}, {@code whenFalse} for {@code false/False/0}, anything
   * else no filter at all (as {@link #bool}).
   */
  public static Filter bool(String param, String help, Condition whenTrue, Condition whenFalse) {
    return new Declared(param, help, ParamType.BOOLEAN, (values, dsl) -> {
      String value = single(values);
      Boolean b = value == null ? null : Values.bool(value);
      return b == null ? noCondition() : b ? whenTrue : whenFalse;
    });
  }

  /**
   * The filters of a related object, prefixed with the relation's name: {@code via("location",
   * PAD.LOCATION_ID, LOCATION.ID, text("name", LOCATION.NAME, EXACT, CONTAINS))} gives
   * {@code location__name} and {@code location__name__contains}, true of a pad whose location
   * matches.
   */
  public static <K> List<Filter> via(String relation, Field<K> foreignKey, org.jooq.TableField<?, K> targetKey,
      List<Filter> filters) {
    List<Filter> out = new ArrayList<>();
    for (Filter f : filters) {
      out.add(new Declared(relation + "__" + f.param(), f.help(), f.type(), (values, dsl) -> {
        Condition inner = f.condition(values, dsl);
        if (inner.equals(noCondition())) return inner;
        return foreignKey.in(DSL.select(targetKey).from(targetKey.getTable()).where(inner));
      }));
    }
    return out;
  }

  /**
   * The filters of objects related through a join table, prefixed with the relation's name:
   * {@code viaMany("manufacturer", FAMILY.ID, FAMILY_MANUFACTURER, FAMILY_MANUFACTURER.FAMILY_ID,
   * FAMILY_MANUFACTURER.AGENCY_ID, AGENCY.ID, text("name", AGENCY.NAME, EXACT))} gives
   * {@code manufacturer__name}, true of a family one of whose manufacturers matches (Django's
   * lookup across a many-to-many relation).
   */
  public static <K> List<Filter> viaMany(String relation, Field<K> ownerId, Table<?> join, Field<K> joinOwner,
      Field<?> joinTarget, org.jooq.TableField<?, ?> targetKey, List<Filter> filters) {
    List<Filter> out = new ArrayList<>();
    for (Filter f : filters) {
      out.add(new Declared(relation + "__" + f.param(), f.help(), f.type(), (values, dsl) -> {
        Condition inner = f.condition(values, dsl);
        if (inner.equals(noCondition())) return inner;
        @SuppressWarnings({"unchecked", "rawtypes"})
        Field<Object> target = (Field) joinTarget;
        @SuppressWarnings({"unchecked", "rawtypes"})
        Field<Object> key = (Field) targetKey;
        return exists(selectOne().from(join).where(joinOwner.eq(ownerId))
            .and(target.in(DSL.select(key).from(targetKey.getTable()).where(inner))));
      }));
    }
    return out;
  }

  /** {@code filter} under another parameter name, as a filterset declares {@code country_code = CharFilter(field_name=…)}. */
  public static Filter named(String param, String help, Filter filter) {
    return new Declared(param, help, filter.type(), filter::condition);
  }

  /** The lookups of filters: {@code exact} is implied by a bare field name. */
  public enum Lookup {
    EXACT("exact", ""), CONTAINS("contains", "Contains"), ICONTAINS("icontains", "Contains, ignoring case"),
    GT("gt", "Greater than"), GTE("gte", "Greater than or equal to"),
    LT("lt", "Less than"), LTE("lte", "Less than or equal to");

    final String suffix;
    final String help;

    Lookup(String suffix, String help) {
      this.suffix = suffix;
      this.help = help;
    }

    /** The parameter of {@code field} with this lookup: {@code date__gte}; {@code exact} is the bare field. */
    String param(String field) {
      return this == EXACT ? field : field + "__" + suffix;
    }
  }
}
