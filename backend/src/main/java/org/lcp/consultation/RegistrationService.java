package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.CallRegistrationAttendeeInput;
import org.lcp.api.model.CallRegistrationInput;
import org.lcp.api.model.CallRegistrationPage;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CallPolicy;
import org.lcp.common.security.Refs.CallRef;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Versioned;
import org.lcp.consultation.CallRegistration.Attendee;
import org.lcp.organization.OrganizationRepository;
import org.lcp.session.AttendanceStatus;

/**
 * Organisations registering interest in informational calls and webinars, naming who will join; a
 * person registering for a webinar on their own.
 */
@ApplicationScoped
public class RegistrationService {

  private final RegistrationRepository registrations;
  private final CallRepository calls;
  private final CallAttendanceRepository attendance;
  private final CollaborativeRepository collaboratives;
  private final OrganizationRepository organizations;
  private final CallPolicy policy;
  private final AuditLog audit;
  private final Waitlist waitlist;

  public RegistrationService(
      RegistrationRepository registrations,
      CallRepository calls,
      CallAttendanceRepository attendance,
      CollaborativeRepository collaboratives,
      OrganizationRepository organizations,
      CallPolicy policy,
      AuditLog audit,
      Waitlist waitlist) {
    this.registrations = registrations;
    this.calls = calls;
    this.attendance = attendance;
    this.collaboratives = collaboratives;
    this.organizations = organizations;
    this.policy = policy;
    this.audit = audit;
    this.waitlist = waitlist;
  }

  /**
   * The registrations of a call the actor may see (every one for its faculty, else their
   * organisations'), by name.
   */
  @Transactional
  public CallRegistrationPage list(Actor actor, UUID callId, Integer page, Integer size) {
    Call call = calls.require(callId);
    CallPolicy.Viewer viewer = policy.requireVisible(actor, ref(call), "call");
    // sorted by organisation name, which the organization package keeps: few rows per call, paged
    // here
    Paging<org.lcp.api.model.CallRegistration> all =
        views(
            registrations.ofCall(
                call.id, viewer.whereRegistration("organizationId", "registeredBy")),
            page,
            size);
    return new CallRegistrationPage()
        .items(all.items())
        .page(all.page())
        .size(all.size())
        .total(all.total());
  }

  @Transactional
  public Versioned<org.lcp.api.model.CallRegistration> register(
      Actor actor, UUID callId, CallRegistrationInput in) {
    Call call = calls.requireLocked(callId);
    UUID organization = in.getOrganizationId();
    policy.requireRegister(actor, ref(call), organization);
    if (organization != null && organizations.findByIdOptional(organization).isEmpty()) {
      throw ApiException.invalid("organizationId", "is not a registered organisation");
    }
    requireOpenForRegistration(call);
    if (organization == null && !call.isWebinar()) {
      throw ApiException.invalid(
          "organizationId",
          "is required: an organisation registers for an informational call (only a webinar"
              + " takes a person on their own)");
    }
    requireDistinct(in.getAttendees());
    if (organization == null
        ? registrations.existsPersonal(call.id, actor.userId())
        : registrations.exists(call.id, organization)) {
      throw ApiException.conflict(
          (organization == null
                  ? "you have already registered for the call on your own"
                  : "this organisation has already registered for the call")
              + "; change that registration instead");
    }
    CallRegistration r = new CallRegistration();
    r.id = UUID.randomUUID();
    r.callId = call.id;
    r.organizationId = organization;
    r.registeredBy = actor.userId();
    r.registeredByName = actor.displayName();
    r.status = waitlist.place(call, in.getAttendees().size());
    r.created(Instant.now());
    registrations.persist(r);
    replaceAttendees(r, in.getAttendees());
    audit.record(
        "call-registration.created", subject(call, r), null, snapshot(in.getAttendees()), null);
    registrations.flush();
    return view(r);
  }

  @Transactional
  public Versioned<org.lcp.api.model.CallRegistration> update(
      Actor actor,
      UUID callId,
      UUID registrationId,
      String ifMatch,
      List<CallRegistrationAttendeeInput> attendees) {
    Call call = calls.requireLocked(callId);
    CallRegistration r = own(actor, call, registrationId);
    ETags.require(ifMatch, r.version);
    requireOpenForRegistration(call);
    requireDistinct(attendees);
    waitlist.requireFits(call, r, attendees.size());
    Map<String, Object> before = snapshotOf(registrations.attendees(List.of(r.id)));
    replaceAttendees(r, attendees);
    r.updatedAt = Instant.now();
    audit.record("call-registration.updated", subject(call, r), before, snapshot(attendees), null);
    registrations.flush();
    promote(call);
    return view(r);
  }

  @Transactional
  public void withdraw(Actor actor, UUID callId, UUID registrationId) {
    Call call = calls.requireLocked(callId);
    CallRegistration r = own(actor, call, registrationId);
    requireOpenForRegistration(call);
    Map<String, Object> before = snapshotOf(registrations.attendees(List.of(r.id)));
    registrations.withdraw(r);
    audit.record("call-registration.withdrawn", subject(call, r), before, null, null);
    registrations.flush();
    promote(call);
  }

