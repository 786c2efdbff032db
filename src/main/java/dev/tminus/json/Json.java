package dev.tminus.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapper of tminus: LL2's wire format.
 *
 * <p>Record components are camelCase and travel as snake_case; keys are written in record
 * component order (which is the upstream key order); nulls are written; timestamps are ISO-8601
 * UTC such as {@code 2025-12-08T21:45:00Z}. Reading is strict: no coercion of strings to numbers
 * or floats to ints, so a wrongly typed import fails instead of being silently changed.
 */
public final class Json {
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(PythonFloats.module())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
      .build();

  private Json() {}

  /** {@code value} as LL2's JSON bytes; a value that cannot be written is a programming error. */
  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** {@code value} as LL2's JSON text. */
  public static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  /**
   * The key a record component is written under: its {@code @JsonProperty} name (read from the
   * accessor, where Java puts the annotation), else its snake_case name ({@code foundingYear} →
   * {@code founding_year}).
   */
  public static String wireName(java.lang.reflect.RecordComponent component) {
    com.fasterxml.jackson.annotation.JsonProperty named =
        component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
    if (named != null && !named.value().isEmpty()) return named.value();
    return SNAKE.translate(component.getName());
  }
}
