package org.lcp.collaborative;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PhaseTransitionRepository implements PanacheRepositoryBase<PhaseTransition, UUID> {

  public PanacheQuery<PhaseTransition> ofCollaborative(UUID collaborativeId) {
    return find("collaborativeId = ?1 order by at, id", collaborativeId);
  }
}
