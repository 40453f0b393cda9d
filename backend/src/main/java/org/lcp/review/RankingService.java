package org.lcp.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.ApplicationRank;
import org.lcp.api.model.ApplicationRankingPage;
import org.lcp.api.model.CriterionMeans;
import org.lcp.api.model.RecommendationCounts;
import org.lcp.application.Application;
import org.lcp.application.ApplicationRepository;
import org.lcp.application.ApplicationRules;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ReviewPolicy;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.organization.OrganizationRepository;

/**
 * The decision page's ranking: a collaborative's applicants with the mean of each criterion over
 * their submitted reviews, side by side. Four statements whatever the number of applicants (the
 * collaborative, its applications, their reviews summed up per application, the organisations'
 * names); ranked and paged in memory, since a collaborative has at most a few hundred applicants
 * and the order depends on all of them.
 */
@ApplicationScoped
public class RankingService {

  private final CollaborativeRepository collaboratives;
  private final ApplicationRepository applications;
  private final ReviewRepository reviews;
  private final OrganizationRepository organizations;
  private final ReviewPolicy policy;

  public RankingService(
      CollaborativeRepository collaboratives,
      ApplicationRepository applications,
      ReviewRepository reviews,
      OrganizationRepository organizations,
      ReviewPolicy policy) {
    this.collaboratives = collaboratives;
    this.applications = applications;
    this.reviews = reviews;
    this.organizations = organizations;
    this.policy = policy;
  }

  @Transactional
  public ApplicationRankingPage ranking(
      Actor actor, UUID collaborativeId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireRanking(actor, c.ref());
    List<Application> ranked = applications.ranked(c.id);
    Map<UUID, ReviewRepository.Summary> summaries =
        reviews.summaries(ranked.stream().map(a -> a.id).toList());
    Map<UUID, String> names =
        organizations.names(ranked.stream().map(a -> a.organizationId).distinct().toList());
    List<ApplicationRank> all = new ArrayList<>();
    for (Application a : ranked) {
      all.add(rank(a, summaries.get(a.id), names.get(a.organizationId)));
    }
    all.sort(
        Comparator.comparing(
                ApplicationRank::getMeanScore, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ApplicationRank::getOrganizationName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ApplicationRank::getApplicationId));
    for (int i = 0; i < all.size(); i++) {
      ApplicationRank r = all.get(i);
      boolean tied =
          i > 0 && java.util.Objects.equals(all.get(i - 1).getMeanScore(), r.getMeanScore());
      r.rank(tied ? all.get(i - 1).getRank() : i + 1);
    }
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    return new ApplicationRankingPage()
        .page(p)
        .size(s)
        .total((long) all.size())
        .items(all.subList(Math.min(all.size(), p * s), Math.min(all.size(), p * s + s)));
  }

  private static ApplicationRank rank(
      Application a, ReviewRepository.Summary s, String organizationName) {
    ApplicationRank r =
        new ApplicationRank()
            .applicationId(a.id)
            .organizationId(a.organizationId)
            .organizationName(organizationName)
            .status(Enums.map(a.status, org.lcp.api.model.ApplicationStatus.class))
            .waitlistPosition(a.waitlistPosition)
            .submittedReviews(s == null ? 0 : (int) s.submitted())
            .recommendations(
                new RecommendationCounts()
                    .accept(s == null ? 0 : (int) s.accept())
                    .waitlist(s == null ? 0 : (int) s.waitlist())
                    .decline(s == null ? 0 : (int) s.decline()))
            .rank(1);
    if (s != null && s.submitted() > 0) {
      r.criterionMeans(
              new CriterionMeans()
                  .readiness(ApplicationRules.round(s.readiness()))
                  .commitment(ApplicationRules.round(s.commitment()))
                  .coreTeam(ApplicationRules.round(s.coreTeam()))
                  .attendance(ApplicationRules.round(s.attendance())))
          .meanScore(
              ApplicationRules.round(
                  (s.readiness() + s.commitment() + s.coreTeam() + s.attendance()) / 4));
    }
    return r;
  }
}
