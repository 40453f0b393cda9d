package org.lcp.review;

/**
 * What a reviewer recommends, as stored (the contract's twin is org.lcp.api.model.Recommendation).
 */
public enum Recommendation {
  ACCEPT,
  WAITLIST,
  DECLINE
}
