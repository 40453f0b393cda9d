package org.lcp.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.lcp.api.model.AttendanceStatus;
import org.lcp.api.model.CallAttendanceInput;
import org.lcp.api.model.CallAttendanceRecordInput;
import org.lcp.api.model.CallAttendanceSheet;
import org.lcp.api.model.CallAttendee;
import org.lcp.api.model.CallAudience;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallState;
import org.lcp.team.TeamRole;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.security.CollaborativePolicy;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Caller;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.consultation.CallRegistration.Attendance;

/**
 * Attendance at calls: who was expected (the audience's roster members on the call's date, or the
 * attendees registered for an informational call) and who attended. Recording it marks the call held.
 */
@ApplicationScoped
public class CallAttendanceService {

  private final EntityManager em;
  private final AuditLog audit;

  public CallAttendanceService(EntityManager em, AuditLog audit) {
    this.em = em;
    this.audit = audit;
  }

  /** One person expected at a call. */
  record Person(UUID id, boolean rosterMember, UUID teamId, UUID organizationId, String organizationName, String name,
      String email, TeamRole role) {
  }

  public record Sheet(CallAttendanceSheet sheet, String etag) {
  }

  /** Everyone expected at the call, by organisation then name. */
  List<Person> expected(Call call) {
    List<Person> people = new ArrayList<>();
    if (call.kind == CallKind.INFORMATIONAL) {
      List<Object[]> rows = em.createQuery("select a.id, r.organizationId, o.name, a.name, a.email "
              + "from CallRegistration r, CallRegistration$Attendee a, Organization o "
              + "where a.registrationId = r.id and o.id = r.organizationId and r.callId = :c", Object[].class)
          .setParameter("c", call.id).getResultList();
      for (Object[] r : rows) {
        people.add(new Person((UUID) r[0], false, null, (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
            null));
      }
    } else {
      LocalDate day = call.localStart.toLocalDate();
      String teamFilter = call.audience == CallAudience.TEAM ? " and t.id = :team" : "";
      var q = em.createQuery("select m, t.organizationId, o.name from Team$RosterMember m, Team t, Organization o "
              + "where m.teamId = t.id and o.id = t.organizationId and t.collaborativeId = :c"
              + " and m.startDate <= :day and (m.endDate is null or m.endDate >= :day)" + teamFilter, Object[].class)
          .setParameter("c", call.collaborativeId).setParameter("day", day);
      if (call.audience == CallAudience.TEAM) {
        q.setParameter("team", call.teamId);
      }
      for (Object[] r : q.getResultList()) {
        org.lcp.team.Team.RosterMember m = (org.lcp.team.Team.RosterMember) r[0];
        people.add(new Person(m.id, true, m.teamId, (UUID) r[1], (String) r[2], m.name, m.email, m.role));
      }
    }
    people.sort(Comparator.comparing((Person p) -> p.organizationName().toLowerCase(Locale.ROOT))
        .thenComparing(p -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Person::id));
    return people;
  }

  private List<Attendance> records(UUID callId) {
    return em.createQuery("from CallRegistration$Attendance where callId = :c", Attendance.class)
        .setParameter("c", callId).getResultList();
  }

  String etag(UUID callId) {
    Object[] row = (Object[]) em.createNativeQuery(
            "select count(*), coalesce(sum(version), 0) from call_attendance where call_id = ?1")
        .setParameter(1, callId).getSingleResult();
    return "\"catt-" + ((Number) row[0]).longValue() + "-" + ((Number) row[1]).longValue() + "\"";
  }

  @Transactional
  public Sheet sheet(Call call, CallVisibility.Viewer viewer) {
    return new Sheet(view(call, viewer), etag(call.id));
  }

  private CallAttendanceSheet view(Call call, CallVisibility.Viewer viewer) {
    Map<UUID, Attendance> byPerson = new HashMap<>();
    records(call.id).forEach(a -> byPerson.put(a.person(), a));
    List<CallAttendee> people = expected(call).stream()
        .filter(p -> viewer.seesOrganization(p.organizationId()))
        .map(p -> {
          Attendance a = byPerson.get(p.id());
          return new CallAttendee().rosterMemberId(p.rosterMember() ? p.id() : null)
              .attendeeId(p.rosterMember() ? null : p.id()).teamId(p.teamId()).organizationId(p.organizationId())
              .organizationName(p.organizationName()).name(p.name()).email(p.email()).role(Enums.map(p.role(), org.lcp.api.model.TeamRole.class))
              .status(a == null ? null : Enums.map(a.status, org.lcp.api.model.AttendanceStatus.class)).note(a == null ? null : a.note)
              .recordedAt(a == null ? null : Times.utc(a.recordedAt)).recordedBy(a == null ? null : a.recordedByName);
        }).toList();
    return new CallAttendanceSheet().callId(call.id).kind(call.kind).state(call.state)
        .recordable(viewer.all() && call.state != CallState.CANCELLED && call.hasStarted(Instant.now()))
        .people(people);
  }

  @Transactional
  public Sheet record(Collaborative c, UUID callId, String ifMatch, CallAttendanceInput in, Caller caller,
      CallVisibility.Viewer viewer) {
    Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
    if (call == null) {
      throw ApiException.notFound("call", callId);
    }
    ETags.require(ifMatch, etag(call.id));
    CollaborativePolicy.requireWritable(c.ref());
    Instant now = Instant.now();
    if (call.state == CallState.CANCELLED) {
      throw ApiException.conflict("the call of " + call.localStart.toLocalDate() + " was cancelled");
    }
    if (!call.hasStarted(now)) {
      throw ApiException.conflict("the call starts at " + call.startsAt + "; attendance is taken once it has started");
    }
    Map<UUID, Person> expected = new LinkedHashMap<>();
    expected(call).forEach(p -> expected.put(p.id(), p));
    List<Violation> v = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    List<CallAttendanceRecordInput> records = in.getRecords();
    boolean informational = call.kind == CallKind.INFORMATIONAL;
    for (int i = 0; i < records.size(); i++) {
      CallAttendanceRecordInput r = records.get(i);
      String field = "records[" + i + "]";
      if ((r.getRosterMemberId() == null) == (r.getAttendeeId() == null)) {
        v.add(Violation.body(field, "give exactly one of rosterMemberId and attendeeId"));
      } else if (informational && r.getRosterMemberId() != null) {
        v.add(Violation.body(field + ".rosterMemberId",
            "an informational call's attendance names registered attendees (attendeeId)"));
      } else if (!informational && r.getAttendeeId() != null) {
        v.add(Violation.body(field + ".attendeeId",
            "a consultation call's attendance names roster members (rosterMemberId)"));
      } else {
        UUID id = informational ? r.getAttendeeId() : r.getRosterMemberId();
        String idField = field + (informational ? ".attendeeId" : ".rosterMemberId");
        Person p = expected.get(id);
        if (p == null) {
          v.add(Violation.body(idField, informational ? "is not an attendee registered for this call"
              : "is not a roster member expected at this call (on an audience team on "
                  + call.localStart.toLocalDate() + ")"));
        } else if (!seen.add(id)) {
          v.add(Violation.body(idField, p.name() + " is listed more than once"));
        }
      }
      if (r.getStatus() == AttendanceStatus.PARTIAL && Times.text(r.getNote()) == null) {
        v.add(Violation.body(field + ".note", "is required for PARTIAL: say what was missed"));
      }
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    Map<UUID, Attendance> current = new HashMap<>();
    records(call.id).forEach(a -> current.put(a.person(), a));
    for (CallAttendanceRecordInput r : records) {
      Person p = expected.get(informational ? r.getAttendeeId() : r.getRosterMemberId());
      Attendance a = current.get(p.id());
      String note = Times.text(r.getNote());
      if (a != null && a.status == Enums.map(r.getStatus(), org.lcp.session.AttendanceStatus.class) && Objects.equals(a.note, note)) {
        continue;
      }
      Map<String, Object> before = a == null ? null : snapshot(a, p);
      boolean created = a == null;
      if (created) {
        a = new Attendance();
        a.id = UUID.randomUUID();
        a.callId = call.id;
        a.rosterMemberId = p.rosterMember() ? p.id() : null;
        a.attendeeId = p.rosterMember() ? null : p.id();
        a.organizationId = p.organizationId();
      }
      a.status = Enums.map(r.getStatus(), org.lcp.session.AttendanceStatus.class);
      a.note = note;
      a.recordedAt = now;
      a.recordedBy = caller.userId();
      a.recordedByName = caller.displayName();
      if (created) {
        em.persist(a);
      }
      audit.record(before == null ? "call-attendance.recorded" : "call-attendance.corrected",
          new Subject("call-attendance", call.id, p.organizationId(), call.collaborativeId), before, snapshot(a, p),
          null);
    }
    if (call.state == CallState.SCHEDULED) {
      call.state = CallState.HELD;
      call.updatedAt = now;
    }
    em.flush();
    return new Sheet(view(call, viewer), etag(call.id));
  }

  private static Map<String, Object> snapshot(Attendance a, Person p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("status", a.status.toString());
    m.put("note", a.note);
    return m;
  }

}
