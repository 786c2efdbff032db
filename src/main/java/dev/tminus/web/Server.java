package dev.tminus.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.access.Access;
import dev.tminus.access.Policy;
import dev.tminus.api.ApiException;
import dev.tminus.api.ApiRequest;
import dev.tminus.api.Links;
import dev.tminus.api.QueryString;
import dev.tminus.cache.RenderCache;
import dev.tminus.db.Database;
import dev.tminus.json.Json;
import dev.tminus.api.Resource;
import dev.tminus.api.ResourcePipeline;
import dev.tminus.resource.Resources;
import dev.tminus.api.Subset;
import dev.tminus.ops.AccessLog;
import dev.tminus.ops.Metrics;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.server.handler.GracefulHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP edge: routes every declared resource's list and detail endpoints (and those of its
 * subsets) to the {@link ResourcePipeline}, serves the API root and {@link ApiThrottle}, answers them
 * as JSON or as DRF's browsable page, and turns {@link ApiException}s into DRF's status codes and
 * bodies. Every API view is guarded ({@link Guard}: token, throttle) before it runs. {@link #start}
 * is the one composition function: {@code serve} and every test build their server with it from a
 * {@link Config}. Only the {@code web} package imports Javalin.
 */
public final class Server implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Server.class);
  static final String ALLOW = "GET, HEAD, OPTIONS";
  static final String VIEW = "tminus.view";
  private static final String REQUEST = "tminus.request";
  static final String WRITTEN = "tminus.written";
  /** Set on the server's own warm-up requests, which the throttle does not count. */
  static final String WARM_UP = "tminus.warm-up";
  // Responses differ by negotiated format and by encoding.
  static final String VARY = "Accept, Accept-Encoding";
  // What the browsable page shows of the JSON response, as DRF's does.
  static final List<BrowsablePage.Header> SHOWN_HEADERS = List.of(new BrowsablePage.Header("Allow", ALLOW),
      new BrowsablePage.Header("Content-Type", "application/json"), new BrowsablePage.Header("Vary", "Accept"));

  private final Javalin app;
  private final RenderCache cache;
  private final Metrics metrics;

  private Server(Javalin app, RenderCache cache, Metrics metrics) {
    this.app = app;
    this.cache = cache;
    this.metrics = metrics;
  }

  /**
   * Everything a server is composed of except its database, as one immutable value; {@link #DEFAULTS}
   * is what {@code serve} does without flags, and each {@code with…} returns a changed copy, e.g.
   * {@code Config.DEFAULTS.withPort(0)} for a free port.
   *
   * @param bind          the address to listen on ({@code --bind})
   * @param port          the port to listen on; 0 picks a free one ({@code --port})
   * @param resources     the served resources, in the order the API root lists them
   * @param clock         "now" of {@code upcoming} and {@code previous}, and of the throttle's windows
   * @param healthDetails added to {@code /health}'s body while the database is up (e.g. the mirror's last sync)
   * @param caching       how responses are cached, here and by clients
   * @param access        who is throttled at what rate ({@code --throttle}, {@code --trust-proxy})
   * @param accessLog     how each request is logged ({@code --access-log})
   * @param readiness     whether the database is ready to be served; until it is, every request but
   *                      {@code /health/live} and {@code /metrics} is answered 503
   */
  public record Config(String bind, int port, List<Resource<?>> resources, Clock clock,
      Supplier<Map<String, ?>> healthDetails, Caching caching, Policy access, AccessLog.Format accessLog,
      Readiness readiness) {
    /**
     * 127.0.0.1:8000, {@link Resources#ALL}, the system clock, no health details, {@link Caching#DEFAULTS},
     * no throttling, no access log, ready.
     */
    public static final Config DEFAULTS = new Config("127.0.0.1", 8000, Resources.ALL, Clock.systemUTC(), Map::of,
        Caching.DEFAULTS, Policy.OFF, AccessLog.Format.OFF, Readiness.ready());

    public Config {
      Objects.requireNonNull(bind, "bind");
      if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535, not " + port);
      resources = List.copyOf(resources);
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(healthDetails, "healthDetails");
      Objects.requireNonNull(caching, "caching");
      Objects.requireNonNull(access, "access");
      Objects.requireNonNull(accessLog, "accessLog");
      Objects.requireNonNull(readiness, "readiness");
    }

    public Config withBind(String bind) {
      return new Config(bind, port, resources, clock, healthDetails, caching, access, accessLog, readiness);
    }

    public Config withPort(int port) {
      return new Config(bind, port, resources, clock, healthDetails, caching, access, accessLog, readiness);
    }

    public Config withResources(List<Resource<?>> resources) {
      return new Config(bind, port, resources, clock, healthDetails, caching, access, accessLog, readiness);
    }

    public Config withClock(Clock clock) {
      return new Config(bind, port, resources, clock, healthDetails, caching, access, accessLog, readiness);
    }

    public Config withHealthDetails(Supplier<Map<String, ?>> healthDetails) {
      return new Config(bind, port, resources, clock, healthDetails, caching, access, accessLog, readiness);
    }

    public Config withCaching(Caching caching) {
      return new Config(bind, port, resources, clock, healthDetails, caching, access, accessLog, readiness);
    }

    public Config withAccess(Policy access) {
      return new Config(bind, port, resources, clock, healthDetails, caching, access, accessLog, readiness);
    }

    public Config withAccessLog(AccessLog.Format accessLog) {
      return new Config(bind, port, resources, clock, healthDetails, caching, access, accessLog, readiness);
    }

    public Config withReadiness(Readiness readiness) {
      return new Config(bind, port, resources, clock, healthDetails, caching, access, accessLog, readiness);
    }
  }

  /**
   * How responses are cached, here and by clients.
   *
   * @param cache         the render cache ({@code --no-cache}, {@code --cache-size}, {@code --cache-poll-ms})
   * @param maxAgeSeconds {@code Cache-Control: public, max-age=N} when positive, {@code no-cache} (revalidate
   *                      with the ETag every time) when 0 ({@code --cache-max-age})
   */
  public record Caching(RenderCache.Settings cache, int maxAgeSeconds) {
    public static final Caching DEFAULTS = new Caching(RenderCache.Settings.DEFAULTS, 0);

    String cacheControl() {
      return maxAgeSeconds > 0 ? "public, max-age=" + maxAgeSeconds : "no-cache";
    }
  }

  /** Starts serving {@code database} as {@code config} says; the caller keeps and closes the database. */
  public static Server start(Config serverConfig, Database database) {
    List<Resource<?>> resources = serverConfig.resources();
    Clock clock = serverConfig.clock();
    RenderCache renderCache = RenderCache.create(serverConfig.caching().cache(), database);
    Responses responses = Responses.of(renderCache, serverConfig.caching().cacheControl(), database.dsl());
    Guard guard = new Guard(Access.open(serverConfig.access(), database.dsl()), clock);
    List<Pattern> known = new ArrayList<>();
    Metrics metrics = new Metrics();
    metrics.bindPool("tminus", database::pool, database.maxPoolSize());
    renderCache.monitor(metrics.registry());
    AccessLog accessLog = new AccessLog(serverConfig.accessLog());
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = serverConfig.bind();
      config.jetty.port = serverConfig.port();
      // Django's APPEND_SLASH: a path without its slash is redirected, not served (see the 404 handler).
      config.router.ignoreTrailingSlashes = false;
      // After every routed answer, its metrics by route template; every request Jetty read, even one
      // it refused before routing (a too long request line), gets its access log line.
      config.requestLogger.http((ctx, ms) -> observe(ctx, ms, metrics));
      // Requests Jetty refuses before routing (a request line over 8 KiB: 414, headers over 8 KiB:
      // 431, broken HTTP: 400) are answered JSON as every other error, not Jetty's HTML page.
      config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JsonErrors()));
      // Counts the requests in flight, so that close(drain) can wait for them; once stopping, a request
      // on a kept-alive connection is answered 503.
      config.jetty.modifyServer(jetty -> jetty.setHandler(new GracefulHandler()));
      if (accessLog.format() != AccessLog.Format.OFF) {
        config.jetty.modifyServer(jetty -> jetty.setRequestLog((request, response) -> accessLog.log(entry(request, response))));
      }
      Readiness readiness = serverConfig.readiness();
      config.routes.before(ctx -> starting(ctx, readiness));
      config.routes.get("/health", ctx -> health(ctx, database, serverConfig.healthDetails()));
      config.routes.get("/health/ready", ctx -> health(ctx, database, Map::of));
      config.routes.get("/health/live", ctx -> json(ctx, 200, Map.of("status", "ok")));
      // Prometheus' text format; never throttled (not an API view) nor cached.
      config.routes.get("/metrics", ctx -> ctx.status(200).header("Cache-Control", "no-store")
          .contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
      // The bare host (the quick start's http://127.0.0.1:8000/) leads to the API root. 302, not 301:
      // browsers keep a 301 for good, and the host's root may one day lead elsewhere (another API version).
      config.routes.get("/", ctx -> redirect(ctx, 302, Links.API_PREFIX + "/"));
      config.routes.head("/", ctx -> redirect(ctx, 302, Links.API_PREFIX + "/"));
      endpoint(config, known, guard, responses, Links.API_PREFIX + "/", new View("Api Root", null, false),
          Reuse.UNTIL_A_WRITE, (ctx, request, pipeline) -> root(request, resources));
      endpoint(config, known, guard, responses, ApiThrottle.PATH,
          new View(ApiThrottle.VIEW_NAME, null, false, ApiThrottle.DESCRIPTION), Reuse.NEVER,
          (ctx, request, pipeline) -> guard.budget(ctx));
      for (Resource<?> resource : resources) routes(config, known, guard, responses, resource);
      ApiDocs.register(config, resources);
      known.add(Pattern.compile(Pattern.quote(ApiDocs.SCHEMA_PATH)));
      known.add(Pattern.compile(Pattern.quote(ApiDocs.SWAGGER_PATH)));
      int proxies = serverConfig.access().trustedProxies();
      config.routes.before(Links.API_PREFIX + "/*", ctx -> ctx.attribute(REQUEST, request(ctx, clock, proxies)));
      config.routes.beforeMatched(guard::before);
      config.routes.exception(ApiException.class, Server::apiError);
      config.routes.exception(Exception.class, Server::serverError);
      config.routes.error(404, ctx -> {
        if (ctx.attribute(WRITTEN) != null) return; // our own 404 (unknown id, unsupported format)
        String path = ctx.path();
        if (!path.endsWith("/") && known.stream().anyMatch(p -> p.matcher(path + "/").matches())) {
          redirect(ctx, 301, path + "/");
          return;
        }
        json(ctx, 404, Map.of("detail", "Not found."));
      });
    });
    app.start();
    LOG.info("serving on http://{}:{}/2.3.0/", serverConfig.bind(), app.port());
    return new Server(app, renderCache, metrics);
  }

  private static void observe(Context ctx, Float ms, Metrics metrics) {
    int status = ctx.status().getCode();
    Endpoint matched = ctx.endpoints().lastHttpEndpoint();
    metrics.request(ctx.method().name(), matched != null ? matched.path : "unmatched", status, (long) (ms * 1_000_000.0));
    if (status == 429) metrics.throttled(ctx.header("Authorization") != null ? "key" : "anon");
  }

  private static AccessLog.Entry entry(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response) {
    String query = request.getHttpURI().getQuery();
    String path = request.getHttpURI().getPath();
    return new AccessLog.Entry(java.time.Instant.now(), org.eclipse.jetty.server.Request.getRemoteAddr(request),
        request.getMethod(), query == null ? path : path + "?" + query, request.getConnectionMetaData().getProtocol(),
        response.getStatus(), org.eclipse.jetty.server.Response.getContentBytesWritten(response),
        (System.nanoTime() - request.getBeginNanoTime()) / 1000);
  }

  public int port() {
    return app.port();
  }

  /** What {@code /metrics} shows; the mirror adds its own numbers to it. */
  public Metrics metrics() {
    return metrics;
  }

  /** Forgets every cached response and fragment (to measure cold requests). */
  public void clearCache() {
    cache.clear();
  }

  /** Stops at once: requests in flight are cut off. */
  @Override
  public void close() {
    close(Duration.ZERO);
  }

  /**
   * Stops accepting connections, lets the requests in flight finish for at most {@code drain}, then
   * stops (cutting off what is still running).
   */
  public void close(Duration drain) {
    app.jettyServer().server().setStopTimeout(drain.toMillis());
    app.stop();
  }

  /** What an endpoint answers for a request, before rendering. */
  @FunctionalInterface
  private interface Answer {
    Object answer(Context ctx, ApiRequest request, ResourcePipeline pipeline);
  }

  private static void routes(JavalinConfig config, List<Pattern> known, Guard guard, Responses responses,
      Resource<?> resource) {
    String base = Links.API_PREFIX + "/" + resource.collection() + "/";
    // Named subsets first, so that "upcoming" is not taken for an id.
    List<Subset> subsets = resource.subsets().stream()
        .sorted((a, b) -> Boolean.compare(a.isRoot(), b.isRoot())).toList();
    for (Subset subset : subsets) {
      String path = subset.isRoot() ? base : base + subset.name() + "/";
      endpoint(config, known, guard, responses, path, View.list(resource, subset),
          reuse(subset), (ctx, request, pipeline) -> pipeline.list(resource, subset, request));
    }
    for (Subset subset : subsets) {
      String path = (subset.isRoot() ? base : base + subset.name() + "/") + "{id}/";
      endpoint(config, known, guard, responses, path, View.instance(resource, subset),
          reuse(subset),
          (ctx, request, pipeline) -> pipeline.detail(resource, subset, ctx.pathParam("id"), request));
    }
  }

  /** How long the render cache may reuse an endpoint's 200 answers. */
  private enum Reuse {
    /** Until the data changes. */
    UNTIL_A_WRITE,
    /** Also only within the second of the request: the answer depends on "now" (upcoming, previous). */
    WITHIN_THE_SECOND,
    /** Never, and no client either: the answer is the client's own (api-throttle). */
    NEVER
  }

  private static Reuse reuse(Subset subset) {
    return subset.isRoot() ? Reuse.UNTIL_A_WRITE : Reuse.WITHIN_THE_SECOND;
  }

  /** Registers one endpoint, guarded by {@code guard}, whose answers the render cache reuses as {@code reuse} says. */
  private static void endpoint(JavalinConfig config, List<Pattern> known, Guard guard, Responses responses, String path,
      View view, Reuse reuse, Answer answer) {
    known.add(Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+")));
    guard.guard(path, view);
    Handler get = ctx -> {
      ctx.attribute(VIEW, view);
      ApiRequest request = ctx.attribute(REQUEST);
      Negotiation format = negotiated(request, ctx.header("Accept"));
      if (reuse == Reuse.NEVER) ctx.header("Cache-Control", "no-store");
      // Rendered each time; with an unsupported ?format=, the answer's own errors come first, then the 404.
      if (format == null || reuse == Reuse.NEVER) {
        respond(ctx, view, request, 200, answer.answer(ctx, request, responses.plain()));
        return;
      }
      responses.get(ctx, view, request, format, reuse == Reuse.WITHIN_THE_SECOND,
          pipeline -> answer.answer(ctx, request, pipeline));
    };
    config.routes.get(path, get);
    config.routes.head(path, get);
    config.routes.options(path, ctx -> {
      ctx.attribute(VIEW, view);
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("name", view.name());
      metadata.put("description", view.description());
      metadata.put("renders", List.of("application/json", "text/html"));
      metadata.put("parses", List.of("application/json", "application/x-www-form-urlencoded", "multipart/form-data"));
      respond(ctx, view, ctx.attribute(REQUEST), 200, metadata);
    });
    for (HandlerType method : List.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)) {
      config.routes.addHttpHandler(method, path, ctx -> {
        ctx.attribute(VIEW, view);
        respond(ctx, view, ctx.attribute(REQUEST), 405,
            Map.of("detail", "Method \"" + method.name() + "\" not allowed."));
      });
    }
  }

  private static Map<String, String> root(ApiRequest request, List<Resource<?>> resources) {
    Map<String, String> root = new LinkedHashMap<>();
    Links links = request.links();
    for (Resource<?> r : resources) root.put(r.collection(), links.apiRoot() + "/" + r.collection() + "/" + links.suffix());
    root.put(ApiThrottle.COLLECTION, links.apiRoot() + "/" + ApiThrottle.COLLECTION + "/" + links.suffix());
    return root;
  }

  /** Most query parameters (name=value pairs) a request may carry, as Django's default. */
  static final int MAX_PARAMETERS = 1000;

  /** Redirects to {@code path}, keeping the query string as sent. */
  private static void redirect(Context ctx, int status, String path) {
    String query = ctx.queryString();
    ctx.status(status).header("Location", path + (query == null ? "" : "?" + query)).result("");
  }

  private static ApiRequest request(Context ctx, Clock clock, int trustedProxies) {
    QueryString query = QueryString.parse(ctx.queryString());
    int pairs = query.asMap().values().stream().mapToInt(List::size).sum();
    if (pairs > MAX_PARAMETERS) {
      // Django's DATA_UPLOAD_MAX_NUMBER_FIELDS: a request with more fields is refused whole.
      throw new ApiException.BadRequest("Too many query parameters: " + pairs + ", at most " + MAX_PARAMETERS + ".");
    }
    String host = ctx.header("Host");
    if (host == null || host.isBlank()) host = ctx.host();
    return new ApiRequest(scheme(ctx, trustedProxies) + "://" + host, ctx.path(), query, clock.instant());
  }

  /**
   * The scheme the client used, for the {@code url}s of the answer: behind trusted proxies
   * ({@code --trust-proxy}), the first value of {@code X-Forwarded-Proto} when it is {@code http} or
   * {@code https}, as Django reads its {@code SECURE_PROXY_SSL_HEADER}; otherwise the connection's.
   */
  private static String scheme(Context ctx, int trustedProxies) {
    String forwarded = trustedProxies > 0 ? ctx.header("X-Forwarded-Proto") : null;
    if (forwarded != null) {
      String first = forwarded.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (first.equals("https") || first.equals("http")) return first;
    }
    return ctx.scheme();
  }

  // Until the server is ready only liveness and metrics are answered as usual: /health and
  // /health/ready say which step is under way, everything else is a 503 that says so.
  private static void starting(Context ctx, Readiness readiness) {
    String step = readiness.step();
    if (step == null) return;
    if (readiness.isWarmUp(ctx.header(Readiness.WARM_UP_HEADER))) {
      ctx.attribute(WARM_UP, true); // served, and not counted by the throttle
      return;
    }
    String path = ctx.path();
    if (path.equals("/health/live") || path.equals("/metrics")) return;
    ctx.header("Retry-After", "5");
    if (path.equals("/health") || path.equals("/health/ready")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", "starting");
      body.put("step", step);
      json(ctx, 503, body);
      ctx.skipRemainingHandlers();
      return;
    }
    throw new ApiException.Unavailable("The server is starting (" + step + "); try again shortly.");
  }

  private static void health(Context ctx, Database database, Supplier<Map<String, ?>> details) {
    boolean up = database.isUp();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "ok" : "unavailable");
    body.put("database", up ? "up" : "down");
    if (up) body.putAll(details.get());
    json(ctx, up ? 200 : 503, body);
  }

  private static Negotiation negotiated(ApiRequest request, String accept) {
    try {
      return Negotiation.of(request.query(), accept);
    } catch (ApiException.NotFound e) {
      return null;
    }
  }

  /** Writes {@code body} as JSON or as the browsable page, as the request negotiates, with DRF's headers. */
  private static void respond(Context ctx, View view, ApiRequest request, int status, Object body) {
    Negotiation format = Negotiation.of(request.query(), ctx.header("Accept"));
    ctx.header("Allow", ALLOW).header("Vary", VARY).header("Access-Control-Allow-Origin", "*");
    if (format == Negotiation.JSON) {
      json(ctx, status, body);
      return;
    }
    JsonNode tree = Json.MAPPER.valueToTree(body);
    ctx.attribute(WRITTEN, true);
    ctx.status(status).contentType("text/html; charset=utf-8")
        .result(Browsable.render(view, request, status, SHOWN_HEADERS, tree));
  }

  private static void apiError(ApiException e, Context ctx) {
    e.headers().forEach(ctx::header);
    View view = ctx.attribute(VIEW);
    ApiRequest request = ctx.attribute(REQUEST);
    if (view == null || request == null || !Negotiation.supports(request.query().last("format"))) {
      json(ctx, e.status(), e.body());
    } else {
      respond(ctx, view, request, e.status(), e.body());
    }
  }

  private static void serverError(Exception e, Context ctx) {
    if (Database.isConnectionFailure(e)) {
      LOG.warn("database unavailable for {}: {}", ctx.path(), e.getMessage());
      json(ctx, 503, Map.of("detail", "The database is unavailable."));
      return;
    }
    if (Database.isStatementTimeout(e)) {
      LOG.warn("statement timeout for {} {}", ctx.method(), ctx.fullUrl());
      json(ctx, 503, Map.of("detail", "The database took too long to answer."));
      return;
    }
    LOG.error("unexpected error for {} {}", ctx.method(), ctx.fullUrl(), e);
    json(ctx, 500, Map.of("detail", "A server error occurred."));
  }


  private static void json(Context ctx, int status, Object body) {
    ctx.attribute(WRITTEN, true);
    ctx.status(status).contentType("application/json").result(Json.bytes(body));
  }

}
