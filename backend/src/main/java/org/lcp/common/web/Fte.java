package org.lcp.common.web;

import java.math.BigDecimal;

/** Full-time equivalent: 0.05 to 1 with at most two decimals, refused otherwise, never rounded. */
public final class Fte {

  static final BigDecimal MIN = new BigDecimal("0.05");
  static final BigDecimal MAX = BigDecimal.ONE;

  private Fte() {}

  /** Why {@code fte} is refused, or null when it is absent or valid. */
  public static String problem(Double fte) {
    if (fte == null) {
      return null;
    }
    if (fte.isNaN() || fte.isInfinite()) {
      return "must be a number from 0.05 to 1";
    }
    BigDecimal d = BigDecimal.valueOf(fte);
    if (d.compareTo(MIN) < 0 || d.compareTo(MAX) > 0) {
      return "must be from 0.05 to 1";
    }
    if (d.stripTrailingZeros().scale() > 2) {
      return "must have at most two decimals (it is not rounded)";
    }
    return null;
  }
}
