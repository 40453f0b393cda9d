package org.lcp.application;

import java.util.Set;
import java.util.UUID;

/**
 * The applications assigned to a reviewer who has not recused (for "assigned to me" lists):
 * answered by the review package, which owns reviews and depends on this one.
 */
public interface ReviewAssignments {

  Set<UUID> assignedTo(UUID reviewerId);
}
