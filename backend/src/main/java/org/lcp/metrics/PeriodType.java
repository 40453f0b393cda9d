package org.lcp.metrics;

/** How often a measure is reported, as stored. */
public enum PeriodType {
  MONTHLY
}
