package dev.tminus.mirror;

import dev.tminus.json.Json;
import dev.tminus.resource.event.EventEndpointDetailed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A scripted LL2 upstream on a real port: it serves {@code /2.3.0/events/} from its events (filter
 * {@code last_updated__gte}, ordering by last_updated then id, limit/offset with absolute
 * {@code next} links, as DRF does) and, before that, whatever faults a test queued; any other path
 * a test scripts with {@link #serve}, and the rest is a 404 (a collection this upstream lacks).
 */
final class ScriptedUpstream implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Map<Integer, EventEndpointDetailed> events = new TreeMap<>();
  private final Deque<Function<String, MockResponse>> faults = new ArrayDeque<>();
  private volatile MockResponse throttle = new MockResponse().setResponseCode(404).setBody("{\"detail\":\"Not found.\"}");
  private volatile int pageDelayMillis;
  private final Map<Integer, Runnable> beforeRequest = new TreeMap<>();
  private final Map<String, Function<HttpUrl, String>> others = new java.util.concurrent.ConcurrentHashMap<>();

  ScriptedUpstream(List<EventEndpointDetailed> initial) throws IOException {
    put(initial);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    server.start();
  }

  String base() {
    return server.url("/2.3.0").toString();
  }

  synchronized void put(List<EventEndpointDetailed> list) {
    list.forEach(e -> events.put(e.id(), e));
  }

  synchronized void remove(int id) {
    events.remove(id);
  }

  /** The next events request gets {@code fault} (given the page it would have served) instead. */
  synchronized void fault(Function<String, MockResponse> fault) {
    faults.add(fault);
  }

  /** Runs {@code change} before the {@code n}-th events request (1-based) is answered. */
  synchronized void beforeEventRequest(int n, Runnable change) {
    beforeRequest.put(n, change);
  }

  /** Answers GET {@code path} (e.g. {@code /2.3.0/config/orbits/}) with the body {@code page} makes of the request; other paths are a 404. */
  void serve(String path, Function<HttpUrl, String> page) {
    others.put(path, page);
  }

  void throttleStatus(String json) {
    throttle = new MockResponse().setHeader("Content-Type", "application/json").setBody(json);
  }

  void pageDelayMillis(int millis) {
    pageDelayMillis = millis;
  }

  List<RecordedRequest> eventRequests() {
    return requests.stream().filter(r -> r.getPath().startsWith("/2.3.0/events/")).toList();
  }

  private synchronized MockResponse answer(RecordedRequest request) {
    requests.add(request);
    HttpUrl url = request.getRequestUrl();
    if (url.encodedPath().equals("/2.3.0/api-throttle/")) return throttle;
    Function<HttpUrl, String> other = others.get(url.encodedPath());
    if (other != null) return new MockResponse().setHeader("Content-Type", "application/json").setBody(other.apply(url));
    if (!url.encodedPath().equals("/2.3.0/events/")) return new MockResponse().setResponseCode(404);
    Runnable change = beforeRequest.remove(eventRequests().size());
    if (change != null) change.run();
    String page = page(url);
    Function<String, MockResponse> fault = faults.poll();
    if (fault != null) return fault.apply(page);
    MockResponse ok = new MockResponse().setHeader("Content-Type", "application/json").setBody(page);
    return pageDelayMillis == 0 ? ok : ok.setHeadersDelay(pageDelayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  private String page(HttpUrl url) {
    String gte = url.queryParameter("last_updated__gte");
    int limit = Integer.parseInt(url.queryParameter("limit"));
    int offset = url.queryParameter("offset") == null ? 0 : Integer.parseInt(url.queryParameter("offset"));
    List<EventEndpointDetailed> matching = events.values().stream()
        .filter(e -> gte == null || !e.lastUpdated().isBefore(Instant.parse(gte)))
        .sorted(Comparator.comparing(EventEndpointDetailed::lastUpdated).thenComparing(EventEndpointDetailed::id))
        .toList();
    List<EventEndpointDetailed> results = matching.subList(Math.min(offset, matching.size()),
        Math.min(offset + limit, matching.size()));
    String next = offset + limit >= matching.size() ? null
        : url.newBuilder().setQueryParameter("offset", Integer.toString(offset + limit)).build().toString();
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("count", matching.size());
    body.put("next", next);
    body.put("previous", null);
    body.put("results", results);
    try {
      return Json.MAPPER.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
