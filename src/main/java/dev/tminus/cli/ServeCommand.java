package dev.tminus.cli;

import dev.tminus.access.Policy;
import dev.tminus.api.Links;
import dev.tminus.cache.RenderCache;
import dev.tminus.db.Database;
import dev.tminus.generate.Timeline;
import dev.tminus.generate.World;
import dev.tminus.api.Resource;
import dev.tminus.api.ResourcePipeline;
import dev.tminus.api.ResourceWriter;
import dev.tminus.resource.Resources;
import dev.tminus.mirror.Mirror;
import dev.tminus.mirror.MirrorSchedule;
import dev.tminus.mirror.MirrorState;
import dev.tminus.web.Readiness;
import dev.tminus.web.Server;
import dev.tminus.web.WarmUp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import dev.tminus.ops.AccessLog;
import picocli.CommandLine.ParameterException;
import sun.misc.Signal;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the LL2 2.3.0 API over HTTP.")
final class ServeCommand implements Callable<Integer> {
  /** How many events --demo puts in an empty database. */
  static final int DEMO_EVENTS = 300;

  /** How many detailed launches --demo puts in an empty database (the demo's events embed them): few enough for a quick start. */
  static final int DEMO_LAUNCHES = 1000;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(names = "--port", defaultValue = "${env:TMINUS_PORT:-8000}",
      description = "Port to listen on (env TMINUS_PORT, default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "${env:TMINUS_BIND:-127.0.0.1}",
      description = "Address to listen on (env TMINUS_BIND, default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--demo", description = "Fill an empty database with generated data first: " + DEMO_EVENTS
      + " events, " + DEMO_LAUNCHES + " detailed launches and every other collection.")
  boolean demo;

  @Option(names = "--mirror-from", paramLabel = "BASE_URL",
      description = "Keep a copy of every resource of this upstream fresh in the background, e.g. "
          + "https://lldev.thespacedevs.com/2.3.0.")
  String mirrorFrom;

  @Option(names = "--mirror-every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
      description = "Pause between two mirror runs, e.g. 30s, 15m, 2h (default: ${DEFAULT-VALUE}).")
  Duration mirrorEvery;

  @Option(names = "--token", paramLabel = "KEY", defaultValue = "${env:TMINUS_UPSTREAM_TOKEN}",
      description = "LL2 API key for --mirror-from, sent as 'Authorization: Token KEY' (env TMINUS_UPSTREAM_TOKEN).")
  String token;

  @Option(names = "--no-cache", defaultValue = "${env:TMINUS_NO_CACHE:-false}",
      description = "Render every response from the database (cold benchmarks; env TMINUS_NO_CACHE).")
  boolean noCache;

  @Option(names = "--cache-size", paramLabel = "MiB", defaultValue = "${env:TMINUS_CACHE_SIZE:-64}",
      description = "Bound of the render cache in MiB of rendered responses and JSON fragments "
          + "(env TMINUS_CACHE_SIZE, default: ${DEFAULT-VALUE}).")
  long cacheSizeMiB;

  @Option(names = "--cache-poll-ms", paramLabel = "MILLIS", defaultValue = "${env:TMINUS_CACHE_POLL_MS:-1000}",
      description = "Check the data version for other processes' writes at most this often; 0 checks on every "
          + "request. Writes by this process are seen at once (env TMINUS_CACHE_POLL_MS, default: ${DEFAULT-VALUE}).")
  long cachePollMs;

  @Option(names = "--cache-max-age", paramLabel = "SECONDS", defaultValue = "${env:TMINUS_CACHE_MAX_AGE:-0}",
      description = "Send 'Cache-Control: public, max-age=SECONDS'; 0 sends 'no-cache' so clients revalidate "
          + "with the ETag (env TMINUS_CACHE_MAX_AGE, default: ${DEFAULT-VALUE}).")
  int cacheMaxAge;

  @Option(names = "--throttle", paramLabel = "RATES", defaultValue = "${env:TMINUS_THROTTLE}",
      description = "Throttle as LL2 does, with DRF's rates: anon=RATE for clients without a key (by address), "
          + "key=RATE for keys without a rate of their own, e.g. anon=15/hour,key=300/hour; a RATE is N/s, N/m, N/h "
          + "or N/d (N/second, N/hour, … also). Off by default: nothing is counted and API keys are not checked "
          + "(env TMINUS_THROTTLE).")
  String throttle;

