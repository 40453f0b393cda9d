package org.lcp.consultation;

/** How people join a call. */
public enum CallMode {
  PHONE,
  VIDEO
}
