package org.lcp.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.lcp.api.model.ApplicationStatus;
import org.lcp.collaborative.AcceptedTeams;

/** Tells the collaborative package how many teams each collaborative accepted. */
@ApplicationScoped
public class ApplicationCounts implements AcceptedTeams {

  private final EntityManager em;

  public ApplicationCounts(EntityManager em) {
    this.em = em;
  }

  @Override
  public Map<UUID, Integer> count(Collection<UUID> collaborativeIds) {
    Map<UUID, Integer> counts = new HashMap<>();
    collaborativeIds.forEach(id -> counts.put(id, 0));
    if (!collaborativeIds.isEmpty()) {
      em.createQuery("select a.collaborativeId, count(a) from Application a "
              + "where a.collaborativeId in :ids and a.status = :accepted group by a.collaborativeId", Object[].class)
          .setParameter("ids", collaborativeIds).setParameter("accepted", ApplicationStatus.ACCEPTED)
          .getResultList().forEach(r -> counts.put((UUID) r[0], ((Long) r[1]).intValue()));
    }
    return counts;
  }
}
