package org.lcp.collaborative;

/** The phases of a collaborative, as stored. */
public enum Phase {
  DRAFT,
  ANNOUNCED,
  APPLICATIONS_OPEN,
  REVIEW,
  PRE_WORK,
  ACTIVE,
  SUSTAINING,
  CLOSED
}
