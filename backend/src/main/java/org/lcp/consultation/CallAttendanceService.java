package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.lcp.api.model.CallAttendanceInput;
import org.lcp.api.model.CallAttendanceRecordInput;
import org.lcp.api.model.CallAttendanceSheet;
import org.lcp.api.model.CallAttendee;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeKind;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.security.CallPolicy;
import org.lcp.common.security.Directory;
import org.lcp.common.security.Filter;
import org.lcp.common.security.Refs.CallRef;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.organization.OrganizationRepository;
import org.lcp.session.AttendanceStatus;
import org.lcp.team.RosterRepository;
import org.lcp.team.Team;
import org.lcp.team.Team.RosterMember;
import org.lcp.team.TeamRepository;
import org.lcp.team.TeamRole;

/**
 * Attendance at calls: who was expected (the audience's roster members on the call's date, or the
 * attendees of the CONFIRMED registrations of an informational call or a webinar) and who attended.
 * Recording it marks the call held.
 */
@ApplicationScoped
public class CallAttendanceService {

  private final CallRepository calls;
  private final CallAttendanceRepository attendance;
  private final RegistrationRepository registrations;
  private final CollaborativeRepository collaboratives;
  private final TeamRepository teams;
  private final RosterRepository rosters;
  private final OrganizationRepository organizations;
  private final CallPolicy policy;
  private final AuditLog audit;
  private final Directory.Communities communities;
  private final AppUserRepository users;

  public CallAttendanceService(
      CallRepository calls,
      CallAttendanceRepository attendance,
      RegistrationRepository registrations,
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      RosterRepository rosters,
      OrganizationRepository organizations,
      CallPolicy policy,
      AuditLog audit,
      Directory.Communities communities,
      AppUserRepository users) {
    this.calls = calls;
    this.attendance = attendance;
    this.registrations = registrations;
    this.collaboratives = collaboratives;
    this.teams = teams;
    this.rosters = rosters;
    this.organizations = organizations;
    this.policy = policy;
    this.audit = audit;
    this.communities = communities;
    this.users = users;
  }

  /** How a call's attendance names a person. */
  enum Named {
    /** A roster member: a consultation call of a learning collaborative. */
    ROSTER("rosterMemberId"),
    /** A registered attendee: an informational call or a webinar. */
    ATTENDEE("attendeeId"),
    /** A member's row: a learning community's call. */
    COMMUNITY("communityMemberId");

    final String field;

    Named(String field) {
      this.field = field;
    }

    UUID of(CallAttendanceRecordInput r) {
      return switch (this) {
        case ROSTER -> r.getRosterMemberId();
        case ATTENDEE -> r.getAttendeeId();
        case COMMUNITY -> r.getCommunityMemberId();
      };
    }

    static int given(CallAttendanceRecordInput r) {
      return (r.getRosterMemberId() == null ? 0 : 1)
          + (r.getAttendeeId() == null ? 0 : 1)
          + (r.getCommunityMemberId() == null ? 0 : 1);
    }
  }

  /** One person expected at a call ({@code userId}: a community member's account). */
  record Person(
      UUID id,
      Named named,
      UUID userId,
      UUID teamId,
      UUID organizationId,
      String organizationName,
      String name,
      String email,
      TeamRole role) {}

  /** The sheet: everyone expected whom the actor may see, with what was recorded. */
  @Transactional
  public Versioned<CallAttendanceSheet> sheet(Actor actor, UUID callId) {
    Call call = calls.require(callId);
    Collaborative c = collaboratives.require(call.collaborativeId);
    CallRef ref = call.ref(c.ref());
    CallPolicy.Viewer viewer = policy.requireVisible(actor, ref, "call");
    return view(actor, call, c, ref, viewer);
  }

