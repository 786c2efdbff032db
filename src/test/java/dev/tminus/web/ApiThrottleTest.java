package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tminus.json.Json;
import dev.tminus.support.BrowsableText;
import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /2.3.0/api-throttle/} through real HTTP: LL2's one object, truthful for a server that does not throttle. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiThrottleTest {
  private static final String PATH = "/2.3.0/api-throttle/";
  private TestServer server;

  @BeforeAll
  void start() {
    server = TestServer.start(TestDatabase.H2);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private TestServer.Response send(String method, String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.origin() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) b.headers(headers);
    return server.send(b.build());
  }

  @Test
  void answersOneObjectThatSaysNoLimitAndNothingUsed() {
    TestServer.Response r = server.get(PATH);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(r.body()).isEqualTo("{\"your_request_limit\":2147483647,\"limit_frequency_secs\":3600,"
        + "\"current_use\":0,\"next_use_secs\":0,\"ident\":\"127.0.0.1\"}");
  }

  @Test
  void withoutATrustedProxyXForwardedProtoIsIgnored() {
    TestServer.Response root = send("GET", "/2.3.0/", "X-Forwarded-Proto", "https");
    assertThat(root.json().get("events").asText()).isEqualTo(server.origin() + "/2.3.0/events/");
  }

  @Test
  void askingNeverCountsAgainstTheLimit() {
    // More calls than LL2 allows an anonymous client in an hour.
    for (int i = 0; i < 20; i++) {
      JsonNode status = server.get(PATH).json();
      assertThat(status.get("current_use").asInt()).isZero();
      assertThat(status.get("next_use_secs").asInt()).isZero();
      assertThat(status.get("your_request_limit").asInt() - status.get("current_use").asInt()).isPositive();
      assertThat(status.get("limit_frequency_secs").asInt()).isPositive();
    }
  }

  @Test
  void withoutThrottlingTokensAreNotLookedAt() {
    // Mirrors send their key to any upstream; a tminus that does not throttle must not refuse it.
    TestServer.Response r = send("GET", "/2.3.0/events/", "Authorization", "Token not-a-key");
    assertThat(r.status()).isEqualTo(200);
    assertThat(send("GET", PATH, "Authorization", "Token").status()).isEqualTo(200);
  }

  @Test
  void theIdentIsTheConnectionsAddressNotAForwardedFor() {
    TestServer.Response r = send("GET", PATH, "X-Forwarded-For", "203.0.113.9");
    assertThat(r.json().get("ident").asText()).isEqualTo("127.0.0.1");
  }

  @Test
  void eachClientGetsItsOwnIdentSoTheAnswerIsNeverCached() throws Exception {
    assertThat(rawGetFrom("127.0.0.1")).contains("\"ident\":\"127.0.0.1\"");
    assertThat(rawGetFrom("127.0.0.2")).contains("\"ident\":\"127.0.0.2\"");
    assertThat(rawGetFrom("127.0.0.1")).contains("\"ident\":\"127.0.0.1\"");
    TestServer.Response r = server.get(PATH);
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(r.headers().firstValue("ETag")).isEmpty();
  }

  /** A GET over a socket bound to {@code from}, another loopback address than the HTTP client's. */
  private String rawGetFrom(String from) throws IOException {
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), URI.create(server.origin()).getPort(),
        InetAddress.getByName(from), 0)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + PATH + " HTTP/1.1\r\nHost: " + URI.create(server.origin()).getAuthority()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      return response.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBrowsablePageNamesTheViewAsDrfDoes() {
    TestServer.Response r = server.get(PATH + "?format=api");
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    BrowsableText page = BrowsableText.of(r.body());
    assertThat(page.viewName()).isEqualTo("Api Throttle List");
    assertThat(page.request()).isEqualTo("GET " + PATH + "?format=api");
    assertThat(page.json()).contains("\"your_request_limit\": 2147483647", "\"ident\": \"127.0.0.1\"");
    assertThat(send("GET", PATH, "Accept", "text/html").body()).contains("<h1>Api Throttle List</h1>");
  }

  @Test
  void optionsDescribesTheView() {
    JsonNode metadata = send("OPTIONS", PATH).json();
    assertThat(metadata.get("name").asText()).isEqualTo("Api Throttle List");
    assertThat(metadata.get("description").asText())
        .isEqualTo("API endpoint that allows API Throttle information to be viewed.\n\nGET:\nReturns a range of information about your API access");
  }

  @Test
  void headAnswersWithoutABodyAndOtherMethodsAreNotAllowed() {
    TestServer.Response head = send("HEAD", PATH);
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      TestServer.Response r = send(method, PATH);
      assertThat(r.status()).as(method).isEqualTo(405);
      assertThat(r.body()).isEqualTo("{\"detail\":\"Method \\\"" + method + "\\\" not allowed.\"}");
      assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
    }
  }

  @Test
  void anUnsupportedFormatIsANotFoundAndTheSlashlessPathIsRedirected() {
    assertThat(server.get(PATH + "?format=xml").status()).isEqualTo(404);
    TestServer.Response r = server.get("/2.3.0/api-throttle");
    assertThat(r.status()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).contains(PATH);
  }

  @Test
  void theApiRootListsIt() throws Exception {
    JsonNode root = Json.MAPPER.readTree(server.get("/2.3.0/").body());
    assertThat(root.get("api-throttle").asText()).isEqualTo(server.origin() + PATH);
    assertThat(server.get("/2.3.0/?format=api").body()).contains(server.origin() + PATH + "?format=api");
  }
}
