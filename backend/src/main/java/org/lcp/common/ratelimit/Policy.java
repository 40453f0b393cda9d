package org.lcp.common.ratelimit;

import java.time.Duration;

/**
 * A rate limit: at most {@code limit} requests per {@code window}, refilled continuously (a client
 * may spend the whole limit at once, then goes at limit/window).
 *
 * @param name the policy's name in the RateLimit and RateLimit-Policy headers
 */
public record Policy(String name, long limit, Duration window) {

  public Policy {
    if (limit < 1) {
      throw new IllegalArgumentException(
          "the limit of rate policy " + name + " must be at least 1");
    }
    if (window.toMillis() < 1) {
      throw new IllegalArgumentException("the window of rate policy " + name + " must be positive");
    }
  }

  /** Microseconds between two tokens. */
  long intervalMicros() {
    return Math.max(1, window.toNanos() / 1000 / limit);
  }

  /** The bucket's depth in microseconds: limit tokens. */
  long burstMicros() {
    return intervalMicros() * limit;
  }

  /** The RateLimit-Policy header's item (draft-ietf-httpapi-ratelimit-headers): q per w seconds. */
  String header() {
    return "\"" + name + "\";q=" + limit + ";w=" + Math.max(1, window.toSeconds());
  }
}
