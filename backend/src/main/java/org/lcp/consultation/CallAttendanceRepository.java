package org.lcp.consultation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lcp.session.AttendanceStatus;

/** Attendance at calls. */
@ApplicationScoped
public class CallAttendanceRepository implements PanacheRepositoryBase<CallAttendance, UUID> {

  List<CallAttendance> ofCall(UUID callId) {
    return list("callId", callId);
  }

  List<CallAttendance> ofAttendees(Collection<UUID> attendeeIds) {
    return attendeeIds.isEmpty() ? List.of() : list("attendeeId in ?1", attendeeIds);
  }

  /** The ETag of a call's attendance sheet: it changes with every record added or changed. */
  String etag(UUID callId) {
    Object[] row =
        getEntityManager()
            .createQuery(
                "select count(a), coalesce(sum(a.version), 0) "
                    + "from CallAttendance a where a.callId = :c",
                Object[].class)
            .setParameter("c", callId)
            .getSingleResult();
    return "\"catt-" + ((Number) row[0]).longValue() + "-" + ((Number) row[1]).longValue() + "\"";
  }

  /**
   * Whether anyone of the organisation attended (present or partly) an informational call of the
   * collaborative.
   */
  boolean attendedInformational(UUID collaborativeId, UUID organizationId) {
    return !getEntityManager()
        .createQuery(
            "select a.id from CallAttendance a, Call c where c.id = a.callId "
                + "and c.collaborativeId = :c and c.kind = org.lcp.consultation.CallKind.INFORMATIONAL "
                + "and a.organizationId = :o and a.status in :attended",
            UUID.class)
        .setParameter("c", collaborativeId)
        .setParameter("o", organizationId)
        .setParameter("attended", List.of(AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
