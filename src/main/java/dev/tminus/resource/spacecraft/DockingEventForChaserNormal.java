package dev.tminus.resource.spacecraft;

/**
 * LL2 {@code DockingEventForChaserNormal}, an item of a spacecraft flight's or a payload flight's
 * {@code docking_events}, NOT STORED YET: a flight serves the list empty, and an imported list is
 * read and dropped (README, "Compatibility with LL2"). The record has no fields until the step that
 * stores docking events.
 */
public record DockingEventForChaserNormal() {}
