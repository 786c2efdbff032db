package dev.tminus.web;

import dev.tminus.api.ApiRequest;
import dev.tminus.cache.RenderCache;
import dev.tminus.json.Json;
import dev.tminus.api.ResourcePipeline;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * The 200 answers of GET endpoints: rendered once into the {@link RenderCache}, then sent as often as
 * asked, with a strong ETag, Cache-Control, gzip when it pays, and 304 when the client has them.
 *
 * @param cache        the render cache (possibly disabled)
 * @param cacheControl the {@code Cache-Control} header of every such answer
 */
record Responses(RenderCache cache, String cacheControl, ResourcePipeline plain, ResourcePipeline cached) {

  /** The responses of a server: its pipeline from the database, and the same pipeline wrapped by {@code cache}. */
  static Responses of(RenderCache cache, String cacheControl, org.jooq.DSLContext dsl) {
    return new Responses(cache, cacheControl, new ResourcePipeline(dsl), new ResourcePipeline(dsl, cache.source()));
  }

  /**
   * Answers a GET from the cache when it can: keyed by what the client asked (path, query string as
   * sent, negotiated format, origin) and, when the answer depends on "now" ({@code clockDependent}), by
   * the second of the request, so that {@code upcoming} moves on without a write.
   */
  void get(Context ctx, View view, ApiRequest request, Negotiation format, boolean clockDependent,
      Function<ResourcePipeline, Object> answer) {
    if (!cache.enabled()) {
      send(ctx, render(view, request, format, answer.apply(plain)));
      return;
    }
    long version = cache.version();
    RenderCache.ResponseKey key = new RenderCache.ResponseKey(version, ctx.path(), ctx.queryString(),
        format.name(), request.origin(), clockDependent ? request.now().truncatedTo(ChronoUnit.SECONDS) : null);
    // Cached objects are JSON text; the browsable page needs the records themselves.
    send(ctx, cache.response(key, () -> render(view, request, format, answer.apply(format == Negotiation.JSON ? cached : plain))));
  }

  /** A 200 answer rendered once, to be sent as often as asked. */
  private static Rendered render(View view, ApiRequest request, Negotiation format, Object body) {
    if (format == Negotiation.JSON) return Rendered.of(Json.bytes(body), "application/json");
    String page = Browsable.render(view, request, 200, Server.SHOWN_HEADERS, Json.MAPPER.valueToTree(body));
    return Rendered.of(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
  }

  /**
   * Sends a 200 answer with DRF's headers plus a strong ETag, Cache-Control and, when the client
   * accepts it and the body is big enough, gzip; or a bodiless 304 when {@code If-None-Match} names
   * the ETag of the representation the client would get.
   */
  private void send(Context ctx, Rendered rendered) {
    boolean gzip = rendered.body.length >= Conditional.GZIP_MIN_BYTES
        && Conditional.acceptsGzip(ctx.header("Accept-Encoding"));
    String etag = gzip ? rendered.gzipEtag() : rendered.etag;
    ctx.attribute(Server.WRITTEN, true);
    ctx.header("Allow", Server.ALLOW).header("Vary", Server.VARY).header("Access-Control-Allow-Origin", "*")
        .header("ETag", etag).header("Cache-Control", cacheControl);
    if (Conditional.noneMatchHits(ctx.header("If-None-Match"), etag)) {
      ctx.status(304).result(new byte[0]);
      return;
    }
    ctx.status(200).contentType(rendered.contentType);
    if (gzip) {
      ctx.header("Content-Encoding", "gzip").result(rendered.gzipped());
    } else {
      ctx.result(rendered.body);
    }
  }
}
