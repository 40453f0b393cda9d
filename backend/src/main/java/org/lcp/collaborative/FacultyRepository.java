package org.lcp.collaborative;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FacultyRepository implements PanacheRepositoryBase<FacultyAssignment, FacultyAssignment.Key> {

  public Optional<FacultyAssignment> find(UUID collaborativeId, UUID userId) {
    return findByIdOptional(new FacultyAssignment.Key(collaborativeId, userId));
  }

  public PanacheQuery<FacultyAssignment> ofCollaborative(UUID collaborativeId) {
    return find("key.collaborativeId = ?1 order by lead desc, lower(user.email), key.userId", collaborativeId);
  }

  public long countLeads(UUID collaborativeId) {
    return count("key.collaborativeId = ?1 and lead = true", collaborativeId);
  }
}