  /** Records (or corrects) attendance of some of the people expected, with the sheet's ETag. */
  @Transactional
  public Versioned<CallAttendanceSheet> record(
      Actor actor, UUID callId, String ifMatch, CallAttendanceInput in) {
    Call call = calls.requireLocked(callId);
    Collaborative c = collaboratives.require(call.collaborativeId);
    CallRef ref = call.ref(c.ref());
    CallPolicy.Viewer viewer =
        policy.requireTakeAttendance(actor, ref, call.details.facilitatorUserId);
    ETags.require(ifMatch, attendance.etag(call.id));
    Instant now = Instant.now();
    if (call.state == CallState.CANCELLED) {
      throw ApiException.conflict(
          "the call of " + call.localStart.toLocalDate() + " was cancelled");
    }
    if (!call.hasStarted(now)) {
      throw ApiException.conflict(
          "the call starts at " + call.startsAt + "; attendance is taken once it has started");
    }
    Named named = named(call, c);
    Map<UUID, Person> expected = new LinkedHashMap<>();
    expected(call, named).forEach(p -> expected.put(p.id(), p));
    List<CallAttendanceRecordInput> records = in.getRecords();
    check(call, named, records, expected);
    Map<UUID, CallAttendance> current = new HashMap<>();
    attendance.ofCall(call.id).forEach(a -> current.put(a.person(), a));
    for (CallAttendanceRecordInput r : records) {
      Person p = expected.get(named.of(r));
      CallAttendance a = current.get(p.id());
      AttendanceStatus status = Enums.map(r.getStatus(), AttendanceStatus.class);
      String note = Times.text(r.getNote());
      if (a != null && a.status == status && Objects.equals(a.note, note)) {
        continue;
      }
      Map<String, Object> before = a == null ? null : snapshot(a, p);
      if (a == null) {
        a = new CallAttendance();
        a.id = UUID.randomUUID();
        a.callId = call.id;
        a.rosterMemberId = p.named() == Named.ROSTER ? p.id() : null;
        a.attendeeId = p.named() == Named.ATTENDEE ? p.id() : null;
        a.communityMemberId = p.named() == Named.COMMUNITY ? p.id() : null;
        a.organizationId = p.organizationId();
      }
      a.status = status;
      a.note = note;
      a.recordedAt = now;
      a.recordedBy = actor.userId();
      a.recordedByName = actor.displayName();
      if (before == null) {
        attendance.persist(a);
      }
      audit.record(
          before == null ? "call-attendance.recorded" : "call-attendance.corrected",
          new Subject("call-attendance", call.id, p.organizationId(), call.collaborativeId),
          before,
          snapshot(a, p),
          null);
    }
    if (call.state == CallState.SCHEDULED) {
      call.state = CallState.HELD;
      call.updatedAt = now;
    }
    attendance.flush();
    return view(actor, call, c, ref, viewer);
  }

  /** Refuses the records (naming every bad one) unless each names one person expected, once. */
  private static void check(
      Call call, Named named, List<CallAttendanceRecordInput> records, Map<UUID, Person> expected) {
    List<Violation> v = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      CallAttendanceRecordInput r = records.get(i);
      String field = "records[" + i + "]";
      if (Named.given(r) != 1) {
        v.add(
            Violation.body(
                field, "give exactly one of rosterMemberId, attendeeId and communityMemberId"));
      } else if (named.of(r) == null) {
        v.add(
            Violation.body(
                field + "." + other(r).field,
                switch (named) {
                  case ATTENDEE ->
                      "an informational call's or a webinar's attendance names registered"
                          + " attendees (attendeeId)";
                  case COMMUNITY ->
                      "a learning community's call names its members (communityMemberId)";
                  case ROSTER ->
                      "a consultation call's attendance names roster members (rosterMemberId)";
                }));
      } else {
        UUID id = named.of(r);
        String idField = field + "." + named.field;
        Person p = expected.get(id);
        if (p == null) {
          v.add(
              Violation.body(
                  idField,
                  switch (named) {
                    case ATTENDEE ->
                        "is not an attendee of a CONFIRMED registration for this call (attendees"
                            + " still on a webinar's waitlist are not expected)";
                    case COMMUNITY ->
                        "is not a member of the community who was ACTIVE when the call started";
                    case ROSTER ->
                        "is not a roster member expected at this call (on an audience team on "
                            + call.localStart.toLocalDate()
                            + ")";
                  }));
        } else if (!seen.add(id)) {
          v.add(Violation.body(idField, p.name() + " is listed more than once"));
        }
      }
      if (r.getStatus() == org.lcp.api.model.AttendanceStatus.PARTIAL
          && Times.text(r.getNote()) == null) {
        v.add(Violation.body(field + ".note", "is required for PARTIAL: say what was missed"));
      }
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
  }

