package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.lcp.collaborative.AcceptedTeams;

/** Tells the collaborative package how many teams each collaborative accepted. */
@ApplicationScoped
public class ApplicationCounts implements AcceptedTeams {

  private final ApplicationRepository applications;

  public ApplicationCounts(ApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  public Map<UUID, Integer> count(Collection<UUID> collaborativeIds) {
    return applications.countAccepted(collaborativeIds);
  }
}
