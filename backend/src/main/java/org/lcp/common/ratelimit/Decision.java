package org.lcp.common.ratelimit;

/**
 * What the limiter answered for one request.
 *
 * @param allowed whether the request may go on
 * @param remaining requests left right now (RateLimit r)
 * @param resetSeconds seconds until the bucket is full again (RateLimit t)
 * @param retryAfterSeconds when refused: seconds until one request is allowed again (Retry-After)
 */
public record Decision(
    Policy policy, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

  /** The RateLimit header's item (draft-ietf-httpapi-ratelimit-headers). */
  public String header() {
    return "\"" + policy.name() + "\";r=" + remaining + ";t=" + resetSeconds;
  }

  public String policyHeader() {
    return policy.header();
  }
}