  /** The one way a record names its person (exactly one is given). */
  private static Named other(CallAttendanceRecordInput r) {
    return r.getRosterMemberId() != null
        ? Named.ROSTER
        : r.getAttendeeId() != null ? Named.ATTENDEE : Named.COMMUNITY;
  }

  /** How the call's attendance names people: by its kind and its collaborative's. */
  private static Named named(Call call, Collaborative c) {
    if (call.isInformational()) {
      return Named.ATTENDEE;
    }
    return c.kind == CollaborativeKind.LEARNING_COMMUNITY ? Named.COMMUNITY : Named.ROSTER;
  }

  /** Everyone expected at the call, by organisation then name. */
  private List<Person> expected(Call call, Named named) {
    List<Person> people =
        switch (named) {
          case ATTENDEE -> registered(call);
          case COMMUNITY -> members(call);
          case ROSTER -> onRoster(call);
        };
    people.sort(
        Comparator.comparing(
                (Person p) ->
                    p.organizationName() == null
                        ? "\uffff"
                        : p.organizationName().toLowerCase(Locale.ROOT))
            .thenComparing(p -> p.name().toLowerCase(Locale.ROOT))
            .thenComparing(Person::id));
    return people;
  }

  /**
   * The attendees the organisations registered for an informational call or a webinar: those of
   * CONFIRMED registrations only (a webinar's WAITLISTED ones never got a seat, so nobody expects
   * them).
   */
  private List<Person> registered(Call call) {
    Map<UUID, CallRegistration> confirmed = new HashMap<>();
    registrations.ofCall(call.id, Filter.ALL).stream()
        .filter(r -> r.status == CallRegistration.Status.CONFIRMED)
        .forEach(r -> confirmed.put(r.id, r));
    Set<UUID> orgs = new HashSet<>();
    confirmed.values().stream()
        .filter(r -> r.organizationId != null)
        .forEach(r -> orgs.add(r.organizationId));
    Map<UUID, String> names = organizations.names(orgs);
    List<Person> people = new ArrayList<>();
    for (CallRegistration.Attendee a : registrations.attendees(confirmed.keySet())) {
      CallRegistration r = confirmed.get(a.registrationId);
      UUID org = r.organizationId;
      // a registration made on its own (a webinar's, no organisation) is its registrant's
      people.add(
          new Person(
              a.id,
              Named.ATTENDEE,
              org == null ? r.registeredBy : null,
              null,
              org,
              org == null ? null : names.get(org),
              a.name,
              a.email,
              null));
    }
    return people;
  }

  /** The roster members of the audience's teams on the call's date. */
  private List<Person> onRoster(Call call) {
    LocalDate day = call.localStart.toLocalDate();
    List<Team> audience =
        call.details.audience == CallAudience.TEAM
            ? teams
                .findByIdOptional(call.details.teamId)
                .filter(t -> t.collaborativeId.equals(call.collaborativeId))
                .stream()
                .toList()
            : teams.ofCollaborative(call.collaborativeId);
    Map<UUID, UUID> organizationOf = new HashMap<>();
    audience.forEach(t -> organizationOf.put(t.id, t.organizationId));
    Map<UUID, String> names = organizations.names(new HashSet<>(organizationOf.values()));
    List<Person> people = new ArrayList<>();
    for (RosterMember m : rosters.ofTeams(organizationOf.keySet())) {
      if (m.currentOn(day)) {
        UUID org = organizationOf.get(m.teamId);
        people.add(
            new Person(
                m.id, Named.ROSTER, null, m.teamId, org, names.get(org), m.name, m.email, m.role));
      }
    }
    return people;
  }

