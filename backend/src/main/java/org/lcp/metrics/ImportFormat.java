package org.lcp.metrics;

/** How an upload is written: a JSON array of rows, or CSV with a header row. */
public enum ImportFormat {
  JSON,
  CSV
}
