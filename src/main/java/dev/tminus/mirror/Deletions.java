package dev.tminus.mirror;

import dev.tminus.db.DataVersion;
import dev.tminus.db.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/**
 * {@code mirror --full}'s last step: deletes the local objects of each completely listed resource
 * that the upstream no longer lists, in one transaction. An object that something kept here still
 * points to (a program an event names, a location a pad stands on) is not deleted: it is retried
 * after the others, since deleting a pad can free its location, and kept when nothing frees it.
 */
final class Deletions {
  private static final int CHUNK = 1000;

  private Deletions() {}

  /** Deletes what each listing did not see; fills in each listing's {@code deleted} and {@code kept}. */
  static void run(Database database, Progress progress, List<Listing> listings) {
    database.dsl().transaction(tx -> {
      DataVersion.bump(tx.dsl());
      Map<Listing, List<Object>> gone = new LinkedHashMap<>();
      for (Listing l : listings) {
        if (!l.complete || !l.served) continue;
        if (!l.stable || !Listing.incremental(l.resource()) && l.seen.size() < l.total) {
          // Offsets shifted under a listing that follows next links: what it missed may still exist upstream.
          progress.note(l.collection() + ": the upstream changed while it was listed; nothing of it deleted this run");
          continue;
        }
        List<Object> unseen = new ArrayList<>();
        for (Object id : tx.dsl().select(l.resource().idField()).from(l.resource().table()).fetch(l.resource().idField())) {
          if (!l.seen.contains(id)) unseen.add(id);
        }
        if (!unseen.isEmpty()) gone.put(l, unseen);
      }
      boolean progressed = true;
      while (progressed && !gone.isEmpty()) {
        progressed = false;
        for (var it = gone.entrySet().iterator(); it.hasNext(); ) {
          var e = it.next();
          List<Object> left = delete(tx.dsl(), e.getKey(), e.getValue());
          if (left.size() < e.getValue().size()) progressed = true;
          if (left.isEmpty()) it.remove();
          else e.setValue(left);
        }
      }
      gone.forEach((l, left) -> l.kept = left.size());
      for (Listing l : listings) {
        if (l.deleted > 0) {
          progress.note(l.collection() + ": deleted " + l.deleted + " the upstream no longer lists");
        }
        if (l.kept > 0) {
          progress.note(l.collection() + ": kept " + l.kept + " the upstream no longer lists, as other objects here "
              + "still refer to them");
        }
      }
    });
  }

  /** Deletes {@code ids} a chunk at a time, falling back to one by one for a chunk that something refers to; returns the ones left. */
  private static List<Object> delete(DSLContext dsl, Listing l, List<Object> ids) {
    @SuppressWarnings("unchecked")
    Field<Object> id = (Field<Object>) l.resource().idField();
    List<Object> left = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<Object> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      Integer n = inSavepoint(dsl, d -> d.deleteFrom(l.resource().table()).where(id.in(chunk)).execute());
      if (n != null) {
        l.deleted += n;
        continue;
      }
      for (Object one : chunk) {
        Integer m = inSavepoint(dsl, d -> d.deleteFrom(l.resource().table()).where(id.eq(one)).execute());
        if (m == null) left.add(one);
        else l.deleted += m;
      }
    }
    return left;
  }

  // A refused statement aborts a PostgreSQL transaction; a savepoint (jOOQ's nested transaction) keeps it usable.
  private static Integer inSavepoint(DSLContext dsl, java.util.function.Function<DSLContext, Integer> work) {
    try {
      return dsl.transactionResult(nested -> work.apply(nested.dsl()));
    } catch (DataAccessException e) {
      if (e.sqlStateClass() != SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) throw e;
      return null;
    }
  }
}
