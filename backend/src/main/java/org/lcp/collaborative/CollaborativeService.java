package org.lcp.collaborative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.lcp.api.model.CollaborativeCreate;
import org.lcp.api.model.CollaborativeKind;
import org.lcp.api.model.CollaborativeUpdate;
import org.lcp.api.model.FacultyAssignmentInput;
import org.lcp.api.model.Phase;
import org.lcp.api.model.PhaseTransitionInput;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.error.Violation;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.security.Caller;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;

/** Collaboratives, their phases and their faculty: the rules and the transactions. */
@ApplicationScoped
public class CollaborativeService {

  static final int DEFAULT_MIN_CLINICIANS = 2;
  static final int DEFAULT_LEARNING_SESSIONS = 3;

  private final CollaborativeRepository collaboratives;
  private final FacultyRepository faculty;
  private final PhaseTransitionRepository transitions;
  private final AppUserRepository users;
  private final AuditLog audit;
  private final Event<CollaborativeCreated> created;

  public CollaborativeService(CollaborativeRepository collaboratives, FacultyRepository faculty,
      PhaseTransitionRepository transitions, AppUserRepository users, AuditLog audit,
      Event<CollaborativeCreated> created) {
    this.collaboratives = collaboratives;
    this.faculty = faculty;
    this.transitions = transitions;
    this.users = users;
    this.audit = audit;
    this.created = created;
  }

  @Transactional
  public Paging<Collaborative> list(Caller caller, Phase phase, CollaborativeKind kind, String q, Integer page,
      Integer size) {
    return Paging.of(collaboratives.search(phase, kind, q, caller.userId(), caller.isAdmin()), page, size);
  }

  /** Accepted applications of several collaboratives, in one query. */
  @Transactional
  public Map<UUID, Integer> acceptedTeams(List<UUID> ids) {
    Map<UUID, Integer> counts = new java.util.HashMap<>();
    ids.forEach(id -> counts.put(id, 0));
    if (!ids.isEmpty()) {
      collaboratives.getEntityManager().createQuery("select a.collaborativeId, count(a) from Application a "
              + "where a.collaborativeId in :ids and a.status = org.lcp.api.model.ApplicationStatus.ACCEPTED "
              + "group by a.collaborativeId", Object[].class)
          .setParameter("ids", ids).getResultList()
          .forEach(r -> counts.put((UUID) r[0], ((Long) r[1]).intValue()));
    }
    return counts;
  }

