package org.lcp.collaborative;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lcp.common.security.Directory;

/** Faculty assignments; also tells the security policies whom a person is faculty of. */
@ApplicationScoped
public class FacultyRepository
    implements PanacheRepositoryBase<FacultyAssignment, FacultyAssignment.Key>, Directory.Faculty {

  public Optional<FacultyAssignment> find(UUID collaborativeId, UUID userId) {
    return findByIdOptional(new FacultyAssignment.Key(collaborativeId, userId));
  }

  /** Whether the person is faculty (lead or not) of the collaborative. */
  public boolean isFaculty(UUID collaborativeId, UUID userId) {
    return userId != null
        && count("key.collaborativeId = ?1 and key.userId = ?2", collaborativeId, userId) > 0;
  }

  /** The lead faculty of each of these collaboratives (user ids), in one query. */
  public java.util.Map<UUID, java.util.List<UUID>> leads(
      java.util.Collection<UUID> collaborativeIds) {
    java.util.Map<UUID, java.util.List<UUID>> leads = new java.util.HashMap<>();
    if (!collaborativeIds.isEmpty()) {
      list("lead = true and key.collaborativeId in ?1", collaborativeIds)
          .forEach(
              f ->
                  leads
                      .computeIfAbsent(f.key.collaborativeId, c -> new java.util.ArrayList<>())
                      .add(f.key.userId));
    }
    return leads;
  }

  public PanacheQuery<FacultyAssignment> ofCollaborative(UUID collaborativeId) {
    return find(
        "key.collaborativeId = ?1 order by lead desc, lower(user.email), key.userId",
        collaborativeId);
  }

  /** The faculty of several collaboratives, by collaborative (one query), to tell them things. */
  public Map<UUID, List<UUID>> userIds(Collection<UUID> collaboratives) {
    Map<UUID, List<UUID>> out = new HashMap<>();
    if (!collaboratives.isEmpty()) {
      getEntityManager()
          .createQuery(
              "select f.key.collaborativeId, f.key.userId from FacultyAssignment f "
                  + "where f.key.collaborativeId in :c",
              Object[].class)
          .setParameter("c", collaboratives)
          .getResultList()
          .forEach(r -> out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]));
    }
    return out;
  }

  /** The lead faculty of a collaborative (user ids). */
  public List<UUID> leads(UUID collaborativeId) {
    return getEntityManager()
        .createQuery(
            "select f.key.userId from FacultyAssignment f "
                + "where f.key.collaborativeId = :c and f.lead = true",
            UUID.class)
        .setParameter("c", collaborativeId)
        .getResultList();
  }

  public long countLeads(UUID collaborativeId) {
    return count("key.collaborativeId = ?1 and lead = true", collaborativeId);
  }

  /** One of a person's faculty assignments, with the collaborative's title. */
  public record OfPerson(UUID collaborativeId, String title, boolean lead) {}

  /** The collaboratives a person is faculty of, by title. */
  public List<OfPerson> ofPerson(UUID userId) {
    return getEntityManager()
        .createQuery(
            "select c.id, c.title, f.lead from FacultyAssignment f, Collaborative c "
                + "where c.id = f.key.collaborativeId and f.key.userId = :u order by c.title",
            Object[].class)
        .setParameter("u", userId)
        .getResultList()
        .stream()
        .map(r -> new OfPerson((UUID) r[0], (String) r[1], (Boolean) r[2]))
        .toList();
  }

  @Override
  public Map<UUID, Boolean> of(UUID userId) {
    Map<UUID, Boolean> standing = new HashMap<>();
    getEntityManager()
        .createQuery(
            "select f.key.collaborativeId, f.lead from FacultyAssignment f "
                + "where f.key.userId = :u",
            Object[].class)
        .setParameter("u", userId)
        .getResultList()
        .forEach(r -> standing.put((UUID) r[0], (Boolean) r[1]));
    return standing;
  }
}
