package dev.tminus.api;

/**
 * Writes the imported objects of one resource inside one transaction ({@code import}, {@code mirror},
 * {@code serve --demo}): each object as its import record, upserted by its upstream id with what
 * it embeds. Call {@link #flush()} before the transaction commits.
 */
public interface ResourceWriter {
  /** Queues one object (an instance of the resource's import record). */
  void add(Object object);

  /** Writes what is queued. */
  void flush();

  /** Objects written that were new. */
  int created();

  /** Objects written that replaced stored ones. */
  int updated();
}
