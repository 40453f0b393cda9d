package org.lcp.common.error;

import java.util.List;
import java.util.Map;

/**
 * A failure the API answers on purpose, turned into an RFC 9457 problem by {@link ProblemMappers}.
 * Services throw these; nothing else in the code builds error responses.
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<Violation> violations;
  private final Map<String, Object> extensions;

  public ApiException(
      int status,
      String type,
      String title,
      String detail,
      List<Violation> violations,
      Map<String, Object> extensions) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.violations = violations == null ? List.of() : List.copyOf(violations);
    this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
  }

  public static ApiException invalid(List<Violation> violations) {
    String detail =
        violations.size() == 1
            ? violations.get(0).field() + ": " + violations.get(0).message()
            : violations.size() + " fields are invalid; see violations";
    return new ApiException(
        400, ProblemTypes.VALIDATION, "Invalid input", detail, violations, null);
  }

  /**
   * 422: the request is well formed, but the resource is not ready for it (every reason listed).
   */
  public static ApiException incomplete(String detail, List<Violation> violations) {
    return new ApiException(422, ProblemTypes.INCOMPLETE, "Incomplete", detail, violations, null);
  }

  public static ApiException invalid(String field, String message) {
    return invalid(List.of(Violation.body(field, message)));
  }

  public static ApiException notFound(String what, Object id) {
    return new ApiException(
        404, ProblemTypes.NOT_FOUND, "Not found", what + " " + id + " does not exist", null, null);
  }

  /** 404 saying what is missing in a sentence of its own. */
  public static ApiException notFound(String detail) {
    return new ApiException(404, ProblemTypes.NOT_FOUND, "Not found", detail, null, null);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, null, null);
  }

  public static ApiException conflict(String detail) {
    return new ApiException(409, ProblemTypes.CONFLICT, "Conflict", detail, null, null);
  }

  public static ApiException conflict(String type, String detail, Map<String, Object> extensions) {
    return new ApiException(409, type, "Conflict", detail, null, extensions);
  }

  public static ApiException preconditionRequired() {
    return new ApiException(
        428,
        ProblemTypes.PRECONDITION_REQUIRED,
        "Precondition required",
        "send the ETag you last read in If-Match; updates without it are refused",
        null,
        null);
  }

  public static ApiException preconditionFailed(String current) {
    return new ApiException(
        412,
        ProblemTypes.PRECONDITION_FAILED,
        "Precondition failed",
        "it was changed by someone else since you read it (current ETag "
            + current
            + "); read it again and retry",
        null,
        null);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public List<Violation> violations() {
    return violations;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }
}
