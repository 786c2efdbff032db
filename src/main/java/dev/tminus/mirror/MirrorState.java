package dev.tminus.mirror;

import static dev.tminus.db.schema.Tables.MIRROR_MARK;
import static dev.tminus.db.schema.Tables.MIRROR_STATE;

import dev.tminus.db.Database;
import dev.tminus.db.Upsert;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * What tminus remembers about one upstream: how the last runs went (a row of {@code mirror_state})
 * and, per collection copied incrementally, the high-water mark the next run starts from (rows of
 * {@code mirror_mark}, e.g. {@code events → 2025-06-01T00:00:01Z}).
 */
public record MirrorState(String upstream, Map<String, Instant> marks, Instant lastSuccess, String lastError,
    Instant lastErrorAt) {

  /** The stored state of {@code upstream}, or an empty one when it was never mirrored. */
  static MirrorState load(DSLContext dsl, String upstream) {
    Map<String, Instant> marks = new LinkedHashMap<>();
    dsl.select(MIRROR_MARK.COLLECTION, MIRROR_MARK.HIGH_WATER_MARK).from(MIRROR_MARK)
        .where(MIRROR_MARK.UPSTREAM.eq(upstream)).orderBy(MIRROR_MARK.COLLECTION)
        .forEach(r -> marks.put(r.value1(), r.value2()));
    Record r = dsl.select(MIRROR_STATE.LAST_SUCCESS, MIRROR_STATE.LAST_ERROR, MIRROR_STATE.LAST_ERROR_AT)
        .from(MIRROR_STATE).where(MIRROR_STATE.UPSTREAM.eq(upstream)).fetchOne();
    Map<String, Instant> m = Collections.unmodifiableMap(marks);
    if (r == null) return new MirrorState(upstream, m, null, null, null);
    return new MirrorState(upstream, m, r.get(MIRROR_STATE.LAST_SUCCESS), r.get(MIRROR_STATE.LAST_ERROR),
        r.get(MIRROR_STATE.LAST_ERROR_AT));
  }

  /** The high-water mark of {@code collection}, or null when none of it was copied incrementally yet. */
  Instant mark(String collection) {
    return marks.get(collection);
  }

  /** The latest mark of any collection, or null. */
  Instant latestMark() {
    return marks.values().stream().max(Instant::compareTo).orElse(null);
  }

  /** Moves {@code collection}'s mark forward to {@code mark}, never back; call it in the page's transaction. */
  static void advance(DSLContext dsl, String upstream, String collection, Instant mark) {
    Instant current = dsl.select(MIRROR_MARK.HIGH_WATER_MARK).from(MIRROR_MARK)
        .where(MIRROR_MARK.UPSTREAM.eq(upstream), MIRROR_MARK.COLLECTION.eq(collection)).fetchOne(MIRROR_MARK.HIGH_WATER_MARK);
    if (current != null && !mark.isAfter(current)) return;
    if (current == null) {
      dsl.insertInto(MIRROR_MARK, MIRROR_MARK.UPSTREAM, MIRROR_MARK.COLLECTION, MIRROR_MARK.HIGH_WATER_MARK)
          .values(upstream, collection, mark).execute();
    } else {
      dsl.update(MIRROR_MARK).set(MIRROR_MARK.HIGH_WATER_MARK, mark)
          .where(MIRROR_MARK.UPSTREAM.eq(upstream), MIRROR_MARK.COLLECTION.eq(collection)).execute();
    }
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
   * The {@code mirror} object of {@code /health}: upstream, last_success, last_error, last_error_at,
   * high_water_mark (the latest of the marks) and high_water_marks (per collection), read from the
   * database, so a separate {@code mirror} process shows too.
   */
  public static Map<String, Object> health(Database database, String upstream) {
    MirrorState s = load(database.dsl(), Upstream.normalize(upstream));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("upstream", s.upstream());
    body.put("last_success", s.lastSuccess());
    body.put("last_error", s.lastError());
    body.put("last_error_at", s.lastErrorAt());
    body.put("high_water_mark", s.latestMark());
    body.put("high_water_marks", s.marks());
    return body;
  }

  private static Instant seconds(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS);
  }
}
