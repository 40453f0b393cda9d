package org.lcp.metrics;

/** Where a value (and each of its revisions) came from, as stored. */
public enum ValueSource {
  /** a site's data system */
  API,
  /** a person, through the web client's JSON upload */
  WEB,
  /** a CSV file */
  CSV
}