  /** Confirms the waitlisted registrations that fit now; each promotion is audited. */
  private void promote(Call call) {
    if (!call.isWebinar()) {
      return;
    }
    for (CallRegistration p :
        waitlist.promote(call, collaboratives.require(call.collaborativeId).title)) {
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("status", p.status.toString());
      audit.record(
          "call-registration.promoted",
          subject(call, p),
          Map.of("status", "WAITLISTED"),
          after,
          null);
    }
  }

  /** A registration of the call that the actor may change. */
  private CallRegistration own(Actor actor, Call call, UUID registrationId) {
    CallRef ref = ref(call);
    policy.requireVisible(actor, ref, "call");
    CallRegistration r = registrations.requireOnCall(call.id, registrationId);
    policy.requireRegistrationChange(actor, ref, r.id, r.organizationId, r.registeredBy);
    return r;
  }

  private CallRef ref(Call call) {
    return call.ref(collaboratives.require(call.collaborativeId).ref());
  }

  private static void requireOpenForRegistration(Call call) {
    if (!call.isInformational()) {
      throw ApiException.conflict(
          "only informational calls and webinars take registrations; this is a "
              + call.kind
              + " call");
    }
    if (call.state != CallState.SCHEDULED) {
      throw ApiException.conflict(
          "the call is " + call.state + "; registrations are for scheduled calls");
    }
    if (call.hasStarted(Instant.now())) {
      throw ApiException.conflict(
          "the call started at " + call.startsAt + "; registrations close when it starts");
    }
  }

  private static void requireDistinct(List<CallRegistrationAttendeeInput> attendees) {
    List<Violation> v = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < attendees.size(); i++) {
      if (!seen.add(attendees.get(i).getEmail().trim().toLowerCase(Locale.ROOT))) {
        v.add(Violation.body("attendees[" + i + "].email", "is listed twice"));
      }
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
  }

  /** Attendees are matched by e-mail: one kept keeps its id. */
  private void replaceAttendees(CallRegistration r, List<CallRegistrationAttendeeInput> input) {
    Map<String, Attendee> current = new HashMap<>();
    registrations
        .attendees(List.of(r.id))
        .forEach(a -> current.put(a.email.toLowerCase(Locale.ROOT), a));
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
        registrations.persistAttendee(a);
      }
    }
    current.forEach(
        (key, a) -> {
          if (!kept.contains(key)) {
            registrations.removeAttendee(a);
          }
        });
  }

  private Versioned<org.lcp.api.model.CallRegistration> view(CallRegistration r) {
    return Versioned.of(r.version, views(List.of(r), 0, 1).items().get(0));
  }

  /**
   * One page of these registrations as the API shows them, by organisation name (a person's own,
   * without one, by their name after them).
   */
  private Paging<org.lcp.api.model.CallRegistration> views(
      List<CallRegistration> rows, Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    Map<UUID, String> names =
        organizations.names(
            rows.stream().map(r -> r.organizationId).filter(o -> o != null).distinct().toList());
    List<CallRegistration> sorted =
        rows.stream()
            .sorted(
                Comparator.comparing((CallRegistration r) -> r.organizationId == null)
                    .thenComparing(
                        r ->
                            (r.organizationId == null
                                    ? String.valueOf(r.registeredByName)
                                    : names.get(r.organizationId))
                                .toLowerCase(Locale.ROOT))
                    .thenComparing(r -> r.id.toString()))
            .skip((long) p * s)
            .limit(s)
            .toList();
    Map<UUID, List<Attendee>> byRegistration = new HashMap<>();
    registrations
        .attendees(sorted.stream().map(r -> r.id).toList())
        .forEach(
            a -> byRegistration.computeIfAbsent(a.registrationId, k -> new ArrayList<>()).add(a));
    // a waitlisted registration's place in line (1: next to get a seat): the call's waitlist, read
    // once, only when one on this page waits (every row is of one call)
    Map<UUID, Integer> positions = new HashMap<>();
    sorted.stream()
        .filter(r -> r.status == CallRegistration.Status.WAITLISTED)
        .findFirst()
        .ifPresent(
            w -> {
              List<CallRegistration> line = registrations.waitlist(w.callId);
              for (int i = 0; i < line.size(); i++) {
                positions.put(line.get(i).id, i + 1);
              }
            });
    Map<UUID, AttendanceStatus> status = new HashMap<>();
    attendance
        .ofAttendees(byRegistration.values().stream().flatMap(List::stream).map(a -> a.id).toList())
        .forEach(a -> status.put(a.attendeeId, a.status));
    return new Paging<>(
        sorted.stream()
            .map(
                r ->
                    CallViews.toApi(
                        r,
                        byRegistration.getOrDefault(r.id, List.of()),
                        status,
                        r.organizationId == null ? null : names.get(r.organizationId),
                        positions.get(r.id)))
            .toList(),
        p,
        s,
        rows.size());
  }

  private static Subject subject(Call call, CallRegistration r) {
    return new Subject("call-registration", r.id, r.organizationId, call.collaborativeId);
  }

  private static Map<String, Object> snapshot(List<CallRegistrationAttendeeInput> attendees) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "attendees",
        attendees.stream()
            .map(a -> a.getName().trim() + " <" + a.getEmail().trim() + ">")
            .toList());
    return m;
  }

  private static Map<String, Object> snapshotOf(List<Attendee> attendees) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("attendees", attendees.stream().map(a -> a.name + " <" + a.email + ">").toList());
    return m;
  }
}
