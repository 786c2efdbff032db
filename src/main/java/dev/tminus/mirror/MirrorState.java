package dev.tminus.mirror;

import static dev.tminus.db.schema.Tables.MIRROR_STATE;

import dev.tminus.db.Database;
import dev.tminus.db.Upsert;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * What tminus remembers about one upstream (a row of {@code mirror_state}): the high-water mark
 * the next incremental run starts from, and how the last runs went.
 */
public record MirrorState(String upstream, Instant highWaterMark, Instant lastSuccess, String lastError,
    Instant lastErrorAt) {

  /** The stored state of {@code upstream}, or an empty one when it was never mirrored. */
  static MirrorState load(DSLContext dsl, String upstream) {
    Record r = dsl.select(MIRROR_STATE.HIGH_WATER_MARK, MIRROR_STATE.LAST_SUCCESS, MIRROR_STATE.LAST_ERROR,
            MIRROR_STATE.LAST_ERROR_AT)
        .from(MIRROR_STATE).where(MIRROR_STATE.UPSTREAM.eq(upstream)).fetchOne();
    if (r == null) return new MirrorState(upstream, null, null, null, null);
    return new MirrorState(upstream, r.get(MIRROR_STATE.HIGH_WATER_MARK), r.get(MIRROR_STATE.LAST_SUCCESS),
        r.get(MIRROR_STATE.LAST_ERROR), r.get(MIRROR_STATE.LAST_ERROR_AT));
  }

  /** Moves the high-water mark forward to {@code mark}, never back; call it in the page's transaction. */
  static void advance(DSLContext dsl, String upstream, Instant mark) {
    Instant current = load(dsl, upstream).highWaterMark();
    if (current != null && !mark.isAfter(current)) return;
    Upsert.into(MIRROR_STATE, MIRROR_STATE.UPSTREAM).set(MIRROR_STATE.UPSTREAM, upstream)
        .set(MIRROR_STATE.HIGH_WATER_MARK, mark).execute(dsl);
  }

  static void succeeded(DSLContext dsl, String upstream, Instant at) {
    Upsert.into(MIRROR_STATE, MIRROR_STATE.UPSTREAM).set(MIRROR_STATE.UPSTREAM, upstream)
        .set(MIRROR_STATE.LAST_SUCCESS, seconds(at)).execute(dsl);
  }

  static void failed(DSLContext dsl, String upstream, String error, Instant at) {
    Upsert.into(MIRROR_STATE, MIRROR_STATE.UPSTREAM).set(MIRROR_STATE.UPSTREAM, upstream)
        .set(MIRROR_STATE.LAST_ERROR, error).set(MIRROR_STATE.LAST_ERROR_AT, seconds(at)).execute(dsl);
  }

  /**
   * The {@code mirror} object of {@code /health}: upstream, last_success, last_error, last_error_at
   * and high_water_mark, read from the database (so a separate {@code mirror} process shows too).
   */
  public static Map<String, Object> health(Database database, String upstream) {
    MirrorState s = load(database.dsl(), Upstream.normalize(upstream));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("upstream", s.upstream());
    body.put("last_success", s.lastSuccess());
    body.put("last_error", s.lastError());
    body.put("last_error_at", s.lastErrorAt());
    body.put("high_water_mark", s.highWaterMark());
    return body;
  }

  private static Instant seconds(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS);
  }
}
