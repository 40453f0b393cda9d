package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lcp.api.model.ApplicationSummary;
import org.lcp.api.model.HomeOpenApplication;
import org.lcp.application.ApplicationParts.CoreTeamMember;
import org.lcp.application.ApplicationParts.ReadinessItem;
import org.lcp.application.ApplicationParts.ReadinessRating;
import org.lcp.application.ApplicationParts.SessionCommitment;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ApplicationPolicy;
import org.lcp.common.security.Filter;
import org.lcp.organization.OrganizationRepository;
import org.lcp.session.LearningSession;
import org.lcp.session.LearningSessionRepository;

/**
 * The applications a home page lists: the caller's organisations' open ones with what a draft still
 * misses (the submit check's rules over the same rows), and those waiting for the caller's scores.
 * A fixed number of set-based reads, however many applications there are.
 */
@ApplicationScoped
public class HomeApplications {

  /** Open: not yet decided for good, nor withdrawn. */
  static final Set<ApplicationStatus> OPEN =
      EnumSet.of(
          ApplicationStatus.DRAFT,
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.UNDER_REVIEW,
          ApplicationStatus.WAITLISTED);

  private static final int LIMIT = 1000;

  private final ApplicationRepository applications;
  private final CollaborativeRepository collaboratives;
  private final OrganizationRepository organizations;
  private final ReviewAssignments assignments;
  private final ApplicationPolicy policy;
  private final LearningSessionRepository learningSessions;

  public HomeApplications(
      ApplicationRepository applications,
      CollaborativeRepository collaboratives,
      OrganizationRepository organizations,
      ReviewAssignments assignments,
      ApplicationPolicy policy,
      LearningSessionRepository learningSessions) {
    this.applications = applications;
    this.collaboratives = collaboratives;
    this.organizations = organizations;
    this.assignments = assignments;
    this.policy = policy;
    this.learningSessions = learningSessions;
  }

  /** The open applications of the person's organisations, most recently changed first. */
  @Transactional
  public List<HomeOpenApplication> open(Actor actor) {
    Set<UUID> orgs = actor.requirePerson().memberships().keySet();
    if (orgs.isEmpty()) {
      return List.of();
    }
    List<Application> found =
        applications
            .find("organizationId in ?1 and status in ?2 order by updatedAt desc, id", orgs, OPEN)
            .page(0, LIMIT)
            .list();
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, Collaborative> cs = collaborativesOf(found);
    Map<UUID, String> names =
        organizations.names(found.stream().map(a -> a.organizationId).toList());
    Map<UUID, List<Violation>> missing = missing(found, cs);
    return found.stream()
        .map(
            a ->
                new HomeOpenApplication()
                    .id(a.id)
                    .collaborativeId(a.collaborativeId)
                    .collaborativeTitle(cs.get(a.collaborativeId).title)
                    .organizationId(a.organizationId)
                    .organizationName(names.get(a.organizationId))
                    .status(ApplicationMapper.status(a.status))
                    .returnedForChanges(a.returnedForChanges)
                    .missing(
                        missing.getOrDefault(a.id, List.of()).stream()
                            .map(
                                v ->
                                    new org.lcp.api.model.Violation()
                                        .field(v.field())
                                        .in(org.lcp.api.model.Violation.InEnum.BODY)
                                        .message(v.message()))
                            .toList()))
        .toList();
  }

