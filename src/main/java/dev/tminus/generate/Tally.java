package dev.tminus.generate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The counters the world's launches add up to, for the collections that count launches: a pad's
 * launches (total, orbital, successful, failed), a configuration's and a provider agency's
 * {@link Catalog.Counts}, a launcher's flights and landings, a landing location's landings
 * (successful, attempted, failed), a spacecraft configuration's flights.
 */
final class Tally {
  record Flown(int flights, int attemptedLandings, int successfulLandings, Instant first, Instant last) {}

  /** A spacecraft configuration's launches (those to come too) and how many of its spacecraft have flown. */
  record Crafted(int spacecraftFlown, int launches, int successful, int failed) {}

  private static final Catalog.Counts NONE = new Catalog.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  final Map<Integer, int[]> pads = new HashMap<>();
  final Map<Integer, Catalog.Counts> configs = new HashMap<>();
  final Map<Integer, Catalog.Counts> agencies = new HashMap<>();
  final Map<Integer, Flown> launchers = new HashMap<>();
  final Map<Integer, int[]> landingLocations = new HashMap<>();
  final Map<Integer, Crafted> spacecraft = new HashMap<>();

  int[] pad(int id) {
    return pads.getOrDefault(id, new int[4]);
  }

  Catalog.Counts config(int id) {
    return configs.getOrDefault(id, NONE);
  }

  Catalog.Counts agency(int id) {
    return agencies.getOrDefault(id, NONE);
  }

  Flown launcher(int id) {
    return launchers.getOrDefault(id, new Flown(0, 0, 0, null, null));
  }

  int[] landingLocation(int id) {
    return landingLocations.getOrDefault(id, new int[3]);
  }

  Crafted spacecraft(int id) {
    return spacecraft.getOrDefault(id, new Crafted(0, 0, 0, 0));
  }
}
