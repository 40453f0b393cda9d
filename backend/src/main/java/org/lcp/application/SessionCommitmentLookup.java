package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.lcp.session.SessionCommitments;

/**
 * Tells the session package whether applications committed to a learning session (it may not be
 * deleted then).
 */
@ApplicationScoped
public class SessionCommitmentLookup implements SessionCommitments {

  private final EntityManager em;

  public SessionCommitmentLookup(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean anyFor(UUID learningSessionId) {
    return em.createQuery(
                "select count(c) from ApplicationParts$SessionCommitment c "
                    + "where c.id.learningSessionId = :s",
                Long.class)
            .setParameter("s", learningSessionId)
            .getSingleResult()
        > 0;
  }
}
