package org.lcp.team;

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
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Directory;
import org.lcp.common.security.Enrolment;
import org.lcp.common.security.Filter;

/** Enrolled teams; also tells the security policies which teams a person's organisations have. */
@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID>, Directory.Enrolments {

  public Team require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("team", id));
  }

  /** The teams of a collaborative. */
  public List<Team> ofCollaborative(UUID collaborativeId) {
    return list("collaborativeId", collaborativeId);
  }

  /** The teams of several collaboratives (one query). */
  public List<Team> ofCollaboratives(Collection<UUID> collaboratives) {
    return collaboratives.isEmpty() ? List.of() : list("collaborativeId in ?1", collaboratives);
  }

  /** The teams of a collaborative in {@code scope} (the team policy's list filter). */
  public List<Team> ofCollaborative(UUID collaborativeId, Filter scope) {
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("collaborative", collaborativeId);
    return list("collaborativeId = :collaborative and " + scope.jpql(), params);
  }

  /** Teams by id, in one query. */
  public Map<UUID, Team> byIds(Collection<UUID> ids) {
    Map<UUID, Team> teams = new HashMap<>();
    if (!ids.isEmpty()) {
      list("id in ?1", ids).forEach(t -> teams.put(t.id, t));
    }
    return teams;
  }

  /** The organisation's team in a collaborative, if it is enrolled. */
  public Optional<Team> find(UUID collaborativeId, UUID organizationId) {
    return find("collaborativeId = ?1 and organizationId = ?2", collaborativeId, organizationId)
        .firstResultOptional();
  }

  /** The organisations enrolled in a collaborative. */
  public Set<UUID> organizationIds(UUID collaborativeId) {
    return new HashSet<>(
        getEntityManager()
            .createQuery(
                "select t.organizationId from Team t " + "where t.collaborativeId = :c", UUID.class)
            .setParameter("c", collaborativeId)
            .getResultList());
  }

  @Override
  public List<Enrolment> of(Collection<UUID> organizationIds) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    return list("organizationId in ?1", organizationIds).stream()
        .map(t -> new Enrolment(t.id, t.collaborativeId, t.organizationId))
        .toList();
  }
}
