package dev.tminus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a parse on its own thread while the caller writes what it has parsed so far: the events are
 * handed over in order, in chunks, through a bounded queue, so the parser is never more than a few
 * chunks ahead and memory stays small whatever the size of the input.
 *
 * <p>{@link #drain} gives the caller every event, then returns when the parse ends; when the parse
 * fails, it rethrows the failure (an {@link ImportException} with its position, as the parser made
 * it) on the caller's thread, after the events that preceded it. {@link #close} stops the parser,
 * so a caller that fails while writing leaves no thread behind parsing for nobody.
 */
final class ParseAhead implements AutoCloseable {
  /** The parse, as run on the parser's thread: it gives every event it reads to {@code sink}. */
  @FunctionalInterface
  interface Parse {
    void run(Sink sink) throws ImportException;
  }

  @FunctionalInterface
  interface Sink {
    void accept(Object object) throws ImportException;
  }

  // Enough to keep the writer busy while the parser reads on; small enough to bound memory.
  private static final int CHUNK = 256;
  private static final int CHUNKS_AHEAD = 8;
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
  private final Thread thread;

  private record Failure(Throwable error) {}

  private ParseAhead(String source, Parse parse) {
    thread = new Thread(() -> produce(parse), "tminus-import-parse " + source);
    thread.setDaemon(true);
  }

  /** Starts {@code parse} on a new thread. */
  static ParseAhead start(String source, Parse parse) {
    ParseAhead ahead = new ParseAhead(source, parse);
    ahead.thread.start();
    return ahead;
  }

  private void produce(Parse parse) {
    List<Object> chunk = new ArrayList<>(CHUNK);
    Object last;
    try {
      parse.run(event -> {
        chunk.add(event);
        if (chunk.size() >= CHUNK) {
          hand(List.copyOf(chunk));
          chunk.clear();
        }
      });
      last = END;
    } catch (Cancelled e) {
      return;
    } catch (ImportException | RuntimeException | Error e) {
      last = new Failure(e);
    }
    try {
      if (!chunk.isEmpty()) hand(List.copyOf(chunk));
      hand(last);
    } catch (Cancelled e) {
      // the writer has gone: nobody is left to tell
    }
  }

  private void hand(Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      throw new Cancelled();
    }
  }

  /** Gives every parsed event to {@code sink} on this thread, in input order, until the parse ends. */
  void drain(Sink sink) throws ImportException {
    while (true) {
      Object item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while importing", e);
      }
      if (item == END) return;
      if (item instanceof Failure f) {
        if (f.error() instanceof ImportException ie) throw ie;
        if (f.error() instanceof RuntimeException re) throw re;
        throw (Error) f.error();
      }
      @SuppressWarnings("unchecked")
      List<Object> events = (List<Object>) item;
      for (Object event : events) sink.accept(event);
    }
  }

  /**
   * Stops the parser if it is still running. It is not waited for: it may be blocked reading an
   * input that only its owner can close, and once interrupted it hands over nothing more.
   */
  @Override
  public void close() {
    thread.interrupt();
    queue.clear(); // frees a parser blocked on a full queue, which then sees the interrupt
  }

  /** Unwinds the parser's thread once the writer has stopped listening. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super(null, null, false, false);
    }
  }
}
