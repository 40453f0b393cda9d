package org.lcp.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.AttendanceStatus;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallRegistrationAttendee;
import org.lcp.api.model.CallRegistrationAttendeeInput;
import org.lcp.api.model.CallState;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Caller;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.consultation.CallRegistration.Attendance;
import org.lcp.consultation.CallRegistration.Attendee;
import org.lcp.organization.Organization;

/** Organisations registering interest in informational calls, naming who will join. */
@ApplicationScoped
public class RegistrationService {

  private final EntityManager em;
  private final AuditLog audit;

  public RegistrationService(EntityManager em, AuditLog audit) {
    this.em = em;
    this.audit = audit;
  }

  private static void requireOpenForRegistration(Call call) {
    if (call.kind != CallKind.INFORMATIONAL) {
      throw ApiException.conflict("only informational calls take registrations; this is a " + call.kind + " call");
    }
    if (call.state != CallState.SCHEDULED) {
      throw ApiException.conflict("the call is " + call.state + "; registrations are for scheduled calls");
    }
    if (call.hasStarted(Instant.now())) {
      throw ApiException.conflict("the call started at " + call.startsAt + "; registrations close when it starts");
    }
  }

  @Transactional
  public CallRegistration get(Call call, UUID id) {
    CallRegistration r = em.find(CallRegistration.class, id);
    if (r == null || !r.callId.equals(call.id)) {
      throw ApiException.notFound("registration", id);
    }
    return r;
  }

  @Transactional
  public CallRegistration register(Call call, UUID organizationId, List<CallRegistrationAttendeeInput> attendees,
      Caller caller) {
    if (em.find(Organization.class, organizationId) == null) {
      throw ApiException.invalid("organizationId", "is not a registered organisation");
    }
    requireOpenForRegistration(call);
    List<Violation> v = duplicates(attendees);
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    boolean exists = !em.createQuery("select r.id from CallRegistration r where r.callId = :c and r.organizationId = :o",
        UUID.class).setParameter("c", call.id).setParameter("o", organizationId).getResultList().isEmpty();
    if (exists) {
      throw ApiException.conflict("this organisation has already registered for the call; change that registration "
          + "instead");
    }
    Instant now = Instant.now();
    CallRegistration r = new CallRegistration();
    r.id = UUID.randomUUID();
    r.callId = call.id;
    r.organizationId = organizationId;
    r.registeredBy = caller.userId();
    r.registeredByName = caller.displayName();
    r.created(now);
    em.persist(r);
    replaceAttendees(r, attendees);
    audit.record("call-registration.created", subject(call, r), null, snapshot(attendees), null);
    em.flush();
    return r;
  }

  @Transactional
  public CallRegistration update(Call call, UUID registrationId, String ifMatch,
      List<CallRegistrationAttendeeInput> attendees) {
    CallRegistration r = get(call, registrationId);
    ETags.require(ifMatch, r.version);
    requireOpenForRegistration(call);
    List<Violation> v = duplicates(attendees);
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    Map<String, Object> before = snapshotOf(attendees(List.of(r.id)));
    replaceAttendees(r, attendees);
    r.updatedAt = Instant.now();
    audit.record("call-registration.updated", subject(call, r), before, snapshot(attendees), null);
    em.flush();
    return r;
  }

  @Transactional
  public void withdraw(Call call, UUID registrationId) {
    CallRegistration r = get(call, registrationId);
    requireOpenForRegistration(call);
    Map<String, Object> before = snapshotOf(attendees(List.of(r.id)));
    em.createQuery("delete from CallRegistration$Attendee where registrationId = :r").setParameter("r", r.id)
        .executeUpdate();
    em.remove(r);
    audit.record("call-registration.withdrawn", subject(call, r), before, null, null);
  }

  private static Subject subject(Call call, CallRegistration r) {
    return new Subject("call-registration", r.id, r.organizationId, call.collaborativeId);
  }

