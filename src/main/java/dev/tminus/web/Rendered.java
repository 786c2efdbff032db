package dev.tminus.web;

import dev.tminus.cache.RenderCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A 200 response as sent: its bytes, content type and strong ETag (a hash of the bytes, so two
 * identical bodies share it and any change makes a new one), with its gzip encoding made once,
 * on first demand. The gzipped bytes are a different representation, so they get their own ETag
 * (suffix {@code -gzip}, as RFC 9110 §8.8.3 requires of strong validators).
 */
final class Rendered implements RenderCache.Weighed {
  final byte[] body;
  final String contentType;
  final String etag;
  private volatile byte[] gzipped;

  private Rendered(byte[] body, String contentType, String etag) {
    this.body = body;
    this.contentType = contentType;
    this.etag = etag;
  }

  static Rendered of(byte[] body, String contentType) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      // 128 bits of the hash: collisions are out of reach, and the header stays short.
      return new Rendered(body, contentType, "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  String gzipEtag() {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  byte[] gzipped() {
    byte[] out = gzipped;
    if (out == null) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
      try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 8192)) {
        gzip.write(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      gzipped = out = bytes.toByteArray();
    }
    return out;
  }

  @Override
  public int bytes() {
    // The gzipped copy is made later; JSON compresses to well under a quarter.
    return body.length + body.length / 4;
  }
}
