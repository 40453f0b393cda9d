package org.lcp.common.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants in the API are written in UTC. */
public final class Times {

  private Times() {}

  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  /** Trimmed text, or null when blank. */
  public static String text(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