  /**
   * The community's members who were ACTIVE when the call started (for a call still to come, its
   * members now who joined before it starts).
   */
  private List<Person> members(Call call) {
    List<Directory.CommunityPerson> rows =
        communities.activeAt(call.collaborativeId, call.startsAt);
    Set<UUID> orgs = new HashSet<>();
    rows.forEach(
        m -> {
          if (m.organizationId() != null) {
            orgs.add(m.organizationId());
          }
        });
    Map<UUID, String> names = organizations.names(orgs);
    Map<UUID, String> emails = new HashMap<>();
    if (!rows.isEmpty()) {
      users
          .list("id in ?1", rows.stream().map(Directory.CommunityPerson::userId).toList())
          .forEach(u -> emails.put(u.id, u.email));
    }
    List<Person> people = new ArrayList<>();
    for (Directory.CommunityPerson m : rows) {
      people.add(
          new Person(
              m.memberId(),
              Named.COMMUNITY,
              m.userId(),
              null,
              m.organizationId(),
              names.get(m.organizationId()),
              m.name(),
              Objects.requireNonNullElse(emails.get(m.userId()), ""),
              null));
    }
    return people;
  }

  private Versioned<CallAttendanceSheet> view(
      Actor actor, Call call, Collaborative c, CallRef ref, CallPolicy.Viewer viewer) {
    Map<UUID, CallAttendance> byPerson = new HashMap<>();
    attendance.ofCall(call.id).forEach(a -> byPerson.put(a.person(), a));
    UUID facilitator = call.details.facilitatorUserId;
    // a community's members: its facilitator and stewards see everyone, a member their own row
    boolean recorder = policy.mayTakeAttendance(actor, ref, facilitator);
    boolean everyone = viewer.all() || policy.facilitates(actor, ref, facilitator);
    List<CallAttendee> people =
        expected(call, named(call, c)).stream()
            .filter(
                p ->
                    p.named() == Named.COMMUNITY
                        ? everyone || p.userId().equals(actor.userId())
                        : viewer.seesRegistration(p.organizationId(), p.userId()))
            .map(p -> attendee(p, byPerson.get(p.id())))
            .toList();
    CallAttendanceSheet sheet =
        new CallAttendanceSheet()
            .callId(call.id)
            .kind(Enums.map(call.kind, org.lcp.api.model.CallKind.class))
            .state(Enums.map(call.state, org.lcp.api.model.CallState.class))
            .recordable(
                recorder && call.state != CallState.CANCELLED && call.hasStarted(Instant.now()))
            .people(people);
    return Versioned.tagged(attendance.etag(call.id), sheet);
  }

  private static CallAttendee attendee(Person p, CallAttendance a) {
    return new CallAttendee()
        .rosterMemberId(p.named() == Named.ROSTER ? p.id() : null)
        .attendeeId(p.named() == Named.ATTENDEE ? p.id() : null)
        .communityMemberId(p.named() == Named.COMMUNITY ? p.id() : null)
        .teamId(p.teamId())
        .organizationId(p.organizationId())
        .organizationName(p.organizationName())
        .name(p.name())
        .email(p.email())
        .role(Enums.map(p.role(), org.lcp.api.model.TeamRole.class))
        .status(a == null ? null : Enums.map(a.status, org.lcp.api.model.AttendanceStatus.class))
        .note(a == null ? null : a.note)
        .recordedAt(a == null ? null : Times.utc(a.recordedAt))
        .recordedBy(a == null ? null : a.recordedByName);
  }

  private static Map<String, Object> snapshot(CallAttendance a, Person p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("status", a.status.toString());
    m.put("note", a.note);
    return m;
  }
}