  @Option(names = "--trust-proxy", paramLabel = "N", arity = "0..1", fallbackValue = "1",
      defaultValue = "${env:TMINUS_TRUST_PROXY:-0}",
      description = "Take a client's address from X-Forwarded-For, set by N proxies in front of tminus (DRF's "
          + "NUM_PROXIES; N defaults to 1 when the flag is given): the entry N from the end. 0 uses the "
          + "connection's address (env TMINUS_TRUST_PROXY, default: ${DEFAULT-VALUE}).")
  int trustedProxies;

  @Option(names = "--pool-wait", paramLabel = "DURATION", defaultValue = "${env:TMINUS_POOL_WAIT:-3s}",
      converter = DurationConverter.class,
      description = "How long a request waits for a database connection when all are busy before it is answered 503 "
          + "(env TMINUS_POOL_WAIT, default: ${DEFAULT-VALUE}).")
  Duration poolWait;

  @Option(names = "--statement-timeout", paramLabel = "DURATION", defaultValue = "${env:TMINUS_STATEMENT_TIMEOUT:-30s}",
      converter = DurationConverter.OrZero.class,
      description = "On PostgreSQL, the longest one statement may run before it is cancelled (the request is answered "
          + "503); 0 for no bound (env TMINUS_STATEMENT_TIMEOUT, default: ${DEFAULT-VALUE}).")
  Duration statementTimeout;

  @Option(names = "--access-log", paramLabel = "FORMAT", defaultValue = "${env:TMINUS_ACCESS_LOG:-common}",
      description = "One line per request on standard output: common (Common Log Format and the duration in ms), "
          + "json (JSON lines) or off; credentials in query strings are written REDACTED, headers never "
          + "(env TMINUS_ACCESS_LOG, default: ${DEFAULT-VALUE}).")
  String accessLog;

  @Option(names = "--drain-timeout", paramLabel = "DURATION", defaultValue = "${env:TMINUS_DRAIN_TIMEOUT:-10s}",
      converter = DurationConverter.OrZero.class,
      description = "On SIGTERM or SIGINT, stop accepting connections and let the requests in flight finish for at "
          + "most this long, then stop the mirror, close the database and exit 0 (env TMINUS_DRAIN_TIMEOUT, "
          + "default: ${DEFAULT-VALUE}).")
  Duration drainTimeout;

  @Option(names = "--warm-up", paramLabel = "DURATION", defaultValue = "${env:TMINUS_WARM_UP:-0}",
      converter = DurationConverter.OrZero.class,
      description = "Before it is ready, the server asks itself every list in every mode for this long, so that "
          + "its first clients meet compiled code and a filled cache; /health/ready says 503 meanwhile. 0 for "
          + "none (env TMINUS_WARM_UP, default: ${DEFAULT-VALUE}).")
  Duration warmUp;

