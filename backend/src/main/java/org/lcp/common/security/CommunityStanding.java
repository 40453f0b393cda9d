package org.lcp.common.security;

/**
 * A person's standing in one learning community: a current membership row's status and whether they
 * facilitate it.
 *
 * @param status PENDING (asked to join), INVITED (invited, not yet accepted) or ACTIVE
 */
public record CommunityStanding(Status status, boolean facilitator) {

  public enum Status {
    PENDING,
    INVITED,
    ACTIVE
  }

  public boolean active() {
    return status == Status.ACTIVE;
  }
}
