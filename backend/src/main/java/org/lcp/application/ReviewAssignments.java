package org.lcp.application;

import java.util.Set;
import java.util.UUID;

/**
 * What the application package needs to know of reviews, answered by the review package, which owns
 * reviews and depends on this one: the applications assigned to a reviewer who has not recused (for
 * "assigned to me" lists), and where an application's reviews stand (a decision needs a submitted
 * one).
 */
public interface ReviewAssignments {

  Set<UUID> assignedTo(UUID reviewerId);

  /** The applications whose review this reviewer still has to hand in (assigned, not submitted). */
  Set<UUID> awaiting(UUID reviewerId);

  /** An application's reviewers: still scoring, submitted, recused. */
  record Tally(long scoring, long submitted, long recused) {

    /** Says where the reviews stand, e.g. "2 reviewers are still scoring and 1 recused". */
    public String describe() {
      if (scoring + submitted + recused == 0) {
        return "no reviewer is assigned";
      }
      StringBuilder b = new StringBuilder();
      if (scoring > 0) {
        b.append(scoring).append(scoring == 1 ? " reviewer is" : " reviewers are");
        b.append(" still scoring");
      }
      if (recused > 0) {
        b.append(b.isEmpty() ? "" : " and ")
            .append(recused)
            .append(recused == 1 ? " reviewer" : " reviewers")
            .append(" recused");
      }
      return b.toString();
    }
  }

  Tally tally(UUID applicationId);
}
