package org.lcp.consultation;

/** Who a consultation call is for: the whole collaborative, or one of its teams. */
public enum CallAudience {
  COLLABORATIVE,
  TEAM
}
