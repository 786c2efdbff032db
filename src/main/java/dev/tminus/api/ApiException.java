package dev.tminus.api;

import java.util.List;
import java.util.Map;

/**
 * What a request can fail with, as DRF's exceptions: each knows its HTTP status and its JSON body
 * (DRF's {@code exception_handler} renders {@code {"detail": …}}, or a validation error's own
 * dictionary), so the web layer writes any of them in one place without telling them apart.
 */
public abstract sealed class ApiException extends RuntimeException {
  private ApiException(String message) {
    super(message, null, false, false);
  }

  /** The HTTP status of the answer, e.g. 404. */
  public abstract int status();

  /** The answer's body, to be written as JSON, e.g. {@code {"detail": "Not found."}}. */
  public abstract Object body();

  /** Headers the answer must carry besides the usual ones, e.g. {@code Retry-After} of a 429. */
  public Map<String, String> headers() {
    return Map.of();
  }

  /** 404 {@code {"detail": "No Event matches the given query."}}. */
  public static final class NotFound extends ApiException {
    public NotFound(String detail) {
      super(detail);
    }

    /** Django's {@code get_object_or_404} message for a model's verbose name. */
    public static NotFound noMatch(String modelName) {
      return new NotFound("No " + modelName + " matches the given query.");
    }

    public String detail() {
      return getMessage();
    }

    @Override
    public int status() {
      return 404;
    }

    @Override
    public Object body() {
      return Map.of("detail", detail());
    }
  }

  /** 400 {@code {"detail": …}} for a request malformed as a whole, e.g. one with too many parameters. */
  public static final class BadRequest extends ApiException {
    public BadRequest(String detail) {
      super(detail);
    }

    @Override
    public int status() {
      return 400;
    }

    @Override
    public Object body() {
      return Map.of("detail", getMessage());
    }
  }

  /** 503 {@code {"detail": …}}: the server cannot answer yet, e.g. while it migrates its database. */
  public static final class Unavailable extends ApiException {
    public Unavailable(String detail) {
      super(detail);
    }

    @Override
    public int status() {
      return 503;
    }

    @Override
    public Object body() {
      return Map.of("detail", getMessage());
    }
  }

  /** 400 with django-filter's body: each bad parameter with its messages, in declaration order. */
  public static final class InvalidParameters extends ApiException {
    private final Map<String, List<String>> errors;

    public InvalidParameters(Map<String, List<String>> errors) {
      super("invalid parameters " + errors.keySet());
      this.errors = errors;
    }

    public Map<String, List<String>> errors() {
      return errors;
    }

    @Override
    public int status() {
      return 400;
    }

    @Override
    public Object body() {
      return errors;
    }
  }

  /**
   * 429, as DRF's {@code Throttled}: {@code {"detail": "Request was throttled. Expected available in 3
   * seconds."}} with {@code Retry-After: 3}; without a wait (DRF's {@code wait()} gave none) only
   * "Request was throttled." and no header.
   */
  public static final class Throttled extends ApiException {
    private final Long waitSeconds;

    /** @param waitSeconds whole seconds to wait (already rounded up), or null when unknown */
    public Throttled(Long waitSeconds) {
      super("throttled, wait " + waitSeconds);
      this.waitSeconds = waitSeconds;
    }

    public Long waitSeconds() {
      return waitSeconds;
    }

    @Override
    public int status() {
      return 429;
    }

    @Override
    public Object body() {
      if (waitSeconds == null) return Map.of("detail", "Request was throttled.");
      // DRF's ngettext: "1 second", "2 seconds".
      return Map.of("detail", "Request was throttled. Expected available in " + waitSeconds
          + (waitSeconds == 1 ? " second." : " seconds."));
    }

    @Override
    public Map<String, String> headers() {
      // DRF's exception_handler sets Retry-After only for a wait that is not 0 or None.
      return waitSeconds == null || waitSeconds == 0 ? Map.of() : Map.of("Retry-After", Long.toString(waitSeconds));
    }
  }

  /**
   * 401 as DRF's {@code TokenAuthentication} fails, e.g. {@code {"detail": "Invalid token."}}, with
   * {@code WWW-Authenticate: Token}, the header DRF adds from the authenticator's keyword.
   */
  public static final class Unauthorized extends ApiException {
    public Unauthorized(String detail) {
      super(detail);
    }

    @Override
    public int status() {
      return 401;
    }

    @Override
    public Object body() {
      return Map.of("detail", getMessage());
    }

    @Override
    public Map<String, String> headers() {
      return Map.of("WWW-Authenticate", "Token");
    }
  }
}
