package org.lcp.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lcp.application.ReviewAssignments;
import org.lcp.common.error.ApiException;

/** Reviews; also tells the application package which applications a reviewer has to review. */
@ApplicationScoped
public class ReviewRepository
    implements PanacheRepositoryBase<Review, Review.Key>, ReviewAssignments {

  public List<Review> ofApplication(UUID applicationId) {
    return list("id.applicationId = ?1 order by assignedAt, id.reviewerId", applicationId);
  }

  public Optional<Review> find(UUID applicationId, UUID reviewerId) {
    return findByIdOptional(new Review.Key(applicationId, reviewerId));
  }

  public Review require(UUID applicationId, UUID reviewerId) {
    return find(applicationId, reviewerId)
        .orElseThrow(() -> ApiException.notFound("review by", reviewerId));
  }

  @Override
  public Set<UUID> assignedTo(UUID reviewerId) {
    return new HashSet<>(
        getEntityManager()
            .createQuery(
                "select r.id.applicationId from Review r "
                    + "where r.id.reviewerId = :reviewer and r.status <> :recused",
                UUID.class)
            .setParameter("reviewer", reviewerId)
            .setParameter("recused", ReviewStatus.RECUSED)
            .getResultList());
  }

  @Override
  public Set<UUID> awaiting(UUID reviewerId) {
    return new HashSet<>(
        getEntityManager()
            .createQuery(
                "select r.id.applicationId from Review r "
                    + "where r.id.reviewerId = :reviewer and r.status = :assigned",
                UUID.class)
            .setParameter("reviewer", reviewerId)
            .setParameter("assigned", ReviewStatus.ASSIGNED)
            .getResultList());
  }

  @Override
  public Tally tally(UUID applicationId) {
    long[] n = new long[ReviewStatus.values().length];
    getEntityManager()
        .createQuery(
            "select r.status, count(r) from Review r where r.id.applicationId = :a group by r.status",
            Object[].class)
        .setParameter("a", applicationId)
        .getResultList()
        .forEach(row -> n[((ReviewStatus) row[0]).ordinal()] = (Long) row[1]);
    return new Tally(
        n[ReviewStatus.ASSIGNED.ordinal()],
        n[ReviewStatus.SUBMITTED.ordinal()],
        n[ReviewStatus.RECUSED.ordinal()]);
  }

  /** The submitted reviews of some applications, summed up per application (one statement). */
  public record Summary(
      UUID applicationId,
      long submitted,
      Double readiness,
      Double commitment,
      Double coreTeam,
      Double attendance,
      long accept,
      long waitlist,
      long decline) {}

  public Map<UUID, Summary> summaries(Collection<UUID> applicationIds) {
    Map<UUID, Summary> out = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return out;
    }
    getEntityManager()
        .createQuery(
            "select r.id.applicationId, count(r), avg(r.scoreReadiness), avg(r.scoreCommitment), "
                + "avg(r.scoreCoreTeam), avg(r.scoreAttendance), "
                + "sum(case when r.recommendation = :accept then 1 else 0 end), "
                + "sum(case when r.recommendation = :waitlist then 1 else 0 end), "
                + "sum(case when r.recommendation = :decline then 1 else 0 end) "
                + "from Review r where r.status = :submitted and r.id.applicationId in :ids "
                + "group by r.id.applicationId",
            Object[].class)
        .setParameter("accept", Recommendation.ACCEPT)
        .setParameter("waitlist", Recommendation.WAITLIST)
        .setParameter("decline", Recommendation.DECLINE)
        .setParameter("submitted", ReviewStatus.SUBMITTED)
        .setParameter("ids", applicationIds)
        .getResultList()
        .forEach(
            r ->
                out.put(
                    (UUID) r[0],
                    new Summary(
                        (UUID) r[0],
                        ((Number) r[1]).longValue(),
                        (Double) r[2],
                        (Double) r[3],
                        (Double) r[4],
                        (Double) r[5],
                        ((Number) r[6]).longValue(),
                        ((Number) r[7]).longValue(),
                        ((Number) r[8]).longValue())));
    return out;
  }
}
