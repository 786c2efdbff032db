package dev.tminus.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.db.Database;
import dev.tminus.db.VersionWatch;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.tminus.api.Resource;
import dev.tminus.api.Source;
import dev.tminus.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jooq.DSLContext;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Render once, serve many times: one bounded cache (Caffeine, weighed in bytes) of whole responses
 * and of per-object JSON fragments, both valid for one data version.
 *
 * <p>Invalidation is all-or-nothing: any change of the data version drops everything. An agency
 * renamed once is embedded in thousands of events, so finer invalidation would need to know every
 * object that embeds every other; writes (imports, mirror runs) are rare next to reads, so
 * re-rendering after each is cheap and always correct. Every key also carries its version, so a
 * render that straddles a write is never served under the newer version.
 */
public final class RenderCache {
  private static final long MIB = 1024 * 1024;

  /**
   * @param enabled  false for cold benchmarks ({@code --no-cache})
   * @param sizeMiB  bound of the cache, in MiB of rendered bytes ({@code --cache-size})
   * @param poll     how stale another process's write may be seen ({@code --cache-poll-ms}); 0 reads the
   *                 data version on every request
   */
  public record Settings(boolean enabled, long sizeMiB, Duration poll) {
    public static final Settings DEFAULTS = new Settings(true, 64, Duration.ofSeconds(1));
    public static final Settings DISABLED = new Settings(false, 0, Duration.ZERO);
  }

  /** Something that knows its size in bytes, to weigh it. */
  public interface Weighed {
    int bytes();
  }

  /** A whole response: where and how it was asked for, under which data version. */
  public record ResponseKey(long version, String path, String query, String format, String origin, Object clock) {}

  private record FragmentKey(long version, String collection, Object id, Mode mode, Links links) {}

  private record CountKey(long version, String query) {}

  private final Cache<Object, Object> cache;
  private final VersionWatch watch;
  private final AtomicLong version = new AtomicLong(Long.MIN_VALUE);
  private final ConcurrentHashMap<ResponseKey, CompletableFuture<Object>> rendering = new ConcurrentHashMap<>();

  private RenderCache(Cache<Object, Object> cache, VersionWatch watch) {
    this.cache = cache;
    this.watch = watch;
  }

  /** A cache of {@code database}'s renders; on PostgreSQL it hears of other instances' writes at once. */
  public static RenderCache create(Settings settings, Database database) {
    if (!settings.enabled()) return new RenderCache(null, null);
    database.listenForWrites();
    Cache<Object, Object> cache = Caffeine.newBuilder()
        .maximumWeight(settings.sizeMiB() * MIB)
        .weigher((Object key, Object value) -> 64 + (value instanceof String s ? s.length()
            : value instanceof Long ? (key instanceof CountKey c ? c.query().length() : 8) : ((Weighed) value).bytes()))
        .recordStats()
        .build();
    return new RenderCache(cache, new VersionWatch(database, settings.poll()));
  }

  public boolean enabled() {
    return cache != null;
  }

  /**
   * Shows this cache's lookups (hits and misses, responses and fragments alike), evictions, entries and
   * weight in {@code registry} as Micrometer's Caffeine metrics, {@code cache="render"}; nothing when
   * the cache is off.
   */
  public void monitor(MeterRegistry registry) {
    if (cache != null) CaffeineCacheMetrics.monitor(registry, cache, "render");
  }

  /** The data version to render under now; drops everything rendered under an older one. */
  public long version() {
    long current = watch.current();
    long before = version.get();
    if (current > before && version.compareAndSet(before, current)) cache.invalidateAll();
    return current;
  }

  /**
   * The cached response of {@code key}, or {@code render}'s, cached. Concurrent misses of one key render
   * once: the first renders, the others wait for its answer (or its exception). A cold server asked
   * the same hot page by a hundred clients at once so asks the database once, not a hundred times.
   */
  @SuppressWarnings("unchecked")
  public <V extends Weighed> V response(ResponseKey key, Supplier<V> render) {
    V hit = (V) cache.getIfPresent(key);
    if (hit != null) return hit;
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> running = rendering.putIfAbsent(key, mine);
    if (running != null) return (V) awaitRender(running);
    try {
      V rendered = render.get();
      cache.put(key, rendered);
      mine.complete(rendered);
      return rendered;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      rendering.remove(key, mine);
    }
  }

  // Another request's render of the same key: its answer, or its exception as it was thrown.
  private static Object awaitRender(CompletableFuture<Object> running) {
    try {
      return running.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw e;
    }
  }

  /**
   * The pipeline's source with this cache around the database: each object's JSON is taken from the
   * cache where it was rendered under the current data version, the others read in one batch and
   * cached; each query's count is counted once per data version, so paging through a large list
   * pays the {@code count(*)} once, not per page. Objects come back as {@code RawValue}s, which
   * Jackson writes verbatim, so a page is its envelope written around cached bytes.
   */
  public Source source() {
    if (cache == null) return Source.DATABASE;
    return new Source() {
      @Override
      public <K> List<Object> objects(DSLContext db, Resource<K> resource, List<K> ids, Mode mode, Links links) {
        long at = version();
        String[] json = new String[ids.size()];
        List<K> missing = new ArrayList<>();
        for (int i = 0; i < json.length; i++) {
          json[i] = (String) cache.getIfPresent(new FragmentKey(at, resource.collection(), ids.get(i), mode, links));
          if (json[i] == null) missing.add(ids.get(i));
        }
        if (!missing.isEmpty()) {
          List<Object> fresh = resource.represent(db, missing, mode, links);
          // An object deleted since the id query is left out; then ids and records no longer pair up.
          if (fresh.size() != missing.size()) return resource.represent(db, ids, mode, links);
          Iterator<Object> next = fresh.iterator();
          for (int i = 0; i < json.length; i++) {
            if (json[i] != null) continue;
            json[i] = Json.text(next.next());
            cache.put(new FragmentKey(at, resource.collection(), ids.get(i), mode, links), json[i]);
          }
        }
        List<Object> out = new ArrayList<>(json.length);
        for (String one : json) out.add(new RawValue(one));
        return out;
      }

      @Override
      public long count(String query, LongSupplier count) {
        return (Long) cache.get(new CountKey(version(), query), key -> count.getAsLong());
      }
    };
  }

  /** Forgets everything (tests measure cold requests with it). */
  public void clear() {
    if (cache != null) cache.invalidateAll();
  }
}
