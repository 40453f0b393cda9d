package org.lcp.common.error;

/** The problem `type` URI references the API uses; each is documented in the README. */
public final class ProblemTypes {
  public static final String VALIDATION = "/problems/validation";
  public static final String MALFORMED = "/problems/malformed-request";
  public static final String UNAUTHORIZED = "/problems/unauthorized";
  public static final String FORBIDDEN = "/problems/forbidden";
  public static final String NOT_FOUND = "/problems/not-found";
  public static final String METHOD_NOT_ALLOWED = "/problems/method-not-allowed";
  public static final String NOT_ACCEPTABLE = "/problems/not-acceptable";
  public static final String CONFLICT = "/problems/conflict";
  public static final String INVALID_TRANSITION = "/problems/invalid-phase-transition";
  public static final String INCOMPLETE = "/problems/incomplete";
  public static final String SETUP_INCOMPLETE = "/problems/setup-incomplete";
  public static final String CAPACITY_REACHED = "/problems/capacity-reached";
  public static final String REVIEW_REQUIRED = "/problems/review-required";
  public static final String UNDO_WINDOW_PASSED = "/problems/undo-window-passed";
  public static final String TEAM_HAS_RECORDS = "/problems/team-has-records";
  public static final String IDEMPOTENCY_KEY_REUSED = "/problems/idempotency-key-reused";
  public static final String PRECONDITION_FAILED = "/problems/precondition-failed";
  public static final String PAYLOAD_TOO_LARGE = "/problems/payload-too-large";
  public static final String UNSUPPORTED_MEDIA_TYPE = "/problems/unsupported-media-type";
  public static final String PRECONDITION_REQUIRED = "/problems/precondition-required";
  public static final String URI_TOO_LONG = "/problems/uri-too-long";
  public static final String HEADERS_TOO_LARGE = "/problems/headers-too-large";
  public static final String CORS_ORIGIN_REFUSED = "/problems/origin-not-allowed";
  public static final String IDEMPOTENCY_IN_PROGRESS = "/problems/idempotency-in-progress";
  public static final String LOOK_ALIKE_NAME = "/problems/look-alike-name";
  public static final String INTERNAL = "/problems/internal";
  public static final String UNAVAILABLE = "/problems/service-unavailable";
  public static final String TOO_MANY_REQUESTS = "/problems/too-many-requests";

  private ProblemTypes() {}
}
