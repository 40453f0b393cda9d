package org.lcp.consultation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Filter;
import org.lcp.consultation.CallRegistration.Attendee;

/** Registrations for informational calls, with their attendees. */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<CallRegistration, UUID> {

  /** The registration of this call, or 404. */
  CallRegistration requireOnCall(UUID callId, UUID id) {
    return find("id = ?1 and callId = ?2", id, callId)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("registration", id));
  }

  boolean exists(UUID callId, UUID organizationId) {
    return count("callId = ?1 and organizationId = ?2", callId, organizationId) > 0;
  }

  /**
   * The call's registrations within {@code scope} (the policy's filter over the organisation id).
   */
  List<CallRegistration> ofCall(UUID callId, Filter scope) {
    Parameters p = Parameters.with("call", callId);
    scope.params().forEach(p::and);
    return list("callId = :call and " + scope.jpql(), p);
  }

  /** The attendees of these registrations, in the order they were named. */
  List<Attendee> attendees(Collection<UUID> registrationIds) {
    if (registrationIds.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "from CallRegistration$Attendee where registrationId in :r " + "order by position",
            Attendee.class)
        .setParameter("r", registrationIds)
        .getResultList();
  }

  void persistAttendee(Attendee a) {
    getEntityManager().persist(a);
  }

  void removeAttendee(Attendee a) {
    getEntityManager().remove(a);
  }

  /** Withdraws a registration with its attendees. */
  void withdraw(CallRegistration r) {
    getEntityManager()
        .createQuery("delete from CallRegistration$Attendee where registrationId = :r")
        .setParameter("r", r.id)
        .executeUpdate();
    delete(r);
  }
}
