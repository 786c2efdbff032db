package dev.tminus.resource.launch;

/**
 * LL2 {@code PayloadFlightSerializerNoLaunch}, an item of a detailed rocket's list, NOT STORED YET: a launch's rocket serves the
 * list empty, and an imported list is read and dropped (README, "Compatibility with LL2"). The
 * record has no fields until the step that stores payloads.
 */
public record PayloadFlightSerializerNoLaunch() {}
