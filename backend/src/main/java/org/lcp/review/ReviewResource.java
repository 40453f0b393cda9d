package org.lcp.review;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.lcp.api.ReviewsApi;
import org.lcp.api.model.RecusalInput;
import org.lcp.api.model.ReviewInput;
import org.lcp.api.model.ReviewerAssignmentInput;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/**
 * Reviews: lead faculty and admins see them all side by side; a reviewer sees and writes their own;
 * for applicants they do not exist (404 on every path). Parse, call the service, answer.
 */
@Authenticated
public class ReviewResource implements ReviewsApi {

  private final Actors actors;
  private final ReviewService service;
  private final RankingService ranking;

  private final PublicUrl urls;

  @Context UriInfo uriInfo;

  public ReviewResource(
      Actors actors, ReviewService service, RankingService ranking, PublicUrl urls) {
    this.ranking = ranking;
    this.urls = urls;
    this.actors = actors;
    this.service = service;
  }

  @Override
  public Response listReviews(UUID applicationId) {
    return Responses.ok(service.list(actors.current(), applicationId));
  }

  @Override
  public Response assignReviewer(UUID applicationId, ReviewerAssignmentInput input) {
    var assigned = service.assign(actors.current(), applicationId, input.getUserId());
    return Responses.created(urls.below(uriInfo, assigned.body().getReviewerId()), assigned);
  }

  @Override
  public Response getReview(UUID applicationId, UUID reviewerId) {
    return Responses.ok(service.get(actors.current(), applicationId, reviewerId));
  }

  @Override
  public Response submitReview(
      UUID applicationId, UUID reviewerId, ReviewInput input, String ifMatch) {
    return Responses.ok(
        service.submit(actors.current(), applicationId, reviewerId, ifMatch, input));
  }

  @Override
  public Response recuse(UUID applicationId, UUID reviewerId, RecusalInput input) {
    return Responses.ok(
        service.recuse(actors.current(), applicationId, reviewerId, input.getReason()));
  }

  @Override
  public Response getApplicationRanking(UUID collaborativeId, Integer page, Integer size) {
    return Responses.ok(ranking.ranking(actors.current(), collaborativeId, page, size));
  }
}
