package org.lcp.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.ReviewInput;
import org.lcp.api.model.ReviewList;
import org.lcp.application.Application;
import org.lcp.application.ApplicationLifecycleService;
import org.lcp.application.ApplicationRepository;
import org.lcp.application.ApplicationStatus;
import org.lcp.application.ReviewAssignments;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.FacultyRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.security.Refs.ApplicationRef;
import org.lcp.common.security.ReviewPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.notification.Notify;
import org.lcp.organization.OrganizationRepository;

/**
 * Reviewer assignment, scoring and recusal: each operation loads, authorises, changes and answers
 * in one transaction.
 */
@ApplicationScoped
public class ReviewService {

  private final ReviewRepository reviews;
  private final ApplicationRepository applications;
  private final CollaborativeRepository collaboratives;
  private final FacultyRepository faculty;
  private final OrganizationRepository organizations;
  private final AppUserRepository users;
  private final ApplicationLifecycleService lifecycle;
  private final ReviewPolicy policy;
  private final AuditLog audit;
  private final Event<Notify> notify;

  public ReviewService(
      ReviewRepository reviews,
      ApplicationRepository applications,
      CollaborativeRepository collaboratives,
      FacultyRepository faculty,
      OrganizationRepository organizations,
      AppUserRepository users,
      ApplicationLifecycleService lifecycle,
      ReviewPolicy policy,
      AuditLog audit,
      Event<Notify> notify) {
    this.reviews = reviews;
    this.applications = applications;
    this.collaboratives = collaboratives;
    this.faculty = faculty;
    this.organizations = organizations;
    this.users = users;
    this.lifecycle = lifecycle;
    this.policy = policy;
    this.audit = audit;
    this.notify = notify;
  }

  /**
   * The application reviewed, the collaborative it was made to, and what the policy sees of them.
   */
  private record Reviewed(Application a, Collaborative c, ApplicationRef ref) {}

  private Reviewed load(UUID applicationId) {
    Application a = applications.require(applicationId);
    Collaborative c = collaboratives.require(a.collaborativeId);
    return new Reviewed(a, c, a.ref(c));
  }

  /** Lead faculty and admins see every review (and their average); a reviewer sees their own. */
  @Transactional
  public ReviewList list(Actor actor, UUID applicationId) {
    Reviewed x = load(applicationId);
    List<Review> all = reviews.ofApplication(applicationId);
    boolean reviewer = all.stream().anyMatch(r -> r.id.reviewerId.equals(actor.userId()));
    ReviewPolicy.Scope scope = policy.requireList(actor, x.ref(), reviewer);
    return ReviewMapper.toApi(
        all.stream().filter(r -> scope.includes(r.id.reviewerId)).toList(), scope.all());
  }

  @Transactional
  public Versioned<org.lcp.api.model.Review> get(Actor actor, UUID applicationId, UUID reviewerId) {
    Reviewed x = load(applicationId);
    policy.requireRead(actor, x.ref(), reviewerId);
    return view(reviews.require(applicationId, reviewerId));
  }

  /**
   * Assigns one of the collaborative's faculty to review a submitted application (it is then under
   * review).
   */
  @Transactional
  public Versioned<org.lcp.api.model.Review> assign(
      Actor actor, UUID applicationId, UUID reviewerId) {
    Reviewed x = load(applicationId);
    policy.requireAssign(actor, x.ref());
    Application a = x.a();
    if (!a.status.inReview()) {
      throw ApiException.conflict(
          "reviewers are assigned to submitted applications; this one is " + a.status);
    }
    if (!faculty.isFaculty(a.collaborativeId, reviewerId)) {
      throw ApiException.invalid(
          List.of(Violation.body("userId", "is not faculty of this collaborative")));
    }
    if (reviews.find(a.id, reviewerId).isPresent()) {
      throw ApiException.conflict("this reviewer is already assigned to the application");
    }
    Review r = new Review();
    r.id = new Review.Key(a.id, reviewerId);
    r.reviewer = users.findById(reviewerId);
    r.status = ReviewStatus.ASSIGNED;
    r.assignedAt = Instant.now();
    reviews.persist(r);
    lifecycle.startReview(a, x.c());
    audit.record(
        "review.assigned", subject(a), null, Map.of("reviewer", reviewerId.toString()), null);
    String organization = organizations.name(a.organizationId);
    notify.fire(
        new Notify(
            List.of(reviewerId),
            "review.assigned",
            "Please review " + organization + "'s application",
            "You were assigned to review the application of "
                + organization
                + " to "
                + x.c().title
                + ".",
            "/applications/" + a.id + "/review"));
    return view(r);
  }

