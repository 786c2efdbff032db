package dev.tminus.resource.launch;

/**
 * LL2 {@code DockingEventForChaserNormal}, an item of a payload flight's {@code docking_events}, NOT
 * STORED YET: a payload flight serves the list empty, and an imported list is read and dropped
 * (README, "Compatibility with LL2"). The record has no fields until docking events are stored.
 */
public record DockingEventForChaserNormal() {}
