package dev.tminus.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI {@code format} of a string component that its Java type does not tell, e.g.
 * {@code @Format("uri") String imageUrl}. Formats that follow from the type ({@code Instant} →
 * {@code date-time}, {@code LocalDate} → {@code date}, {@code UUID} → {@code uuid}) need no annotation.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Format {
  String value();
}
