package dev.tminus.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The body of the answers Jetty gives on its own, to requests it cannot parse or will not read
 * (a request line or headers over their bound, broken HTTP): {@code {"detail": "URI Too Long."}},
 * JSON as every error tminus answers, rather than Jetty's HTML page, whatever the request accepts.
 */
final class JsonErrors extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status));
  }

  private static byte[] body(int status) {
    String phrase = HttpStatus.getMessage(status);
    return ("{\"detail\":\"" + (phrase == null ? "Bad Request" : phrase) + ".\"}").getBytes(StandardCharsets.UTF_8);
  }
}
