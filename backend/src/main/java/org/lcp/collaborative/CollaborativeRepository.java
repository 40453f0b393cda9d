package org.lcp.collaborative;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Filter;
import org.lcp.common.web.Search;

/** Collaboratives; other features load the one they hang off through {@link #require}. */
@ApplicationScoped
public class CollaborativeRepository implements PanacheRepositoryBase<Collaborative, UUID> {

  /** The collaborative, or 404. */
  public Collaborative require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("collaborative", id));
  }

  /** The collaborative, locked until the transaction ends (decisions that count its places). */
  /** The collaboratives in a phase (the reminder job reads the ACTIVE ones). */
  public java.util.List<Collaborative> inPhase(Phase phase) {
    return list("phase", phase);
  }

  public Collaborative requireLocked(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> ApiException.notFound("collaborative", id));
  }

  /** Collaboratives in {@code scope} (the policy's list filter), newest first. */
  public PanacheQuery<Collaborative> search(
      Filter scope, Phase phase, CollaborativeKind kind, String q) {
    StringBuilder where = new StringBuilder(scope.jpql());
    Parameters p = new Parameters();
    scope.params().forEach(p::and);
    if (phase != null) {
      where.append(" and phase = :phase");
      p.and("phase", phase);
    }
    if (kind != null) {
      where.append(" and kind = :kind");
      p.and("kind", kind);
    }
    if (q != null && !q.isBlank()) {
      where
          .append(" and (")
          .append(Search.like("title", "q"))
          .append(" or ")
          .append(Search.like("practice", "q"))
          .append(")");
      p.and("q", Search.containsPattern(q));
    }
    return find(where + " order by createdAt desc, id", p);
  }

  /** The collaboratives whose applications are open (by phase), to tell of their window. */
  public List<Collaborative> applicationsOpen() {
    return list("phase = ?1 order by id", Phase.APPLICATIONS_OPEN);
  }
}
