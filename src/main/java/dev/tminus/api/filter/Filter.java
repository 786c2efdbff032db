package dev.tminus.api.filter;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * One query parameter of a list, declared the way django-filter declares it: a name, a parser, and
 * the SQL condition its value stands for. Filters are built by {@link Filters}.
 */
public interface Filter {
  /** The query parameter, e.g. {@code date__gte}. */
  String param();

  /** What the value means, for help pages and the API description. */
  String help();

  /** The schema type of the parameter as the OpenAPI document names it: integer, string, date-time, … */
  ParamType type();

  /**
   * The condition for the parameter's values (every value sent, in order), or
   * {@code noCondition()} when the filter does not apply (absent or empty, as django-filter).
   *
   * @throws InvalidValue with django-filter's message when a value cannot be parsed or chosen
   */
  Condition condition(List<String> values, DSLContext dsl) throws InvalidValue;

  /**
   * The kinds of parameter value, as the upstream OpenAPI document types them. The lists are
   * comma-separated ({@code id=1,2}), except {@code INTEGER_REPEATED}: one value per repetition of
   * the parameter ({@code program=1&program=2}, OpenAPI's explode=true). {@code INTEGER_CHOICE} is the
   * id of a row to choose (a ModelChoiceFilter), which upstream bounds as a 32-bit integer.
   */
  enum ParamType {
    INTEGER, INTEGER_CHOICE, INTEGER_LIST, INTEGER_REPEATED, NUMBER, NUMBER_LIST, STRING, STRING_LIST, UUID_LIST, DATE, DATE_TIME, BOOLEAN
  }

  /** A value a filter rejects, with the message django-filter gives for it. */
  final class InvalidValue extends Exception {
    public InvalidValue(String message) {
      super(message, null, false, false);
    }
  }
}
