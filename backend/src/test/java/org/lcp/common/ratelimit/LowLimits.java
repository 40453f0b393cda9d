package org.lcp.common.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Rate limits low enough for a test to reach them (the other suites run with very high ones). */
public class LowLimits implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "lcp.rate-limit.api.limit", "5",
        "lcp.rate-limit.api.window", "60S",
        "lcp.rate-limit.uploads.limit", "2",
        "lcp.rate-limit.uploads.window", "60S",
        "lcp.rate-limit.feeds.limit", "4",
        "lcp.rate-limit.feeds.window", "60S",
        "lcp.rate-limit.feeds.miss-cost", "3",
        "lcp.rate-limit.refused-tokens.limit", "3",
        "lcp.rate-limit.refused-tokens.window", "3S");
  }
}
