package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.organization.OrganizationRepository;
import org.lcp.session.LearningSessionRepository;

/**
 * Reads what the operations on an application need (the application with its collaborative; its
 * rows, for the view and the rules: one helper for every operation) and builds the view, inside the
 * operation's transaction.
 */
@ApplicationScoped
public class ApplicationViews {

  private final ApplicationRepository applications;
  private final CollaborativeRepository collaboratives;
  private final ReadinessItemRepository items;
  private final LearningSessionRepository sessions;
  private final OrganizationRepository organizations;
  private final InformationalCalls informationalCalls;
  private final UndoWindow undoWindow;

  public ApplicationViews(
      ApplicationRepository applications,
      CollaborativeRepository collaboratives,
      ReadinessItemRepository items,
      LearningSessionRepository sessions,
      OrganizationRepository organizations,
      InformationalCalls informationalCalls,
      UndoWindow undoWindow) {
    this.applications = applications;
    this.collaboratives = collaboratives;
    this.items = items;
    this.sessions = sessions;
    this.organizations = organizations;
    this.informationalCalls = informationalCalls;
    this.undoWindow = undoWindow;
  }

  /**
   * The application (404 when there is none) and its collaborative, for the policy to decide on.
   */
  Loaded load(UUID id) {
    Application a = applications.require(id);
    return new Loaded(a, collaboratives.require(a.collaborativeId));
  }

  /** The application's rows, as they are now in this transaction. */
  ApplicationRows rows(Application a) {
    applications.flush(); // the version and the sections' rows as this operation left them
    return new ApplicationRows(
        items.ofCollaborative(a.collaborativeId),
        applications.ratings(a.id),
        applications.members(a.id),
        sessions.ofCollaborative(a.collaborativeId).list(),
        applications.commitments(a.id),
        applications.timeline(a.id),
        organizations.name(a.organizationId),
        informationalCalls.attended(a.collaborativeId, a.organizationId));
  }

  /** The whole application as the API shows it, with its ETag. */
  Versioned<org.lcp.api.model.Application> view(Loaded x) {
    ApplicationRows rows = rows(x.a());
    return Versioned.of(
        x.a().version,
        ApplicationMapper.toApi(x.a(), x.c(), rows)
            .undoableUntil(Times.utc(undoWindow.until(x.a(), Instant.now())))
            .waitlistPosition(x.a().waitlistPosition)
            .undoWindowMinutes((int) undoWindow.length().toMinutes()));
  }
}
