package dev.tminus.api;

import java.util.List;

/** The envelope of every LL2 list: {@code {"count", "next", "previous", "results"}}. */
public record Page(long count, String next, String previous, List<?> results) {}
