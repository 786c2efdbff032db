package dev.tminus.api;

import java.util.List;
import java.util.Map;

/**
 * What a request can fail with, as DRF's exceptions; the web layer turns each into its status and
 * JSON body in one place.
 */
public abstract sealed class ApiException extends RuntimeException {
  private ApiException(String message) {
    super(message, null, false, false);
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
  }
}
