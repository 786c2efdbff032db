package dev.tminus.web;

import dev.tminus.api.Links;
import dev.tminus.api.Mode;
import dev.tminus.api.Resource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a started server asks itself before it calls itself ready ({@code serve --warm-up}): every
 * list in every mode, a page further on each round, on one connection per core, for a while. A
 * cold JVM on few cores answers its first burst of clients slowly (its code is not compiled yet,
 * its caches are empty) and then sheds them with 503s for want of a pooled connection; warmed up
 * before a load balancer sends it traffic, it meets the burst compiled and with its hot pages
 * cached. The requests carry a token only this process knows, so the not-ready gate lets them
 * through and the throttle does not count them; they are logged and measured as any request is.
 */
public final class WarmUp {
  private WarmUp() {}

  /**
   * The paths of round {@code round}: the {@code round}th page of 100 of each resource's list in
   * each of its modes. Round after round the warm-up pages through every list, so that each object
   * it reaches is rendered once in each mode and kept in the render cache, and a client's page of
   * any ten of them is then one query for their ids.
   */
  static List<String> paths(List<Resource<?>> resources, int round) {
    List<String> paths = new ArrayList<>();
    for (Resource<?> resource : resources) {
      String list = Links.API_PREFIX + "/" + resource.collection() + "/";
      for (Mode mode : resource.modes()) paths.add(list + "?mode=" + mode.wire() + "&limit=100&offset=" + round * 100);
    }
    return paths;
  }

  /**
   * Asks {@code origin} the warm-up paths, round after round, until {@code duration} has passed
   * (a round under way is finished); returns the number of requests made.
   */
  public static int run(String origin, List<Resource<?>> resources, Readiness readiness, Duration duration)
      throws InterruptedException {
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicInteger requests = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      for (int round = 0; System.nanoTime() < deadline; round++) {
        List<String> paths = paths(resources, round);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
          int first = w;
          done.add(pool.submit(() -> {
            for (int i = first; i < paths.size(); i += workers) {
              HttpRequest request = HttpRequest.newBuilder(URI.create(origin + paths.get(i)))
                  .header(Readiness.WARM_UP_HEADER, readiness.warmUpToken()).timeout(Duration.ofSeconds(30)).build();
              try {
                http.send(request, HttpResponse.BodyHandlers.discarding());
                requests.incrementAndGet();
              } catch (java.io.IOException e) {
                return; // the server is going away: nothing left to warm
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          }));
        }
        for (Future<?> f : done) {
          try {
            f.get();
          } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("warm-up failed", e.getCause());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return requests.get();
  }
}
