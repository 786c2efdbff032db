package dev.tminus.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Standard output for commands that write a file or "-": closing it flushes but leaves stdout open. */
final class Stdout {
  private Stdout() {}

  static OutputStream stream() {
    return new FilterOutputStream(new BufferedOutputStream(System.out, 1 << 16)) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