  private static List<Violation> duplicates(List<CallRegistrationAttendeeInput> attendees) {
    List<Violation> v = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < attendees.size(); i++) {
      if (!seen.add(attendees.get(i).getEmail().trim().toLowerCase(Locale.ROOT))) {
        v.add(Violation.body("attendees[" + i + "].email", "is listed twice"));
      }
    }
    return v;
  }

  /** Attendees are matched by e-mail: one kept keeps its id. */
  private void replaceAttendees(CallRegistration r, List<CallRegistrationAttendeeInput> input) {
    Map<String, Attendee> current = new HashMap<>();
    attendees(List.of(r.id)).forEach(a -> current.put(a.email.toLowerCase(Locale.ROOT), a));
    Set<String> kept = new HashSet<>();
    for (int i = 0; i < input.size(); i++) {
      String email = input.get(i).getEmail().trim();
      String key = email.toLowerCase(Locale.ROOT);
      kept.add(key);
      Attendee a = current.get(key);
      boolean created = a == null;
      if (created) {
        a = new Attendee();
        a.id = UUID.randomUUID();
        a.registrationId = r.id;
      }
      a.position = i;
      a.name = input.get(i).getName().trim();
      a.email = email;
      if (created) {
        em.persist(a);
      }
    }
    current.forEach((key, a) -> {
      if (!kept.contains(key)) {
        em.remove(a);
      }
    });
  }

  private List<Attendee> attendees(List<UUID> registrationIds) {
    if (registrationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("from CallRegistration$Attendee where registrationId in :r order by position",
        Attendee.class).setParameter("r", registrationIds).getResultList();
  }

  private static Map<String, Object> snapshot(List<CallRegistrationAttendeeInput> attendees) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("attendees", attendees.stream().map(a -> a.getName().trim() + " <" + a.getEmail().trim() + ">").toList());
    return m;
  }

  private static Map<String, Object> snapshotOf(List<Attendee> attendees) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("attendees", attendees.stream().map(a -> a.name + " <" + a.email + ">").toList());
    return m;
  }

  /** Registrations of a call by organisation name; {@code onlyOrganizations} narrows (null: all). */
  @Transactional
  public Paging<org.lcp.api.model.CallRegistration> list(Call call, Set<UUID> onlyOrganizations, Integer page,
      Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    if (onlyOrganizations != null && onlyOrganizations.isEmpty()) {
      return new Paging<>(List.of(), p, s, 0);
    }
    String where = "r.callId = :c and o.id = r.organizationId"
        + (onlyOrganizations == null ? "" : " and r.organizationId in :orgs");
    var q = em.createQuery("select r from CallRegistration r, Organization o where " + where
        + " order by lower(o.name), r.id", CallRegistration.class).setParameter("c", call.id);
    var count = em.createQuery("select count(r) from CallRegistration r, Organization o where " + where, Long.class)
        .setParameter("c", call.id);
    if (onlyOrganizations != null) {
      q.setParameter("orgs", onlyOrganizations);
      count.setParameter("orgs", onlyOrganizations);
    }
    List<CallRegistration> rows = q.setFirstResult(p * s).setMaxResults(s).getResultList();
    return new Paging<>(views(rows), p, s, count.getSingleResult());
  }

  @Transactional
  public org.lcp.api.model.CallRegistration view(CallRegistration r) {
    return views(List.of(r)).get(0);
  }

  private List<org.lcp.api.model.CallRegistration> views(List<CallRegistration> rows) {
    List<UUID> ids = rows.stream().map(r -> r.id).toList();
    Map<UUID, List<Attendee>> byRegistration = new HashMap<>();
    attendees(ids).forEach(a -> byRegistration.computeIfAbsent(a.registrationId, k -> new ArrayList<>()).add(a));
    Map<UUID, AttendanceStatus> status = new HashMap<>();
    List<UUID> attendeeIds = byRegistration.values().stream().flatMap(List::stream).map(a -> a.id).toList();
    if (!attendeeIds.isEmpty()) {
      em.createQuery("from CallRegistration$Attendance where attendeeId in :a", Attendance.class)
          .setParameter("a", attendeeIds).getResultList().forEach(a -> status.put(a.attendeeId, Enums.map(a.status, org.lcp.api.model.AttendanceStatus.class)));
    }
    Map<UUID, String> names = new HashMap<>();
    List<UUID> organizationIds = rows.stream().map(r -> r.organizationId).distinct().toList();
    if (!organizationIds.isEmpty()) {
      em.createQuery("from Organization where id in :ids", Organization.class).setParameter("ids", organizationIds)
          .getResultList().forEach(o -> names.put(o.id, o.name));
    }
    List<org.lcp.api.model.CallRegistration> views = new ArrayList<>();
    for (CallRegistration r : rows) {
      List<CallRegistrationAttendee> attendees = byRegistration.getOrDefault(r.id, List.of()).stream()
          .map(a -> new CallRegistrationAttendee().id(a.id).name(a.name).email(a.email).status(status.get(a.id)))
          .toList();
      boolean attended = attendees.stream().anyMatch(a -> a.getStatus() == AttendanceStatus.PRESENT
          || a.getStatus() == AttendanceStatus.PARTIAL);
      views.add(new org.lcp.api.model.CallRegistration().id(r.id).etag(ETags.of(r.version)).callId(r.callId)
          .organizationId(r.organizationId)
          .organizationName(names.get(r.organizationId)).attendees(attendees).attended(attended)
          .registeredBy(r.registeredByName)
          .createdAt(Times.utc(r.createdAt)).updatedAt(Times.utc(r.updatedAt)));
    }
    return views;
  }
}