  @Transactional
  public Collaborative get(UUID id) {
    return collaboratives.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("collaborative", id));
  }

  @Transactional
  public Collaborative create(Caller caller, CollaborativeCreate in) {
    Instant now = Instant.now();
    Collaborative c = new Collaborative();
    c.id = UUID.randomUUID();
    c.phase = Phase.DRAFT;
    c.kind = in.getKind();
    apply(c, in.getTitle(), in.getPractice(), in.getDescription(), Times.instant(in.getApplicationsOpenAt()),
        Times.instant(in.getApplicationsCloseAt()), in.getStartDate(),
        in.getEndDate(), in.getCapacity(), in.getMinClinicians() == null ? DEFAULT_MIN_CLINICIANS
            : in.getMinClinicians());
    c.createdBy = caller.userId();
    c.created(now);
    collaboratives.persist(c);
    record(c, null, Phase.DRAFT, false, null, caller);
    if (!caller.isAdmin() && caller.userId() != null) {
      // a faculty member who sets one up leads it
      FacultyAssignment lead = newAssignment(c.id, users.findById(caller.userId()), true, now);
      faculty.persist(lead);
    }
    int sessions = in.getLearningSessionCount() != null ? in.getLearningSessionCount()
        : in.getKind() == CollaborativeKind.LEARNING_COMMUNITY ? 0 : DEFAULT_LEARNING_SESSIONS;
    audit.record("collaborative.created", Subject.collaborative(c.id), null, c.snapshot(), null);
    created.fire(new CollaborativeCreated(c.id, c.kind, sessions));
    return c;
  }

  @Transactional
  public Collaborative update(UUID id, String ifMatch, CollaborativeUpdate in) {
    Collaborative c = get(id);
    ETags.require(ifMatch, c.version);
    requireOpen(c);
    if (in.getKind() != c.kind && !c.isDraft()) {
      throw ApiException.conflict("the kind can only change while the collaborative is a DRAFT; it is " + c.phase);
    }
    Map<String, Object> before = c.snapshot();
    c.kind = in.getKind();
    apply(c, in.getTitle(), in.getPractice(), in.getDescription(), Times.instant(in.getApplicationsOpenAt()),
        Times.instant(in.getApplicationsCloseAt()), in.getStartDate(), in.getEndDate(), in.getCapacity(),
        in.getMinClinicians());
    if (needsWindow(c.kind, c.phase) && (c.applicationsOpenAt == null || c.applicationsCloseAt == null)) {
      List<Violation> v = new ArrayList<>();
      if (c.applicationsOpenAt == null) {
        v.add(Violation.body("applicationsOpenAt", "is required once applications have opened"));
      }
      if (c.applicationsCloseAt == null) {
        v.add(Violation.body("applicationsCloseAt", "is required once applications have opened"));
      }
      throw ApiException.invalid(v);
    }
    c.updatedAt = Instant.now();
    var d = AuditLog.diff(before, c.snapshot());
    audit.record("collaborative.updated", Subject.collaborative(c.id), d.get("before"), d.get("after"), null);
    collaboratives.flush();
    return c;
  }

  private static void apply(Collaborative c, String title, String practice, String description, Instant openAt,
      Instant closeAt, LocalDate start, LocalDate end, Integer capacity, int minClinicians) {
    List<Violation> violations = new ArrayList<>();
    if (openAt != null && closeAt != null && !closeAt.isAfter(openAt)) {
      violations.add(Violation.body("applicationsCloseAt", "must be after applicationsOpenAt"));
    }
    if (start != null && end != null && end.isBefore(start)) {
      violations.add(Violation.body("endDate", "must be on or after startDate"));
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    c.title = title.trim();
    c.practice = practice.trim();
    c.description = Times.text(description);
    c.applicationsOpenAt = openAt;
    c.applicationsCloseAt = closeAt;
    c.startDate = start;
    c.endDate = end;
    c.capacity = capacity;
    c.minClinicians = minClinicians;
  }

  private static boolean needsWindow(CollaborativeKind kind, Phase phase) {
    List<Phase> path = Phases.path(kind);
    return path.contains(Phase.APPLICATIONS_OPEN) && path.indexOf(phase) >= path.indexOf(Phase.APPLICATIONS_OPEN)
        && path.indexOf(phase) <= path.indexOf(Phase.REVIEW);
  }

  /** A CLOSED collaborative is read-only, for every feature that hangs off it. */
  public static void requireOpen(Collaborative c) {
    if (c.isClosed()) {
      throw ApiException.conflict("the collaborative is CLOSED and read-only; an admin can reopen it");
    }
  }

  // ---- phases -----------------------------------------------------------------------------------

  /**
   * Moves the collaborative to another phase, for an admin or its lead faculty (the caller checks
   * that); only admins move it back, with a reason.
   */
  @Transactional
  public Collaborative transition(UUID id, String ifMatch, PhaseTransitionInput in, Caller caller) {
    Collaborative c = get(id);
    ETags.require(ifMatch, c.version);
    Phase to = in.getTo();
    Phase from = c.phase;
    String reason = Times.text(in.getReason());
    List<Phase> allowed = Phases.allowed(c.kind, from, true, caller.isAdmin());
    boolean reopen = Phases.isReopen(c.kind, from, to);
    if (!allowed.contains(to)) {
      String why;
      if (to == from) {
        why = "the collaborative is already " + from;
      } else if (!Phases.path(c.kind).contains(to)) {
        why = "a " + c.kind + " has no " + to + " phase";
      } else if (reopen) {
        why = "only admins may move a collaborative back to an earlier phase";
      } else {
        why = "phases move forward one step at a time";
      }
      throw ApiException.conflict(ProblemTypes.INVALID_TRANSITION,
          "cannot move from " + from + " to " + to + ": " + why + "; allowed now: "
              + (allowed.isEmpty() ? "none" : allowed),
          Map.of("currentPhase", from.toString(), "allowedTransitions",
              allowed.stream().map(Phase::toString).toList()));
    }
    if (reopen && reason == null) {
      throw ApiException.invalid("reason", "is required to move a collaborative back to an earlier phase");
    }
    if (to == Phase.APPLICATIONS_OPEN && (c.applicationsOpenAt == null || c.applicationsCloseAt == null)) {
      throw ApiException.conflict("set applicationsOpenAt and applicationsCloseAt before opening applications");
    }
    c.phase = to;
    c.updatedAt = Instant.now();
    record(c, from, to, reopen, reason, caller);
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("phase", from.toString());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("phase", to.toString());
    audit.record(reopen ? "collaborative.reopened" : "collaborative.phase-changed", Subject.collaborative(c.id),
        before, after, reason);
    collaboratives.flush();
    return c;
  }

  private void record(Collaborative c, Phase from, Phase to, boolean reopen, String reason, Caller caller) {
    PhaseTransition t = new PhaseTransition();
    t.id = UUID.randomUUID();
    t.collaborativeId = c.id;
    t.fromPhase = from;
    t.toPhase = to;
    t.reopen = reopen;
    t.reason = reason;
    t.actorUserId = caller == null ? null : caller.userId();
    t.actorName = caller == null ? "system" : caller.displayName();
    t.at = Instant.now();
    transitions.persist(t);
  }

  @Transactional
  public Paging<PhaseTransition> transitions(UUID collaborativeId, Integer page, Integer size) {
    return Paging.of(transitions.ofCollaborative(collaborativeId), page, size);
  }

  // ---- faculty ----------------------------------------------------------------------------------

  @Transactional
  public Paging<FacultyAssignment> faculty(UUID collaborativeId, Integer page, Integer size) {
    return Paging.of(faculty.ofCollaborative(collaborativeId), page, size);
  }

  @Transactional
  public FacultyAssignment facultyAssignment(UUID collaborativeId, UUID userId) {
    return faculty.find(collaborativeId, userId)
        .orElseThrow(() -> ApiException.notFound("faculty assignment of user", userId));
  }

  @Transactional
  public FacultyAssignment assignFaculty(UUID collaborativeId, FacultyAssignmentInput in) {
    Collaborative c = get(collaborativeId);
    requireOpen(c);
    AppUser user = users.findOrCreateByEmail(in.getEmail(), in.getName());
    if (faculty.find(collaborativeId, user.id).isPresent()) {
      throw ApiException.conflict(user.email + " is already faculty of this collaborative");
    }
    FacultyAssignment a = newAssignment(collaborativeId, user, Boolean.TRUE.equals(in.getLead()), Instant.now());
    faculty.persist(a);
    audit.record("faculty.assigned", new Subject("faculty-assignment", user.id, null, collaborativeId), null,
        facultySnapshot(a), null);
    return a;
  }

  @Transactional
  public FacultyAssignment updateFaculty(UUID collaborativeId, UUID userId, String ifMatch, boolean lead) {
    Collaborative c = get(collaborativeId);
    FacultyAssignment a = facultyAssignment(collaborativeId, userId);
    ETags.require(ifMatch, a.version);
    requireOpen(c);
    if (a.lead && !lead) {
      requireAnotherLead(a);
    }
    if (a.lead != lead) {
      Map<String, Object> before = facultySnapshot(a);
      a.lead = lead;
      a.updatedAt = Instant.now();
      audit.record("faculty.updated", new Subject("faculty-assignment", userId, null, collaborativeId), before,
          facultySnapshot(a), null);
      faculty.flush();
    }
    return a;
  }

  @Transactional
  public void unassignFaculty(UUID collaborativeId, UUID userId) {
    Collaborative c = get(collaborativeId);
    FacultyAssignment a = facultyAssignment(collaborativeId, userId);
    requireOpen(c);
    if (a.lead) {
      requireAnotherLead(a);
    }
    audit.record("faculty.unassigned", new Subject("faculty-assignment", userId, null, collaborativeId),
        facultySnapshot(a), null, null);
    faculty.delete(a);
  }

  private void requireAnotherLead(FacultyAssignment a) {
    if (faculty.countLeads(a.key.collaborativeId) <= 1) {
      throw ApiException.conflict("the collaborative needs a lead: make someone else lead first");
    }
  }

  private static FacultyAssignment newAssignment(UUID collaborativeId, AppUser user, boolean lead, Instant now) {
    FacultyAssignment a = new FacultyAssignment();
    a.key = new FacultyAssignment.Key(collaborativeId, user.id);
    a.user = user;
    a.lead = lead;
    a.assignedAt = now;
    a.updatedAt = now;
    return a;
  }

  private static Map<String, Object> facultySnapshot(FacultyAssignment a) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("email", a.user.email);
    s.put("lead", a.lead);
    return s;
  }
}
