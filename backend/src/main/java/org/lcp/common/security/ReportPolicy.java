package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * The collaborative report (PDF) and the run-chart data (CSV): they show every team, so admins and
 * the collaborative's faculty only. Anyone else who sees the collaborative gets 403 (a team reads
 * its own figures in its run charts and completeness view); a collaborative the caller may not see,
 * and a machine client's request, 404 or 403 as for the other faculty reads.
 */
@ApplicationScoped
public class ReportPolicy {

  private final CollaborativePolicy collaboratives;

  public ReportPolicy(CollaborativePolicy collaboratives) {
    this.collaboratives = collaboratives;
  }

  /** 404 unless the caller sees the collaborative, 403 unless they are its faculty or an admin. */
  public void requireReader(Actor actor, CollaborativeRef c) {
    collaboratives.requireFaculty(actor, c);
  }
}
