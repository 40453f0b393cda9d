package org.lcp.application;

/**
 * Where an application stands, as stored (the contract's twin is
 * org.lcp.api.model.ApplicationStatus).
 */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  ACCEPTED,
  WAITLISTED,
  DECLINED,
  WITHDRAWN;

  /** An applicant may withdraw until a decision was made. */
  public boolean beforeDecision() {
    return this == DRAFT || this == SUBMITTED || this == UNDER_REVIEW;
  }

  /** Reviewers are assigned, and may recuse, while it is submitted or under review. */
  public boolean inReview() {
    return this == SUBMITTED || this == UNDER_REVIEW;
  }

  /** Accepted, waitlisted or declined: a decision stands. */
  public boolean decided() {
    return this == ACCEPTED || this == WAITLISTED || this == DECLINED;
  }
}
