package org.lcp.review;

import java.util.List;
import org.lcp.api.model.CriterionScores;
import org.lcp.api.model.ReviewList;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;

/** Reviews to API models: pure functions of what they are given. */
final class ReviewMapper {

  private ReviewMapper() {}

  static org.lcp.api.model.Review toApi(Review r) {
    return new org.lcp.api.model.Review()
        .applicationId(r.id.applicationId)
        .reviewerId(r.id.reviewerId)
        .reviewerName(r.reviewer.name != null ? r.reviewer.name : r.reviewer.email)
        .status(Enums.map(r.status, org.lcp.api.model.ReviewStatus.class))
        .scores(
            r.scoreReadiness == null
                ? null
                : new CriterionScores()
                    .readiness(r.scoreReadiness)
                    .commitment(r.scoreCommitment)
                    .coreTeam(r.scoreCoreTeam)
                    .attendance(r.scoreAttendance))
        .total(r.total())
        .comment(r.comment)
        .recommendation(Enums.map(r.recommendation, org.lcp.api.model.Recommendation.class))
        .recusalReason(r.recusalReason)
        .assignedAt(Times.utc(r.assignedAt))
        .submittedAt(Times.utc(r.submittedAt));
  }

  /**
   * The reviews shown; the average of the submitted ones' totals only for those who see them all.
   */
  static ReviewList toApi(List<Review> reviews, boolean withAverage) {
    Double average =
        reviews.stream().filter(Review::counts).mapToInt(Review::total).average().stream()
            .boxed()
            .findFirst()
            .map(d -> Math.round(d * 100) / 100.0)
            .orElse(null);
    return new ReviewList()
        .items(reviews.stream().map(ReviewMapper::toApi).toList())
        .averageTotal(withAverage ? average : null);
  }
}
