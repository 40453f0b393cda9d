package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.session.SessionCommitments;

/**
 * Tells the session package whether applications committed to a learning session (it may not be
 * deleted then).
 */
@ApplicationScoped
public class SessionCommitmentLookup implements SessionCommitments {

  private final ApplicationRepository applications;

  public SessionCommitmentLookup(ApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  public boolean anyFor(UUID learningSessionId) {
    return applications.anyCommitmentTo(learningSessionId);
  }
}
