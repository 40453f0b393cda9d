package org.lcp.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lcp.common.error.ApiException;

/** Learning sessions; other features read a collaborative's sessions through this repository. */
@ApplicationScoped
public class LearningSessionRepository implements PanacheRepositoryBase<LearningSession, UUID> {

  public PanacheQuery<LearningSession> ofCollaborative(UUID collaborativeId) {
    return find("collaborativeId = ?1 order by number", collaborativeId);
  }

  /** The learning sessions of several collaboratives, by collaborative and number (one query). */
  public List<LearningSession> ofCollaboratives(Collection<UUID> collaborativeIds) {
    return collaborativeIds.isEmpty()
        ? List.of()
        : list("collaborativeId in ?1 order by collaborativeId, number", collaborativeIds);
  }

  public Optional<LearningSession> findInCollaborative(UUID collaborativeId, UUID id) {
    return find("id = ?1 and collaborativeId = ?2", id, collaborativeId).firstResultOptional();
  }

  /** The session of this collaborative, or 404. */
  public LearningSession requireInCollaborative(UUID collaborativeId, UUID id) {
    return findInCollaborative(collaborativeId, id)
        .orElseThrow(() -> ApiException.notFound("learning session", id));
  }

  /**
   * The session of this collaborative, locked until the transaction ends (recordings of one session
   * queue).
   */
  public LearningSession requireLocked(UUID collaborativeId, UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
        .filter(s -> s.collaborativeId.equals(collaborativeId))
        .orElseThrow(() -> ApiException.notFound("learning session", id));
  }

  /** The sessions of these collaboratives that overlap the days from..to (inclusive), by date. */
  public List<LearningSession> between(
      Collection<UUID> collaborativeIds, LocalDate from, LocalDate to) {
    if (collaborativeIds.isEmpty()) {
      return List.of();
    }
    return list(
        "collaborativeId in ?1 and startDate is not null and startDate <= ?3 "
            + "and coalesce(endDate, startDate) >= ?2 order by startDate, number",
        collaborativeIds,
        from,
        to);
  }

  public Optional<LearningSession> findByNumber(UUID collaborativeId, int number) {
    return find("collaborativeId = ?1 and number = ?2", collaborativeId, number)
        .firstResultOptional();
  }

  /** The sessions of any collaborative whose first day is between two days (inclusive). */
  public List<LearningSession> startingBetween(LocalDate from, LocalDate to) {
    return list("startDate >= ?1 and startDate <= ?2 order by startDate, id", from, to);
  }
}
