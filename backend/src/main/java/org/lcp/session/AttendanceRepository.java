package org.lcp.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Attendance at learning sessions as it is now, one record per roster member and session. */
@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<SessionAttendance, UUID> {

  public List<SessionAttendance> ofSessions(Collection<UUID> sessionIds) {
    return sessionIds.isEmpty() ? List.of() : list("learningSessionId in ?1", sessionIds);
  }

  public Optional<SessionAttendance> find(UUID sessionId, UUID rosterMemberId) {
    return find("learningSessionId = ?1 and rosterMemberId = ?2", sessionId, rosterMemberId)
        .firstResultOptional();
  }

  public long countOfSession(UUID sessionId) {
    return count("learningSessionId", sessionId);
  }

  /**
   * The version of a session's whole attendance: the number of records and the sum of their
   * versions. Records are never deleted, so every recording changes it.
   */
  public String sheetETag(UUID sessionId) {
    Object[] row =
        getEntityManager()
            .createQuery(
                "select count(a), coalesce(sum(a.version), 0) "
                    + "from SessionAttendance a where a.learningSessionId = :s",
                Object[].class)
            .setParameter("s", sessionId)
            .getSingleResult();
    return "\"att-" + ((Number) row[0]).longValue() + "-" + ((Number) row[1]).longValue() + "\"";
  }
}
