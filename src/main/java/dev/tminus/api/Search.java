package dev.tminus.api;

import static org.jooq.impl.DSL.noCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * DRF's {@code SearchFilter}: the {@code search} value is split into terms on whitespace and commas,
 * a quoted phrase staying whole; every term must be found, case-insensitively, in one of the
 * searched fields. Terms are data: {@code %}, {@code _}, quotes and backslashes match themselves.
 */
public final class Search {
  private Search() {}

  // Django's smart_split: runs of non-blanks, where quoted parts may contain blanks.
  private static final Pattern TOKEN = Pattern.compile(
      "((?:[^\\s'\"]*(?:(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')[^\\s'\"]*)+)|\\S+)");

  /** The terms of a search value, e.g. {@code Soyuz "hatch closing", MS} → [Soyuz, hatch closing, MS]. */
  public static List<String> terms(String value) {
    List<String> terms = new ArrayList<>();
    if (value == null) return terms;
    Matcher m = TOKEN.matcher(value.replace("\0", ""));
    while (m.find()) {
      String token = strip(m.group(), ',');
      // A lone quote counts as quoted too (its first character is its last): DRF searches ''.
      if (!token.isEmpty() && (token.charAt(0) == '"' || token.charAt(0) == '\'')
          && token.charAt(token.length() - 1) == token.charAt(0)) {
        terms.add(unquote(token));
      } else {
        for (String part : token.split(",")) {
          if (!part.isEmpty()) terms.add(part.strip());
        }
      }
    }
    return terms;
  }

  private static String strip(String s, char c) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == c) from++;
    while (to > from && s.charAt(to - 1) == c) to--;
    return s.substring(from, to);
  }

  // Django's unescape_string_literal: drop the quotes, then \<quote> → <quote> and \\ → \.
  private static String unquote(String quoted) {
    char quote = quoted.charAt(0);
    if (quoted.length() < 2) return "";
    return quoted.substring(1, quoted.length() - 1).replace("\\" + quote, String.valueOf(quote)).replace("\\\\", "\\");
  }

  /**
   * A searched field under the name upstream gives it, e.g. {@code type__name}, and how a term is
   * found in it: built by {@link #column}, {@link #through} or {@link #related}.
   */
  public record Field(String name, Function<String, Condition> matcher) {
    Condition matches(String term) {
      return matcher.apply(term);
    }
  }

  /**
   * A column of the row, searched by its text; numbers are searched as their text. A text through a
   * relation is {@link #through}.
   */
  public static Field column(String name, org.jooq.Field<?> value) {
    org.jooq.Field<String> text = value.getType() == String.class ? value.coerce(String.class) : value.cast(String.class);
    return new Field(name, text::containsIgnoreCase);
  }

  /**
   * A text reached from the row through its foreign key, e.g. {@code pad__location__name}: a term is
   * found when the key is among the keys {@code keysWhere} selects where their text holds it. The
   * keys are asked once for the whole query (an uncorrelated {@code IN}), not once per row as a
   * scalar subquery is: on a large table that is the difference between one pass and one lookup per
   * row and field. A row whose key is null matches nothing, as Django's join finds nothing for it.
   */
  public static <K> Field through(String name, org.jooq.Field<K> foreignKey, org.jooq.Field<String> text,
      Function<Condition, Select<? extends Record1<K>>> keysWhere) {
    return new Field(name, term -> foreignKey.in(keysWhere.apply(text.containsIgnoreCase(term))));
  }

  /** A text of the row the foreign key points to, e.g. {@code ("pad__name", LAUNCH.PAD_ID, PAD.ID, PAD.NAME)}. */
  public static <K> Field through(String name, org.jooq.Field<K> foreignKey, TableField<?, K> key,
      org.jooq.Field<String> text) {
    return through(name, foreignKey, text, matching -> DSL.select(key).from(key.getTable()).where(matching));
  }

  /**
   * A text of objects related through a join table, e.g. {@code manufacturer__name} of a family
   * with several manufacturers: the term is found when it is in one of theirs, as Django's search
   * across a many-to-many relation finds it. Asked once for the whole query, as {@link #through} is.
   */
  public static <K> Field related(String name, org.jooq.Field<K> ownerId, Table<?> join, org.jooq.Field<K> joinOwner,
      org.jooq.Field<?> joinTarget, TableField<?, ?> targetKey, org.jooq.Field<String> text) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    org.jooq.Field<Object> target = (org.jooq.Field) joinTarget;
    @SuppressWarnings({"unchecked", "rawtypes"})
    org.jooq.Field<Object> key = (org.jooq.Field) targetKey;
    return through(name, ownerId, text, matching -> DSL.select(joinOwner).from(join)
        .where(target.in(DSL.select(key).from(targetKey.getTable()).where(matching))));
  }

  /** Every term in at least one of {@code fields}; no condition for an empty search or no fields (DRF). */
  public static Condition condition(String value, List<Field> fields) {
    Condition all = noCondition();
    if (fields.isEmpty()) return all;
    for (String term : terms(value)) {
      Condition any = null;
      for (Field field : fields) {
        Condition c = field.matches(term);
        any = any == null ? c : any.or(c);
      }
      if (any != null) all = all.and(any);
    }
    return all;
  }
}