  /**
   * The reviewer scores the four criteria and recommends, while the application is under review.
   */
  @Transactional
  public Versioned<org.lcp.api.model.Review> submit(
      Actor actor, UUID applicationId, UUID reviewerId, String ifMatch, ReviewInput in) {
    Reviewed x = load(applicationId);
    policy.requireOwnReviewChange(actor, x.ref(), reviewerId);
    Review r = reviews.require(applicationId, reviewerId);
    ETags.require(ifMatch, r.version);
    if (r.status == ReviewStatus.RECUSED) {
      throw ApiException.conflict("you recused yourself from this application");
    }
    if (x.a().status != ApplicationStatus.UNDER_REVIEW) {
      throw ApiException.conflict(
          "the application is " + x.a().status + "; reviews are taken while it is UNDER_REVIEW");
    }
    Map<String, Object> before = snapshot(r);
    r.scoreReadiness = in.getScores().getReadiness();
    r.scoreCommitment = in.getScores().getCommitment();
    r.scoreCoreTeam = in.getScores().getCoreTeam();
    r.scoreAttendance = in.getScores().getAttendance();
    r.comment = Times.text(in.getComment());
    r.recommendation = Enums.map(in.getRecommendation(), Recommendation.class);
    r.status = ReviewStatus.SUBMITTED;
    r.submittedAt = Instant.now();
    reviews.flush();
    audit.record("review.submitted", subject(x.a()), before, snapshot(r), null);
    tellLeadWhenAllIn(x);
    return view(r);
  }

  /** The reviewer declares a conflict of interest: their review no longer counts. */
  @Transactional
  public Versioned<org.lcp.api.model.Review> recuse(
      Actor actor, UUID applicationId, UUID reviewerId, String reason) {
    Reviewed x = load(applicationId);
    policy.requireOwnReviewChange(actor, x.ref(), reviewerId);
    Review r = reviews.require(applicationId, reviewerId);
    if (r.status == ReviewStatus.RECUSED) {
      throw ApiException.conflict("already recused");
    }
    if (!x.a().status.inReview()) {
      throw ApiException.conflict(
          "the application is " + x.a().status + "; recusal is only possible before a decision");
    }
    r.status = ReviewStatus.RECUSED;
    r.recusalReason = reason.trim();
    audit.record(
        "review.recused", subject(x.a()), null, Map.of("status", "RECUSED"), r.recusalReason);
    reviews.flush();
    tellLeadWhenAllIn(x);
    return view(r);
  }

  /**
   * When no assigned reviewer is still scoring and at least one review is in, the collaborative's
   * lead faculty are told the application can be decided: once per application, submission (a
   * resubmission after a return is a new round) and number of reviews in.
   */
  private void tellLeadWhenAllIn(Reviewed x) {
    ReviewAssignments.Tally t = reviews.tally(x.a().id);
    if (t.scoring() > 0 || t.submitted() == 0) {
      return;
    }
    List<UUID> leads = faculty.leads(x.c().id);
    if (leads.isEmpty()) {
      return;
    }
    String organization = organizations.name(x.a().organizationId);
    Instant round = x.a().submittedAt == null ? Instant.EPOCH : x.a().submittedAt;
    notify.fire(
        new Notify(
            leads,
            "review.all-submitted",
            "All reviews are in for " + organization + "'s application",
            "Every reviewer assigned to the application of "
                + organization
                + " to "
                + x.c().title
                + " has handed in their review ("
                + t.submitted()
                + (t.submitted() == 1 ? " review" : " reviews")
                + (t.recused() == 0 ? "" : ", " + t.recused() + " recused")
                + "). It can be decided.",
            "/applications/" + x.a().id + "/decision",
            "review.all-submitted:" + x.a().id + ":" + round.toEpochMilli() + ":" + t.submitted(),
            List.of()));
  }

  private Versioned<org.lcp.api.model.Review> view(Review r) {
    reviews.flush();
    return Versioned.of(r.version, ReviewMapper.toApi(r));
  }

  private static Subject subject(Application a) {
    return new Subject("review", a.id, null, a.collaborativeId);
  }

  private static Map<String, Object> snapshot(Review r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", r.status.toString());
    m.put("total", r.total());
    m.put("recommendation", r.recommendation == null ? null : r.recommendation.toString());
    return m;
  }
}
