package dev.tminus.ops;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, written to the logger {@code tminus.access} (standard output by default, see
 * {@code logback.xml}): in the Common Log Format extended with the duration ({@link Format#COMMON}),
 * as JSON lines ({@link Format#JSON}), or not at all. Headers are never logged, and the values of
 * query parameters named like credentials ({@code token}, {@code key}, {@code password}, …) are
 * written {@code REDACTED}.
 */
public final class AccessLog {
  public enum Format {
    COMMON, JSON, OFF;

    /** {@code common}, {@code json} or {@code off}, as {@code --access-log} takes it. */
    public static Format parse(String text) {
      for (Format f : values()) if (f.name().equalsIgnoreCase(text.trim())) return f;
      throw new IllegalArgumentException("'" + text + "' is not one of common, json, off");
    }
  }

  /** What is logged of one request. */
  public record Entry(Instant at, String client, String method, String pathAndQuery, String protocol, int status,
      long bytes, long micros) {}

  private static final Logger LOG = LoggerFactory.getLogger("tminus.access");
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  // A parameter whose name holds one of these words, e.g. token, api_key, access_token, password.
  private static final Pattern SECRET = Pattern.compile("(?i)([?&]([^=&#]*(?:token|key|password|secret|auth)[^=&#]*)=)[^&#]*");

  private final Format format;

  public AccessLog(Format format) {
    this.format = format;
  }

  public Format format() {
    return format;
  }

  public void log(Entry e) {
    if (format == Format.OFF || !LOG.isInfoEnabled()) return;
    LOG.info(line(e));
  }

  /** The line written for {@code e}, without its line end. */
  public String line(Entry e) {
    String target = redact(e.pathAndQuery());
    if (format == Format.JSON) {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.writeStartObject();
        g.writeStringField("time", e.at().toString());
        g.writeStringField("client", e.client());
        g.writeStringField("method", e.method());
        g.writeStringField("path", target);
        g.writeStringField("protocol", e.protocol());
        g.writeNumberField("status", e.status());
        g.writeNumberField("bytes", e.bytes());
        g.writeNumberField("duration_ms", e.micros() / 1000.0);
        g.writeEndObject();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      return out.toString();
    }
    // Common Log Format, then the duration in milliseconds.
    return e.client() + " - - [" + CLF.format(e.at()) + "] \"" + clean(e.method()) + " " + clean(target) + " "
        + clean(e.protocol()) + "\" " + e.status() + " " + (e.bytes() > 0 ? e.bytes() : "-") + " "
        + String.format(Locale.ROOT, "%.3f", e.micros() / 1000.0);
  }

  /** {@code pathAndQuery} with the values of credential-like parameters replaced. */
  public static String redact(String pathAndQuery) {
    if (pathAndQuery == null || pathAndQuery.indexOf('?') < 0) return pathAndQuery;
    Matcher m = SECRET.matcher(pathAndQuery);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)) + "REDACTED");
  }

  // A quote or a control character in a request line would break the line's fields.
  private static String clean(String s) {
    if (s == null) return "-";
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
      else b.append(c);
    }
    return b.toString();
  }
}
