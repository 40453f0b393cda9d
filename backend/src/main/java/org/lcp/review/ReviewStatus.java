package org.lcp.review;

/** Where a review stands, as stored (the contract's twin is org.lcp.api.model.ReviewStatus). */
public enum ReviewStatus {
  ASSIGNED,
  SUBMITTED,
  RECUSED
}