  @Override
  public Integer call() throws InterruptedException {
    if (mirrorFrom != null) MirrorCommand.checkBaseUrl(spec, mirrorFrom);
    if (cacheSizeMiB < 1 || cachePollMs < 0 || cacheMaxAge < 0) {
      throw new ParameterException(spec.commandLine(),
          "--cache-size must be at least 1, --cache-poll-ms and --cache-max-age at least 0");
    }
    Server.Caching caching = new Server.Caching(noCache ? RenderCache.Settings.DISABLED
        : new RenderCache.Settings(true, cacheSizeMiB, Duration.ofMillis(cachePollMs)), cacheMaxAge);
    Policy access = access(spec, throttle, trustedProxies);
    AccessLog.Format logFormat;
    try {
      logFormat = AccessLog.Format.parse(accessLog);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--access-log: " + e.getMessage());
    }
    if (poolWait.toMillis() < 250) throw new ParameterException(spec.commandLine(), "--pool-wait must be at least 250ms");
    // Connect first (an unreachable database fails here, before anything listens), then listen, then
    // migrate and fill the demo: meanwhile /health/live answers 200 and everything else 503 "starting".
    Database db = Database.connect(database.config(), new Database.Settings(poolWait, statementTimeout));
    Readiness readiness = Readiness.at("migrating the database");
    Server.Config config = Server.Config.DEFAULTS.withBind(bind).withPort(port).withCaching(caching)
        .withAccess(access).withAccessLog(logFormat).withReadiness(readiness);
    if (mirrorFrom != null) config = config.withHealthDetails(() -> Map.of("mirror", MirrorState.health(db, mirrorFrom)));
    Server server;
    try {
      server = Server.start(config, db);
    } catch (RuntimeException e) {
      db.close();
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof java.net.BindException) {
          throw new Main.StartupFailure("cannot listen on " + bind + ":" + port + ": " + t.getMessage()
              + " (choose another port with --port or TMINUS_PORT, another address with --bind or TMINUS_BIND)", e);
        }
      }
      throw e;
    }
    spec.commandLine().getOut().println("tminus listening on http://" + bind + ":" + server.port() + "/, not ready yet: "
        + readiness.step());
    spec.commandLine().getOut().flush();
    try {
      db.migrate();
      if (demo) {
        readiness.step("generating the demo world");
        fillDemo(db);
      }
      if (!warmUp.isZero()) {
        readiness.step("warming up");
        long start = System.nanoTime();
        int requests = WarmUp.run(selfOrigin(server.port()), Resources.ALL, readiness, warmUp);
        spec.commandLine().getOut().printf("warm-up: %d requests in %.1f s%n", requests, (System.nanoTime() - start) / 1e9);
      }
    } catch (RuntimeException e) {
      server.close();
      db.close();
      throw e;
    }
    readiness.markReady();
    MirrorSchedule mirror = mirrorFrom == null ? null
        : MirrorSchedule.start(db, mirrorFrom, token, mirrorEvery, Mirror.Settings.DEFAULTS, server.metrics());
    spec.commandLine().getOut().println("tminus serving " + database.config().describe() + " on http://" + bind + ":" + server.port()
        + "/2.3.0/events/");
    // SIGTERM (a service manager, a container's stop) and SIGINT (Ctrl-C) are a request to stop: handled
    // here rather than by the JVM's default, so the stop is an orderly one and the exit status 0.
    CountDownLatch stop = new CountDownLatch(1);
    for (String name : new String[] {"TERM", "INT"}) Signal.handle(new Signal(name), signal -> stop.countDown());
    stop.await();
    spec.commandLine().getOut().println("tminus stopping: finishing the requests in flight (at most " + drainTimeout.toMillis() / 1000.0 + " s)");
    spec.commandLine().getOut().flush();
    server.close(drainTimeout);
    if (mirror != null) mirror.close();
    db.close();
    spec.commandLine().getOut().println("tminus stopped");
    return 0;
  }

  // Where this process reaches its own server: the bound address, or the loopback for a wildcard.
  private String selfOrigin(int port) {
    String host = bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]") ? "127.0.0.1" : bind;
    if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
    return "http://" + host + ":" + port;
  }

  /** The throttling policy of {@code --throttle} and {@code --trust-proxy}; a bad value is a usage error. */
  static Policy access(CommandSpec spec, String throttle, int trustedProxies) {
    if (trustedProxies < 0) throw new ParameterException(spec.commandLine(), "--trust-proxy must be at least 0");
    if (throttle == null || throttle.isBlank()) return Policy.off(trustedProxies);
    try {
      return Policy.throttling(throttle, trustedProxies);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--throttle: " + e.getMessage());
    }
  }

  /**
   * Fills an empty database with a generated world: {@value #DEMO_EVENTS} events,
   * {@value #DEMO_LAUNCHES} detailed launches and every other
   * served collection, so that each list of the API has something to show. One transaction: a
   * half-filled demo is never seen.
   */
  private void fillDemo(Database db) {
    for (Resource<?> r : Resources.ALL) {
      if (new ResourcePipeline(db.dsl()).count(r) > 0) {
        spec.commandLine().getOut().println("demo: the database already has " + r.collection() + "; left as it is");
        return;
      }
    }
    // url fields of the input are ignored on import, so any base will do. Seen from today, so that
    // upcoming and previous lists both have plenty to show.
    World world = World.of(DEMO_EVENTS, DEMO_LAUNCHES, 42, Links.of("http://localhost", null),
        Timeline.around(Instant.now()));
    db.dsl().transaction(tx -> {
      for (World.Content c : world.contents()) {
        Resource<?> r = Resources.byCollection(c.collection());
        if (r == null) continue; // generated, but not served (yet)
        ResourceWriter writer = r.writer(tx.dsl());
        c.objects().get().forEachRemaining(writer::add);
        writer.flush();
      }
    });
    spec.commandLine().getOut().println("demo: " + DEMO_EVENTS + " generated events, " + DEMO_LAUNCHES
        + " launches and every other collection imported");
  }
}
