package dev.tminus.access;

import static dev.tminus.db.schema.Tables.THROTTLE_HISTORY;

import java.util.concurrent.atomic.AtomicLong;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Histories in PostgreSQL's {@code throttle_history} (V31), shared by every instance that uses the
 * database: a client over its limit on one instance is over it on all. Each request is one
 * statement, an {@code INSERT … ON CONFLICT DO UPDATE} that prunes the row's hits to the window,
 * decides, and appends the request when allowed; PostgreSQL locks the conflicting row and evaluates
 * the update on its latest committed version, so concurrent requests of one client (on any
 * instance) are decided one after the other, and none is lost. Rows expire a window after their
 * last request and are deleted at most once a minute per instance.
 */
final class TableHistories implements Histories {
  private static final double SWEEP_EVERY_SECONDS = 60;

  private final DSLContext dsl;
  private final AtomicLong lastSweep = new AtomicLong();

  TableHistories(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Outcome hit(String bucket, Rate rate, double now) {
    sweep(now);
    Table<?> unnested = DSL.unnest(THROTTLE_HISTORY.HITS).as("t", "hit");
    Field<Double> hit = unnested.field("hit", Double.class);
    // The stored hits still inside the window (DRF drops those at or before now - duration).
    Field<Double[]> live = DSL.array(DSL.select(hit).from(unnested).where(hit.gt(now - rate.seconds())));
    Condition room = DSL.cardinality(live).lt(rate.requests());
    boolean first = rate.requests() > 0;
    Record2<Double[], Boolean> row = dsl.insertInto(THROTTLE_HISTORY)
        .set(THROTTLE_HISTORY.BUCKET, bucket)
        .set(THROTTLE_HISTORY.HITS, first ? new Double[] {now} : new Double[0])
        .set(THROTTLE_HISTORY.ALLOWED, first)
        .set(THROTTLE_HISTORY.EXPIRES_AT, now + rate.seconds())
        .onConflict(THROTTLE_HISTORY.BUCKET).doUpdate()
        .set(THROTTLE_HISTORY.HITS, DSL.when(room, DSL.arrayAppend(live, DSL.val(now))).otherwise(live))
        .set(THROTTLE_HISTORY.ALLOWED, DSL.field(room))
        .set(THROTTLE_HISTORY.EXPIRES_AT, now + rate.seconds())
        .returningResult(THROTTLE_HISTORY.HITS, THROTTLE_HISTORY.ALLOWED)
        .fetchSingle();
    // A refused request left the row's hits as the decision saw them.
    return row.value2() ? Outcome.ALLOWED : Outcome.refused(Window.drfWait(unboxed(row.value1()), now, rate));
  }

  @Override
  public double[] peek(String bucket, Rate rate, double now) {
    Double[] hits = dsl.select(THROTTLE_HISTORY.HITS).from(THROTTLE_HISTORY).where(THROTTLE_HISTORY.BUCKET.eq(bucket))
        .fetchOne(THROTTLE_HISTORY.HITS);
    return hits == null ? new double[0] : Window.live(unboxed(hits), now, rate);
  }

  private void sweep(double now) {
    long last = lastSweep.get();
    if (now - last < SWEEP_EVERY_SECONDS || !lastSweep.compareAndSet(last, (long) now)) return;
    dsl.deleteFrom(THROTTLE_HISTORY).where(THROTTLE_HISTORY.EXPIRES_AT.le(now)).execute();
  }

  private static double[] unboxed(Double[] hits) {
    double[] out = new double[hits.length];
    for (int i = 0; i < hits.length; i++) out[i] = hits[i];
    return out;
  }
}
