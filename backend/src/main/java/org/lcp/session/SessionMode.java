package org.lcp.session;

/** Where a learning session takes place, as stored. */
public enum SessionMode {
  IN_PERSON,
  VIRTUAL
}
