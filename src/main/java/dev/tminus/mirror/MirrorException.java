package dev.tminus.mirror;

/**
 * Why a mirror run stopped; the message is for the user as it is (no stack trace needed). Every
 * page committed before the stop is kept, and the next run resumes after it.
 */
public abstract sealed class MirrorException extends Exception {
  private MirrorException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The upstream could not be reached, or kept failing, through every retry. */
  public static final class Unreachable extends MirrorException {
    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The upstream answered with a refusal that retrying will not change: 401, 403, 404, other 4xx. */
  public static final class Refused extends MirrorException {
    private final int status;

    Refused(String message, int status) {
      super(message, null);
      this.status = status;
    }

    /** The HTTP status of the refusal, e.g. 404 for a path the upstream does not serve. */
    public int status() {
      return status;
    }
  }

  /** The upstream sent something that is not a valid LL2 page of detailed events; nothing of it was written. */
  public static final class BadPage extends MirrorException {
    BadPage(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The run was interrupted (the server is stopping); committed pages are kept. */
  public static final class Interrupted extends MirrorException {
    Interrupted(String message) {
      super(message, null);
    }
  }
}
