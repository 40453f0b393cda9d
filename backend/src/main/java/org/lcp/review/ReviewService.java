package org.lcp.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.ApplicationStatus;
import org.lcp.api.model.ReviewInput;
import org.lcp.api.model.ReviewStatus;
import org.lcp.application.Application;
import org.lcp.application.ApplicationService;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.AppUser;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Times;
import org.lcp.notification.Notify;
import org.lcp.organization.Organization;

/** Reviewer assignment, scoring and recusal. */
@ApplicationScoped
public class ReviewService {

  private final EntityManager em;
  private final ApplicationService applications;
  private final AuditLog audit;
  private final Event<Notify> notify;

  public ReviewService(EntityManager em, ApplicationService applications, AuditLog audit, Event<Notify> notify) {
    this.em = em;
    this.applications = applications;
    this.audit = audit;
    this.notify = notify;
  }

  @Transactional
  public List<Review> ofApplication(UUID applicationId) {
    return em.createQuery("from Review where id.applicationId = :a order by assignedAt, id.reviewerId", Review.class)
        .setParameter("a", applicationId).getResultList();
  }

  @Transactional
  public Review get(UUID applicationId, UUID reviewerId) {
    Review r = em.find(Review.class, new Review.Key(applicationId, reviewerId));
    if (r == null) {
      throw ApiException.notFound("review by", reviewerId);
    }
    return r;
  }

  @Transactional
  public Review assign(Application a, UUID reviewerId) {
    if (a.status != ApplicationStatus.SUBMITTED && a.status != ApplicationStatus.UNDER_REVIEW) {
      throw ApiException.conflict("reviewers are assigned to submitted applications; this one is " + a.status);
    }
    long faculty = em.createQuery("select count(f) from FacultyAssignment f where f.key.collaborativeId = :c "
            + "and f.key.userId = :u", Long.class)
        .setParameter("c", a.collaborativeId).setParameter("u", reviewerId).getSingleResult();
    if (faculty == 0) {
      throw ApiException.invalid(List.of(Violation.body("userId", "is not faculty of this collaborative")));
    }
    if (em.find(Review.class, new Review.Key(a.id, reviewerId)) != null) {
      throw ApiException.conflict("this reviewer is already assigned to the application");
    }
    Review r = new Review();
    r.id = new Review.Key(a.id, reviewerId);
    r.reviewer = em.find(AppUser.class, reviewerId);
    r.status = ReviewStatus.ASSIGNED;
    r.assignedAt = Instant.now();
    em.persist(r);
    applications.startReview(a);
    audit.record("review.assigned", subject(a, reviewerId), null, Map.of("reviewer", reviewerId.toString()), null);
    String organization = em.find(Organization.class, a.organizationId).name;
    String collaborative = em.find(Collaborative.class, a.collaborativeId).title;
    notify.fire(new Notify(List.of(reviewerId), "review.assigned", "Please review " + organization + "'s application",
        "You were assigned to review the application of " + organization + " to " + collaborative + ".",
        "/applications/" + a.id + "/review"));
    return r;
  }

  @Transactional
  public Review submit(Application a, UUID reviewerId, String ifMatch, ReviewInput in) {
    Review r = get(a.id, reviewerId);
    ETags.require(ifMatch, r.version);
    if (r.status == ReviewStatus.RECUSED) {
      throw ApiException.conflict("you recused yourself from this application");
    }
    if (a.status != ApplicationStatus.UNDER_REVIEW) {
      throw ApiException.conflict("the application is " + a.status + "; reviews are taken while it is UNDER_REVIEW");
    }
    Map<String, Object> before = snapshot(r);
    r.scoreReadiness = in.getScores().getReadiness();
    r.scoreCommitment = in.getScores().getCommitment();
    r.scoreCoreTeam = in.getScores().getCoreTeam();
    r.scoreAttendance = in.getScores().getAttendance();
    r.comment = Times.text(in.getComment());
    r.recommendation = in.getRecommendation();
    r.status = ReviewStatus.SUBMITTED;
    r.submittedAt = Instant.now();
    em.flush();
    audit.record("review.submitted", subject(a, reviewerId), before, snapshot(r), null);
    return r;
  }

  @Transactional
  public Review recuse(Application a, UUID reviewerId, String reason) {
    Review r = get(a.id, reviewerId);
    if (r.status == ReviewStatus.RECUSED) {
      throw ApiException.conflict("already recused");
    }
    if (a.status != ApplicationStatus.SUBMITTED && a.status != ApplicationStatus.UNDER_REVIEW) {
      throw ApiException.conflict("the application is " + a.status + "; recusal is only possible before a decision");
    }
    r.status = ReviewStatus.RECUSED;
    r.recusalReason = reason.trim();
    em.flush();
    audit.record("review.recused", subject(a, reviewerId), null, Map.of("status", "RECUSED"), r.recusalReason);
    return r;
  }

  private static Subject subject(Application a, UUID reviewerId) {
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
