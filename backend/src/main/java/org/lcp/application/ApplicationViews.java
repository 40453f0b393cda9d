package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.lcp.collaborative.Collaborative;
import org.lcp.common.web.Versioned;
import org.lcp.organization.OrganizationRepository;
import org.lcp.session.LearningSessionRepository;

/**
 * Reads what an application's view and its rules need (one helper for every operation) and builds
 * the view, inside the operation's transaction (its callers are).
 */
@ApplicationScoped
public class ApplicationViews {

  private final ApplicationRepository applications;
  private final ReadinessItemRepository items;
  private final LearningSessionRepository sessions;
  private final OrganizationRepository organizations;
  private final InformationalCalls informationalCalls;

  public ApplicationViews(ApplicationRepository applications, ReadinessItemRepository items,
      LearningSessionRepository sessions, OrganizationRepository organizations,
      InformationalCalls informationalCalls) {
    this.applications = applications;
    this.items = items;
    this.sessions = sessions;
    this.organizations = organizations;
    this.informationalCalls = informationalCalls;
  }

  /** The application's rows, as they are now in this transaction. */
  ApplicationRows rows(Application a) {
    applications.flush(); // the version and the sections' rows as this operation left them
    return new ApplicationRows(items.ofCollaborative(a.collaborativeId), applications.ratings(a.id),
        applications.members(a.id), sessions.ofCollaborative(a.collaborativeId).list(),
        applications.commitments(a.id), applications.timeline(a.id), organizations.name(a.organizationId),
        informationalCalls.attended(a.collaborativeId, a.organizationId));
  }

  /** The whole application as the API shows it, with its ETag. */
  Versioned<org.lcp.api.model.Application> view(Application a, Collaborative c) {
    ApplicationRows rows = rows(a);
    return Versioned.of(a.version, ApplicationMapper.toApi(a, c, rows));
  }
}
