package org.lcp.consultation;

/**
 * A consultation call (for the whole collaborative or one team), or an informational call before
 * applications open.
 */
public enum CallKind {
  CONSULTATION,
  INFORMATIONAL
}
