package dev.tminus.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.support.TestDatabase;
import dev.tminus.support.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bounds of a request: its line, its headers and its number of parameters, each answered JSON. */
class RequestLimitsH2Test {
  @Test
  void boundsAreJson4xxAndTheServerKeepsServing() throws Exception {
    try (TestServer server = TestServer.start(TestDatabase.H2)) {
      String tooLong = raw(server, "GET /2.3.0/events/?search=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(tooLong).startsWith("HTTP/1.1 414 ").contains("Content-Type: application/json")
          .endsWith("{\"detail\":\"URI Too Long.\"}");
      String bigHeader = raw(server, "GET /2.3.0/ HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(9000) + "\r\nConnection: close\r\n\r\n");
      assertThat(bigHeader).startsWith("HTTP/1.1 431 ").endsWith("{\"detail\":\"Request Header Fields Too Large.\"}");
      String broken = raw(server, "GET /2.3.0/ HTTP/1.1\r\nHost x\r\n\r\n");
      assertThat(broken).startsWith("HTTP/1.1 400 ").endsWith("{\"detail\":\"Bad Request.\"}");

      TestServer.Response many = server.get("/2.3.0/events/?" + "a=1&".repeat(1001));
      assertThat(many.status()).isEqualTo(400);
      assertThat(many.body()).isEqualTo("{\"detail\":\"Too many query parameters: 1001, at most 1000.\"}");
      assertThat(server.get("/2.3.0/events/?" + "a=1&".repeat(1000)).status()).isEqualTo(200);

      // Found by bench/fuzz.sh: an Accept header without a type was a 500.
      String noType = raw(server, "GET /2.3.0/config/orbits/ HTTP/1.1\r\nHost: x\r\nAccept: ;;;\r\nConnection: close\r\n\r\n");
      assertThat(noType).startsWith("HTTP/1.1 200 ").contains("Content-Type: application/json");
    }
  }

  private static String raw(TestServer server, String request) throws Exception {
    int port = Integer.parseInt(server.origin().substring(server.origin().lastIndexOf(':') + 1));
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
