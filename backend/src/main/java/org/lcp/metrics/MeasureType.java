package org.lcp.metrics;

/** What a measure counts, and so which fields its values have, as stored. */
public enum MeasureType {
  COUNT,
  PROPORTION,
  MEAN,
  RATE
}
