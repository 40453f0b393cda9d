package org.lcp.consultation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Whether the person registered for the call on their own (no organisation). */
  boolean existsPersonal(UUID callId, UUID registrant) {
    return count("callId = ?1 and organizationId is null and registeredBy = ?2", callId, registrant)
        > 0;
  }

  /**
   * The call's registrations within {@code scope} (the policy's filter over the organisation id).
   */
  List<CallRegistration> ofCall(UUID callId, Filter scope) {
    Parameters p = Parameters.with("call", callId);
    scope.params().forEach(p::and);
    return list("callId = :call and " + scope.jpql(), p);
  }

  /**
   * Who registered for each of these calls (one query): the organisations, and the people who
   * registered on their own.
   */
  public Registrants registrants(Collection<UUID> callIds) {
    Map<UUID, List<UUID>> organizations = new HashMap<>();
    Map<UUID, List<UUID>> people = new HashMap<>();
    if (!callIds.isEmpty()) {
      getEntityManager()
          .createQuery(
              "select r.callId, r.organizationId, r.registeredBy from CallRegistration r"
                  + " where r.callId in :calls",
              Object[].class)
          .setParameter("calls", callIds)
          .getResultList()
          .forEach(
              r -> {
                if (r[1] != null) {
                  organizations
                      .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                      .add((UUID) r[1]);
                } else {
                  people.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[2]);
                }
              });
    }
    return new Registrants(organizations, people);
  }

  /** By call id: the organisations registered, and the people registered on their own. */
  public record Registrants(Map<UUID, List<UUID>> organizations, Map<UUID, List<UUID>> people) {}

  /** The organisations registered for any informational call of a collaborative. */
  public List<UUID> organizationsOfCollaborative(UUID collaborativeId) {
    return getEntityManager()
        .createQuery(
            "select distinct r.organizationId from CallRegistration r, Call c "
                + "where c.id = r.callId and c.collaborativeId = :c"
                + " and r.organizationId is not null",
            UUID.class)
        .setParameter("c", collaborativeId)
        .getResultList();
  }

  /**
   * The collaboratives of the calls these organisations, or the person on their own, registered for
   * (one query): where a person's calendar feed finds its informational calls and webinars.
   */
  public List<UUID> collaborativesRegisteredBy(Collection<UUID> organizations, UUID person) {
    return getEntityManager()
        .createQuery(
            "select distinct c.collaborativeId from CallRegistration r, Call c "
                + "where c.id = r.callId and (r.organizationId in :organizations"
                + " or (r.organizationId is null and r.registeredBy = :person))",
            UUID.class)
        .setParameter("organizations", organizations.isEmpty() ? NONE : organizations)
        .setParameter("person", person == null ? new UUID(0, 0) : person)
        .getResultList();
  }

  private static final List<UUID> NONE = List.of(new UUID(0, 0));

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

  /**
   * The seats taken on a call: attendees of its CONFIRMED registrations, but those of {@code
   * except} (null: none).
   */
  long confirmedSeats(UUID callId, UUID except) {
    return getEntityManager()
        .createQuery(
            "select count(a) from CallRegistration$Attendee a, CallRegistration r"
                + " where a.registrationId = r.id and r.callId = :c and r.status = :confirmed"
                + " and r.id <> :except",
            Long.class)
        .setParameter("c", callId)
        .setParameter("confirmed", CallRegistration.Status.CONFIRMED)
        .setParameter("except", except == null ? new UUID(0, 0) : except)
        .getSingleResult();
  }

  /**
   * A webinar's seats as its view shows them: the attendees of CONFIRMED registrations, and how
   * many registrations wait (WAITLISTED).
   */
  record Seats(long taken, long waiting) {
    static final Seats NONE = new Seats(0, 0);
  }

  /** The seats of each of these calls (one grouped query); a call without registrations: none. */
  Map<UUID, Seats> seats(Collection<UUID> callIds) {
    Map<UUID, long[]> counts = new HashMap<>();
    if (!callIds.isEmpty()) {
      getEntityManager()
          .createQuery(
              "select r.callId, r.status, count(distinct r.id), count(a.id)"
                  + " from CallRegistration r, CallRegistration$Attendee a"
                  + " where a.registrationId = r.id and r.callId in :calls"
                  + " group by r.callId, r.status",
              Object[].class)
          .setParameter("calls", callIds)
          .getResultList()
          .forEach(
              row -> {
                long[] c = counts.computeIfAbsent((UUID) row[0], k -> new long[2]);
                if (row[1] == CallRegistration.Status.CONFIRMED) {
                  c[0] = ((Number) row[3]).longValue();
                } else {
                  c[1] = ((Number) row[2]).longValue();
                }
              });
    }
    Map<UUID, Seats> out = new HashMap<>();
    counts.forEach((call, c) -> out.put(call, new Seats(c[0], c[1])));
    return out;
  }

  /** The call's waitlist, first come first. */
  List<CallRegistration> waitlist(UUID callId) {
    return list(
        "callId = ?1 and status = ?2 order by createdAt, id",
        callId,
        CallRegistration.Status.WAITLISTED);
  }

  long attendeeCount(UUID registrationId) {
    return getEntityManager()
        .createQuery(
            "select count(a) from CallRegistration$Attendee a where a.registrationId = :r",
            Long.class)
        .setParameter("r", registrationId)
        .getSingleResult();
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
