package org.lcp.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
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
}
