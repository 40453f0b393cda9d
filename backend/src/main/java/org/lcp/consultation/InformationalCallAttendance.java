package org.lcp.consultation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.lcp.session.AttendanceStatus;
import org.lcp.api.model.CallKind;
import org.lcp.application.InformationalCalls;

/** Tells an application whether its organisation attended an informational call of the collaborative. */
@ApplicationScoped
public class InformationalCallAttendance implements InformationalCalls {

  private final EntityManager em;

  public InformationalCallAttendance(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean attended(UUID collaborativeId, UUID organizationId) {
    return !em.createQuery("select a.id from CallRegistration$Attendance a, Call c where c.id = a.callId "
            + "and c.collaborativeId = :c and c.kind = :informational and a.organizationId = :o "
            + "and a.status in :attended", UUID.class)
        .setParameter("c", collaborativeId).setParameter("informational", CallKind.INFORMATIONAL)
        .setParameter("o", organizationId)
        .setParameter("attended", List.of(AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL))
        .setMaxResults(1).getResultList().isEmpty();
  }
}
