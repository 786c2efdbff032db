package dev.tminus.api;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Turns the ids of one page into the records of a mode, in the order given, with a number of
 * queries that does not depend on how many ids there are.
 */
@FunctionalInterface
public interface Representation<K> {
  List<Object> represent(DSLContext dsl, List<K> ids, Mode mode, Links links);
}
