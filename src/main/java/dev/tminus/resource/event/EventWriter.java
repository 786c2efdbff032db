package dev.tminus.resource.event;

import static dev.tminus.db.schema.Tables.EVENT;

import dev.tminus.db.Bulk;
import dev.tminus.db.DataVersion;
import dev.tminus.db.Join;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Writes LL2 events, with everything embedded in them, into the normalized tables: every object
 * is upserted by its upstream id, so an agency embedded in a thousand events is one row. An
 * embedded list that is absent ({@code null}) leaves what is stored; a present one replaces it.
 * {@code url} and {@code response_mode} values are ignored: they are ours to build.
 *
 * <p>Events are written {@value #BATCH} at a time, each table's rows of a batch with one
 * {@link Bulk} write ({@link EventBatch} gathers the rows). One writer serves one transaction: it takes the
 * database's write turn ({@link DataVersion#bump}) and writes a shared object only the first time
 * the transaction meets it. Call {@link #flush()} before the transaction commits.
 */
public final class EventWriter implements dev.tminus.api.ResourceWriter {
  // Bulk writes have no bind-value limit: larger batches cost fewer statements per event.
  static final int BATCH = 2000;

  private final DSLContext dsl;
  private final Set<String> written = new HashSet<>();
  private final List<EventEndpointDetailed> pending = new ArrayList<>();
  private final Set<Integer> pendingIds = new HashSet<>();
  private int created;
  private int updated;

  public EventWriter(DSLContext dsl) {
    this.dsl = dsl;
    DataVersion.bump(dsl);
  }

  @Override
  public void add(Object event) {
    add((EventEndpointDetailed) event);
  }

  /** Queues an event; it is written with its batch, or by {@link #flush()}. */
  public void add(EventEndpointDetailed event) {
    // The same event twice in one batch would be one row upserted twice in one statement.
    if (pendingIds.contains(event.id())) flush();
    pending.add(event);
    pendingIds.add(event.id());
    if (pending.size() >= BATCH) flush();
  }

  /** Writes what is queued. */
  @Override
  public void flush() {
    if (pending.isEmpty()) return;
    List<Integer> ids = new ArrayList<>(pendingIds);
    Set<Integer> existing = new HashSet<>(dsl.select(EVENT.ID).from(EVENT).where(EVENT.ID.in(ids)).fetch(EVENT.ID));
    EventBatch batch = new EventBatch(written);
    for (EventEndpointDetailed e : pending) batch.add(e);
    batch.write(dsl);
    created += ids.size() - existing.size();
    updated += existing.size();
    pending.clear();
    pendingIds.clear();
  }

  /** Events written that were new. */
  @Override
  public int created() {
    return created;
  }

  /** Events written that replaced stored ones. */
  @Override
  public int updated() {
    return updated;
  }

  // LL2 timestamps have whole seconds; keeping them so makes output identical to input.
  static Instant seconds(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS);
  }

  /** Deletes the owners' rows of {@code join} and inserts the given pairs. */
  static <T, K> void replaceJoin(DSLContext dsl, Join<Integer, K> join, List<Owned<T>> owned, Function<T, K> id) {
    if (owned.isEmpty()) return;
    dsl.deleteFrom(join.table()).where(join.owner().in(owned.stream().map(Owned::owner).toList())).execute();
    Bulk rows = Bulk.of(join.table(), join.owner(), join.target());
    for (Owned<T> o : owned) {
      Set<K> targets = new LinkedHashSet<>();
      for (T t : o.targets()) targets.add(id.apply(t));
      for (K k : targets) rows.row(o.owner(), k);
    }
    if (!rows.isEmpty()) rows.insert(dsl);
  }

  /** An owner's complete list of related objects (an event's agencies, a program's patches, …). */
  record Owned<T>(int owner, List<T> targets) {}

}
