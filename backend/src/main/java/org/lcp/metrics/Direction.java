package org.lcp.metrics;

/** Which way a measure improves, as stored. */
public enum Direction {
  INCREASE,
  DECREASE
}
