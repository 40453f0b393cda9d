package org.lcp.review;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.ReviewsApi;
import org.lcp.api.model.CriterionScores;
import org.lcp.api.model.RecusalInput;
import org.lcp.api.model.ReviewInput;
import org.lcp.api.model.ReviewList;
import org.lcp.api.model.ReviewerAssignmentInput;
import org.lcp.application.Application;
import org.lcp.application.ApplicationAccess;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Access;
import org.lcp.common.security.Access.FacultyStanding;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Responses;
import org.lcp.common.web.Times;

import io.quarkus.security.Authenticated;

/**
 * Reviews: lead faculty and admins see them all side by side; a reviewer sees and writes their
 * own; for applicants they do not exist (404 on every path).
 */
@Authenticated
public class ReviewResource implements ReviewsApi {

  private final Access access;
  private final ApplicationAccess applications;
  private final ReviewService service;

  @Context
  UriInfo uriInfo;

  public ReviewResource(Access access, ApplicationAccess applications, ReviewService service) {
    this.access = access;
    this.applications = applications;
    this.service = service;
  }

  /** The application, if the caller is its collaborative's faculty or an admin; 404 for anyone else. */
  private Application forFaculty(UUID applicationId) {
    Application a = applications.visible(applicationId);
    Caller c = access.caller();
    if (!c.isAdmin() && applications.standing(a) == FacultyStanding.NONE) {
      throw ApiException.notFound("application", applicationId);
    }
    return a;
  }

  private boolean isLead(Application a) {
    return access.caller().isAdmin() || applications.standing(a) == FacultyStanding.LEAD;
  }

  @Override
  public Response listReviews(UUID applicationId) {
    Application a = forFaculty(applicationId);
    UUID me = access.caller().userId();
    boolean lead = isLead(a);
    List<Review> reviews = service.ofApplication(a.id).stream()
        .filter(r -> lead || r.id.reviewerId.equals(me)).toList();
    if (!lead && reviews.isEmpty()) {
      throw ApiException.forbidden("only lead faculty, admins and the application's reviewers see its reviews");
    }
    Double average = reviews.stream().filter(Review::counts).mapToInt(Review::total).average().stream().boxed()
        .findFirst().map(d -> Math.round(d * 100) / 100.0).orElse(null);
    return Response.ok(new ReviewList().items(reviews.stream().map(ReviewResource::toApi).toList())
        .averageTotal(lead ? average : null)).build();
  }

  @Override
  public Response assignReviewer(UUID applicationId, ReviewerAssignmentInput input) {
    Application a = forFaculty(applicationId);
    if (!isLead(a)) {
      throw ApiException.forbidden("only admins and the collaborative's lead faculty assign reviewers");
    }
    Review r = service.assign(a, input.getUserId());
    return Responses.created(uriInfo, r.id.reviewerId, r.version, toApi(r));
  }

  @Override
  public Response getReview(UUID applicationId, UUID reviewerId) {
    Application a = forFaculty(applicationId);
    requireSelfOrLead(a, reviewerId);
    Review r = service.get(applicationId, reviewerId);
    return Responses.ok(r.version, toApi(r));
  }

  @Override
  public Response submitReview(UUID applicationId, UUID reviewerId, ReviewInput input, String ifMatch) {
    Application a = forFaculty(applicationId);
    requireSelf(reviewerId);
    Review r = service.submit(a, reviewerId, ifMatch, input);
    return Responses.ok(r.version, toApi(r));
  }

  @Override
  public Response recuse(UUID applicationId, UUID reviewerId, RecusalInput input) {
    Application a = forFaculty(applicationId);
    requireSelf(reviewerId);
    Review r = service.recuse(a, reviewerId, input.getReason());
    return Responses.ok(r.version, toApi(r));
  }

  private void requireSelf(UUID reviewerId) {
    if (!reviewerId.equals(access.caller().userId())) {
      throw ApiException.forbidden("only the reviewer themself may write their review");
    }
  }

  private void requireSelfOrLead(Application a, UUID reviewerId) {
    if (!isLead(a) && !reviewerId.equals(access.caller().userId())) {
      throw ApiException.forbidden("only lead faculty, admins and the reviewer see a review");
    }
  }

  static org.lcp.api.model.Review toApi(Review r) {
    return new org.lcp.api.model.Review()
        .applicationId(r.id.applicationId)
        .reviewerId(r.id.reviewerId)
        .reviewerName(r.reviewer.name != null ? r.reviewer.name : r.reviewer.email)
        .status(r.status)
        .scores(r.scoreReadiness == null ? null : new CriterionScores().readiness(r.scoreReadiness)
            .commitment(r.scoreCommitment).coreTeam(r.scoreCoreTeam).attendance(r.scoreAttendance))
        .total(r.total())
        .comment(r.comment)
        .recommendation(r.recommendation)
        .recusalReason(r.recusalReason)
        .assignedAt(Times.utc(r.assignedAt))
        .submittedAt(Times.utc(r.submittedAt));
  }
}
