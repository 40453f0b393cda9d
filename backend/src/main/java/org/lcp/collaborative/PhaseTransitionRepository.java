package org.lcp.collaborative;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PhaseTransitionRepository implements PanacheRepositoryBase<PhaseTransition, UUID> {

  public PanacheQuery<PhaseTransition> ofCollaborative(UUID collaborativeId) {
    return find("collaborativeId = ?1 order by at, id", collaborativeId);
  }
}
