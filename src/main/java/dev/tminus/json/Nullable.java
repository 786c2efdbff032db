package dev.tminus.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a wire-record component whose value may be {@code null}, as upstream's OpenAPI document
 * says ({@code nullable: true}). Read by the OpenAPI generator; it changes nothing on the wire.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Nullable {}
