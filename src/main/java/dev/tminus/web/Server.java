package dev.tminus.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tminus.api.ApiException;
import dev.tminus.api.ApiRequest;
import dev.tminus.api.QueryString;
import dev.tminus.db.Database;
import dev.tminus.json.Json;
import dev.tminus.resource.Resource;
import dev.tminus.resource.ResourcePipeline;
import dev.tminus.resource.Subset;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP edge: routes every declared resource's list and detail endpoints (and those of its
 * subsets) to the {@link ResourcePipeline}, and turns {@link ApiException}s into DRF's status codes
 * and JSON bodies. The only class that knows Javalin.
 */
public final class Server implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Server.class);
  private static final String JSON = "application/json";
  // DRF's renderers for LL2: "json" and the browsable "api"; any other format is a 404.
  private static final Set<String> FORMATS = Set.of("json", "api");

  private final Javalin app;

  private Server(Javalin app) {
    this.app = app;
  }

  /** Settings of the HTTP listener. */
  public record Settings(String bind, int port) {}

  /** Starts serving {@code resources} from {@code database}; port 0 picks a free port. */
  public static Server start(Settings settings, Database database, List<Resource<?>> resources, Clock clock) {
    ResourcePipeline pipeline = new ResourcePipeline(database.dsl());
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = settings.bind();
      config.jetty.port = settings.port();
      config.routes.get("/health", ctx -> health(ctx, database));
      for (Resource<?> resource : resources) routes(config, pipeline, resource, clock);
      config.routes.exception(ApiException.class, Server::apiError);
      config.routes.exception(Exception.class, Server::serverError);
      config.routes.error(404, ctx -> {
        if (ctx.resultInputStream() == null) json(ctx, 404, Map.of("detail", "Not found."));
      });
    });
    app.start();
    LOG.info("serving on http://{}:{}/2.3.0/", settings.bind(), app.port());
    return new Server(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void routes(JavalinConfig config, ResourcePipeline pipeline, Resource<?> resource, Clock clock) {
    String base = dev.tminus.api.Links.API_PREFIX + "/" + resource.collection() + "/";
    // Named subsets first, so that "upcoming" is not taken for an id.
    List<Subset> subsets = resource.subsets().stream().sorted((a, b) -> Boolean.compare(a.isRoot(), b.isRoot())).toList();
    for (Subset subset : subsets) {
      String path = subset.isRoot() ? base : base + subset.name() + "/";
      config.routes.get(path, ctx -> json(ctx, 200, pipeline.list(resource, subset, request(ctx, clock))));
    }
    for (Subset subset : subsets) {
      String path = subset.isRoot() ? base : base + subset.name() + "/";
      config.routes.get(path + "{id}/",
          ctx -> json(ctx, 200, pipeline.detail(resource, subset, ctx.pathParam("id"), request(ctx, clock))));
    }
  }

  private static ApiRequest request(Context ctx, Clock clock) {
    QueryString query = QueryString.parse(ctx.queryString());
    String format = query.last("format");
    if (format != null && !FORMATS.contains(format)) throw new ApiException.NotFound("Not found.");
    String host = ctx.header("Host");
    if (host == null || host.isBlank()) host = ctx.host();
    return new ApiRequest(ctx.scheme() + "://" + host, ctx.path(), query, clock.instant());
  }

  private static void health(Context ctx, Database database) {
    boolean up = database.isUp();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "ok" : "unavailable");
    body.put("database", up ? "up" : "down");
    json(ctx, up ? 200 : 503, body);
  }

  private static void apiError(ApiException e, Context ctx) {
    if (e instanceof ApiException.NotFound nf) json(ctx, 404, Map.of("detail", nf.detail()));
    else if (e instanceof ApiException.InvalidParameters ip) json(ctx, 400, ip.errors());
    else if (e instanceof ApiException.Unavailable u) json(ctx, 503, Map.of("detail", u.detail()));
  }

  private static void serverError(Exception e, Context ctx) {
    if (isConnectionFailure(e)) {
      LOG.warn("database unavailable for {}: {}", ctx.path(), e.getMessage());
      json(ctx, 503, Map.of("detail", "The database is unavailable."));
      return;
    }
    LOG.error("unexpected error for {} {}", ctx.method(), ctx.fullUrl(), e);
    json(ctx, 500, Map.of("detail", "A server error occurred."));
  }

  private static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException) return true;
      if (t instanceof java.sql.SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) return true;
    }
    return false;
  }

  private static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType(JSON).result(Json.MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize response", e);
    }
  }
}
