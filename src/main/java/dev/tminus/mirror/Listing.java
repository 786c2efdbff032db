package dev.tminus.mirror;

import dev.tminus.api.Resource;
import dev.tminus.db.Database;
import dev.tminus.ingest.Importer;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * One resource's listing in a mirror run, in its richest mode, a page (one transaction) at a time.
 *
 * <p>A resource with a {@code last_updated__gte} filter (events) is copied incrementally:
 * {@code BASE/events/?mode=detailed&limit=100&ordering=last_updated&last_updated__gte=MARK}, keyset
 * paging from the mark each page moves, as {@link Mirror} explains. Any other resource is small and
 * has no such filter: it is listed whole, {@code BASE/config/orbits/?limit=100}, following the
 * upstream's {@code next} links.
 */
final class Listing {
  private final Resource<?> resource;
  private final Database database;
  private final Upstream upstream;
  private final Progress progress;
  private final Importer importer;
  final Set<Object> seen = new HashSet<>();
  long total = -1;
  /**
   * False when a listing that follows next links saw the count change: offsets shifted under it,
   * and an object may have been skipped. (Keyset listings skip nothing.)
   */
  boolean stable = true;
  boolean complete;
  boolean served = true;
  int created;
  int updated;
  int pages;
  int deleted;
  int kept;

  Listing(Resource<?> resource, Database database, Upstream upstream, Progress progress, Importer importer) {
    this.resource = resource;
    this.database = database;
    this.upstream = upstream;
    this.progress = progress;
    this.importer = importer;
  }

  /** Whether {@code r} can be copied from a mark: it filters on {@code last_updated__gte} and orders by it. */
  static boolean incremental(Resource<?> r) {
    return r.filters().stream().anyMatch(f -> f.param().equals("last_updated__gte"))
        && r.orderingNames().contains("last_updated");
  }

  Resource<?> resource() {
    return resource;
  }

  String collection() {
    return resource.collection();
  }

  /**
   * Lists everything (with {@code full}, or for a resource without a mark) or what changed since
   * the mark; {@code firstCount} hears the first page's {@code count}.
   */
  void run(boolean full, LongConsumer firstCount, Supplier<OptionalInt> callsLeft) throws MirrorException {
    progress.start(collection());
    boolean marked = incremental(resource);
    Instant gte = marked && !full ? MirrorState.load(database.dsl(), upstream.base()).mark(collection()) : null;
    if (marked) {
      progress.note(collection() + (full ? ": full listing" : gte == null ? ": first run, everything"
          : ": changed since " + gte));
    }
    Set<URI> asked = new LinkedHashSet<>();
    URI uri = marked ? markedUri(gte) : wholeUri();
    while (uri != null) {
      if (!asked.add(uri)) throw new MirrorException.BadPage("the upstream's next links go round in a circle: " + uri, null);
      byte[] body = upstream.get(uri);
      MirrorPage page = MirrorPage.write(importer, resource, marked, upstream.base(), uri, body);
      pages++;
      created += page.created();
      updated += page.updated();
      seen.addAll(page.ids());
      if (total < 0) {
        total = page.count();
        firstCount.accept(total);
      } else if (!marked && page.count() != total) {
        stable = false; // (a keyset listing's count shrinks page by page, by design)
      }
      progress.update(seen.size(), total, callsLeft.get());
      uri = marked ? nextMarked(uri, page, gte) : next(uri, page);
      if (page.maxLastUpdated() != null && (gte == null || page.maxLastUpdated().isAfter(gte))) gte = page.maxLastUpdated();
    }
    complete = true;
    progress.finish(seen.size(), Math.max(total, 0), callsLeft.get());
  }

  private URI nextMarked(URI current, MirrorPage page, Instant gte) throws MirrorException {
    if (page.next() == null) return null;
    Instant max = page.maxLastUpdated();
    if (max != null && (gte == null || max.isAfter(gte))) return markedUri(max);
    // Every object of the page has last_updated == gte: only upstream's offset can get past them.
    return next(current, page);
  }

  private static URI next(URI current, MirrorPage page) throws MirrorException {
    if (page.next() == null) return null;
    URI next = URI.create(page.next());
    if (next.equals(current)) throw new MirrorException.BadPage("the upstream's next link points to the same page: " + next, null);
    return next;
  }

  private URI markedUri(Instant gte) {
    return URI.create(upstream.base() + "/" + collection() + "/?" + modeParam() + "limit=" + Mirror.PAGE_SIZE
        + "&ordering=last_updated" + (gte == null ? "" : "&last_updated__gte=" + gte));
  }

  private URI wholeUri() {
    return URI.create(upstream.base() + "/" + collection() + "/?" + modeParam() + "limit=" + Mirror.PAGE_SIZE);
  }

  // The richest mode: what the detail view answers, so nothing the upstream knows is left behind.
  private String modeParam() {
    return resource.single() || resource.modes().size() < 2 ? "" : "mode=" + resource.detailMode().wire() + "&";
  }

  /** What the listing did, for the summary. */
  Mirror.Copied copied(Instant mark) {
    return new Mirror.Copied(collection(), served, seen.size(), created, updated, deleted, kept, pages, mark);
  }
}
