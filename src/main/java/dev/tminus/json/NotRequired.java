package dev.tminus.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves a wire-record component out of its schema's {@code required} list in the OpenAPI
 * document, where upstream leaves it out (DRF marks model fields with a default or {@code blank=True}
 * as not required). tminus still writes the key in every response; this only mirrors the upstream
 * description. Not to be confused with {@link Required}, which is about what an import must contain.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotRequired {}
