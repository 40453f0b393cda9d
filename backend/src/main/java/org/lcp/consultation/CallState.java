package org.lcp.consultation;

/** A call is scheduled, then held (attendance or an archive entry recorded) or cancelled. */
public enum CallState {
  SCHEDULED,
  HELD,
  CANCELLED
}
