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
}
