package dev.tminus.db;

import static dev.tminus.db.schema.Tables.DATA_VERSION;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * The database's data version: a counter every writing transaction increments first. Updating
 * its one row also serializes writers across processes (each waits for the other's commit), and a
 * server that sees the number change knows that anything it rendered before may be stale.
 */
public final class DataVersion {
  private DataVersion() {}

  /**
   * Locks the writers' row until the transaction ends, and counts this write. When {@code tx} is a
   * transaction of a {@link Database}, that database's {@link Commits} also learns of the write as
   * soon as the transaction commits, so readers in this process need not wait for a poll.
   */
  public static void bump(DSLContext tx) {
    tx.update(DATA_VERSION).set(DATA_VERSION.VERSION, DATA_VERSION.VERSION.plus(1)).where(DATA_VERSION.ID.eq(1))
        .execute();
    if (tx.configuration().data(Commits.KEY) instanceof Commits commits) commits.writing(tx.configuration());
  }

  /** The committed version. */
  public static long current(DSLContext dsl) {
    return dsl.select(DATA_VERSION.VERSION).from(DATA_VERSION).where(DATA_VERSION.ID.eq(1))
        .fetchSingle(DATA_VERSION.VERSION);
  }

  /**
   * The in-process signal of committed writes: counts the transactions of one {@link Database} that
   * called {@link #bump} and then committed. A jOOQ transaction listener, so writers need not know it.
   */
  public static final class Commits implements TransactionListener {
    static final String KEY = "tminus.commits";
    // Transactions (by their configuration, which jOOQ hands to both the body and the listener) that bumped.
    private final Set<Configuration> writing = ConcurrentHashMap.newKeySet();
    private final AtomicLong committed = new AtomicLong();

    void writing(Configuration tx) {
      writing.add(tx);
    }

    /**
     * How many writing transactions of this process have committed so far, plus the writes of other
     * processes announced to it ({@link Database#listenForWrites}); a change means "read the version".
     */
    public long committed() {
      return committed.get();
    }

    /** Another process committed a write (PostgreSQL's notice of it arrived). */
    void noticed() {
      committed.incrementAndGet();
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
      if (writing.remove(ctx.configuration())) committed.incrementAndGet();
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
      writing.remove(ctx.configuration());
    }
  }
}
