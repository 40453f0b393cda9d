package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.ApplicationSummaryPage;
import org.lcp.application.ApplicationRepository.Search;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ApplicationPolicy;
import org.lcp.common.security.Filter;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Versioned;
import org.lcp.organization.OrganizationRepository;

/** Reading applications: one, or a page of those the caller may see. */
@ApplicationScoped
public class ApplicationQueryService {

  private final ApplicationRepository applications;
  private final CollaborativeRepository collaboratives;
  private final OrganizationRepository organizations;
  private final ReviewAssignments assignments;
  private final ApplicationViews views;
  private final ApplicationPolicy policy;

  public ApplicationQueryService(
      ApplicationRepository applications,
      CollaborativeRepository collaboratives,
      OrganizationRepository organizations,
      ReviewAssignments assignments,
      ApplicationViews views,
      ApplicationPolicy policy) {
    this.applications = applications;
    this.collaboratives = collaboratives;
    this.organizations = organizations;
    this.assignments = assignments;
    this.views = views;
    this.policy = policy;
  }

  /** The whole application as the API shows it (never with reviews). */
  @Transactional
  public Versioned<org.lcp.api.model.Application> get(Actor actor, UUID id) {
    Loaded x = views.load(id);
    policy.requireVisible(actor, x.ref());
    return views.view(x);
  }

  /**
   * What a list asks for; {@code assignedToMe}: only those the caller reviews (and did not recuse
   * from).
   */
  public record ListQuery(
      UUID collaborativeId,
      UUID organizationId,
      org.lcp.api.model.ApplicationStatus status,
      boolean assignedToMe,
      Integer page,
      Integer size) {}

  /**
   * Application summaries the caller may see: admins all; others their organisations' and, once
   * submitted, those of the collaboratives they are faculty of.
   */
  @Transactional
  public ApplicationSummaryPage list(Actor actor, ListQuery q) {
    Filter scope =
        policy.scope(actor).where("organizationId", "collaborativeId", "submittedAt is not null");
    Search search =
        new Search(
            q.collaborativeId(),
            q.organizationId(),
            Enums.map(q.status(), ApplicationStatus.class),
            q.assignedToMe() ? assignments.assignedTo(actor.userId()) : null);
    Paging<Application> result = Paging.of(applications.search(scope, search), q.page(), q.size());
    List<UUID> ids = result.items().stream().map(a -> a.id).toList();
    Map<UUID, Double> means = applications.meanRatings(ids);
    Map<UUID, String> names =
        organizations.names(result.items().stream().map(a -> a.organizationId).toList());
    Map<UUID, String> titles = new HashMap<>();
    result
        .items()
        .forEach(
            a -> titles.computeIfAbsent(a.collaborativeId, id -> collaboratives.require(id).title));
    return new ApplicationSummaryPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(
            result.items().stream()
                .map(
                    a ->
                        ApplicationMapper.toSummary(
                            a,
                            titles.get(a.collaborativeId),
                            names.get(a.organizationId),
                            ApplicationRules.round(means.get(a.id))))
                .toList());
  }
}
