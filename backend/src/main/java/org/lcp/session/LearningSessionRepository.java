package org.lcp.session;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LearningSessionRepository implements PanacheRepositoryBase<LearningSession, UUID> {

  public PanacheQuery<LearningSession> ofCollaborative(UUID collaborativeId) {
    return find("collaborativeId = ?1 order by number", collaborativeId);
  }

  public Optional<LearningSession> findInCollaborative(UUID collaborativeId, UUID id) {
    return find("id = ?1 and collaborativeId = ?2", id, collaborativeId).firstResultOptional();
  }

  public Optional<LearningSession> findByNumber(UUID collaborativeId, int number) {
    return find("collaborativeId = ?1 and number = ?2", collaborativeId, number).firstResultOptional();
  }
}