  /**
   * Applications assigned to the person for review whose review is not handed in yet, while they
   * are in review, among those the person may see; oldest submission first.
   */
  @Transactional
  public List<ApplicationSummary> awaitingReview(Actor actor) {
    Set<UUID> ids = assignments.awaiting(actor.requirePerson().userId());
    if (ids.isEmpty()) {
      return List.of();
    }
    Filter scope =
        policy.scope(actor).where("organizationId", "collaborativeId", "submittedAt is not null");
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("ids", ids);
    params.put("inReview", EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW));
    List<Application> found =
        applications
            .find(
                scope.jpql() + " and id in :ids and status in :inReview order by submittedAt, id",
                params)
            .page(0, LIMIT)
            .list();
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, Collaborative> cs = collaborativesOf(found);
    Map<UUID, String> names =
        organizations.names(found.stream().map(a -> a.organizationId).toList());
    Map<UUID, Double> means = applications.meanRatings(found.stream().map(a -> a.id).toList());
    return found.stream()
        .map(
            a ->
                ApplicationMapper.toSummary(
                    a,
                    cs.get(a.collaborativeId).title,
                    names.get(a.organizationId),
                    ApplicationRules.round(means.get(a.id))))
        .toList();
  }

  private Map<UUID, Collaborative> collaborativesOf(List<Application> found) {
    Set<UUID> ids = new HashSet<>();
    found.forEach(a -> ids.add(a.collaborativeId));
    Map<UUID, Collaborative> cs = new HashMap<>();
    collaboratives.list("id in ?1", ids).forEach(c -> cs.put(c.id, c));
    return cs;
  }

  /** What each draft still misses, from its rows read for all drafts at once. */
  private Map<UUID, List<Violation>> missing(List<Application> found, Map<UUID, Collaborative> cs) {
    List<Application> drafts =
        found.stream().filter(a -> a.status == ApplicationStatus.DRAFT).toList();
    if (drafts.isEmpty()) {
      return Map.of();
    }
    EntityManager em = applications.getEntityManager();
    Set<UUID> ids = new HashSet<>(drafts.stream().map(a -> a.id).toList());
    Set<UUID> collaborativeIds =
        new HashSet<>(drafts.stream().map(a -> a.collaborativeId).toList());
    Map<UUID, List<ReadinessItem>> items =
        group(
            em.createQuery(
                    "from ApplicationParts$ReadinessItem where id.collaborativeId in :c "
                        + "order by position",
                    ReadinessItem.class)
                .setParameter("c", collaborativeIds)
                .getResultList(),
            i -> i.id.collaborativeId());
    Map<UUID, List<LearningSession>> sessions =
        group(learningSessions.ofCollaboratives(collaborativeIds), s -> s.collaborativeId);
    Map<UUID, List<ReadinessRating>> ratings =
        group(
            em.createQuery(
                    "from ApplicationParts$ReadinessRating where id.applicationId in :a",
                    ReadinessRating.class)
                .setParameter("a", ids)
                .getResultList(),
            r -> r.id.applicationId());
    Map<UUID, List<CoreTeamMember>> members =
        group(
            em.createQuery(
                    "from ApplicationParts$CoreTeamMember where applicationId in :a "
                        + "order by position",
                    CoreTeamMember.class)
                .setParameter("a", ids)
                .getResultList(),
            m -> m.applicationId);
    Map<UUID, List<SessionCommitment>> commitments =
        group(
            em.createQuery(
                    "from ApplicationParts$SessionCommitment where id.applicationId in :a",
                    SessionCommitment.class)
                .setParameter("a", ids)
                .getResultList(),
            c -> c.id.applicationId());
    Map<UUID, List<Violation>> out = new HashMap<>();
    for (Application a : drafts) {
      ApplicationRows rows =
          new ApplicationRows(
              items.getOrDefault(a.collaborativeId, List.of()),
              ratings.getOrDefault(a.id, List.of()),
              members.getOrDefault(a.id, List.of()),
              sessions.getOrDefault(a.collaborativeId, List.of()),
              commitments.getOrDefault(a.id, List.of()),
              List.of(),
              null,
              false);
      out.put(
          a.id, ApplicationRules.missing(rows.content(a, cs.get(a.collaborativeId).minClinicians)));
    }
    return out;
  }

  private static <T> Map<UUID, List<T>> group(Collection<T> rows, Function<T, UUID> key) {
    Map<UUID, List<T>> out = new HashMap<>();
    rows.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return out;
  }
}
