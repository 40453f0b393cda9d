package org.lcp.collaborative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.CollaborativeCreate;
import org.lcp.api.model.CollaborativePage;
import org.lcp.api.model.CollaborativeUpdate;
import org.lcp.api.model.PhaseTransitionInput;
import org.lcp.api.model.PhaseTransitionPage;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CollaborativePolicy;
import org.lcp.common.security.Filter;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;

/**
 * Collaboratives and their phases: each operation loads, authorises, changes and answers in one
 * transaction.
 */
@ApplicationScoped
public class CollaborativeService {

  static final int DEFAULT_MIN_CLINICIANS = 2;
  static final int DEFAULT_LEARNING_SESSIONS = 3;

  private final CollaborativeRepository collaboratives;
  private final PhaseTransitionRepository transitions;
  private final FacultyService faculty;
  private final AcceptedTeams acceptedTeams;
  private final SetupService setup;
  private final CollaborativePolicy policy;
  private final AuditLog audit;
  private final Event<CollaborativeCreated> created;
  private final Event<PhaseChanged> phaseChanged;

  public CollaborativeService(
      CollaborativeRepository collaboratives,
      PhaseTransitionRepository transitions,
      FacultyService faculty,
      AcceptedTeams acceptedTeams,
      SetupService setup,
      CollaborativePolicy policy,
      AuditLog audit,
      Event<CollaborativeCreated> created,
      Event<PhaseChanged> phaseChanged) {
    this.collaboratives = collaboratives;
    this.transitions = transitions;
    this.faculty = faculty;
    this.acceptedTeams = acceptedTeams;
    this.setup = setup;
    this.policy = policy;
    this.audit = audit;
    this.created = created;
    this.phaseChanged = phaseChanged;
  }

  @Transactional
  public CollaborativePage list(
      Actor actor,
      org.lcp.api.model.Phase phase,
      org.lcp.api.model.CollaborativeKind kind,
      String q,
      Integer page,
      Integer size) {
    Filter scope = policy.scope(actor).where("id", "phase = org.lcp.collaborative.Phase.DRAFT");
    Paging<Collaborative> result =
        Paging.of(
            collaboratives.search(
                scope, Enums.map(phase, Phase.class), Enums.map(kind, CollaborativeKind.class), q),
            page,
            size);
    Map<UUID, Integer> accepted =
        acceptedTeams.count(result.items().stream().map(c -> c.id).toList());
    return new CollaborativePage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(
            result.items().stream()
                .map(c -> CollaborativeMapper.toApi(c, allowed(actor, c), accepted.get(c.id)))
                .toList());
  }

  @Transactional
  public Versioned<org.lcp.api.model.Collaborative> get(Actor actor, UUID id) {
    Collaborative c = collaboratives.require(id);
    policy.requireVisible(actor, c.ref());
    return view(actor, c);
  }

  @Transactional
  public Versioned<org.lcp.api.model.Collaborative> create(Actor actor, CollaborativeCreate in) {
    policy.requireCreate(actor);
    Instant now = Instant.now();
    Collaborative c = new Collaborative();
    c.id = UUID.randomUUID();
    c.phase = Phase.DRAFT;
    c.kind = Enums.map(in.getKind(), CollaborativeKind.class);
    apply(c, settingsOf(in));
    c.createdBy = actor.userId();
    c.created(now);
    collaboratives.persist(c);
    record(c, null, Phase.DRAFT, false, null, actor);
    if (policy.leadsWhatTheyCreate(actor)) {
      faculty.assignCreator(c, actor.userId(), now);
    }
    int sessions =
        in.getLearningSessionCount() != null
            ? in.getLearningSessionCount()
            : c.kind == CollaborativeKind.LEARNING_COMMUNITY ? 0 : DEFAULT_LEARNING_SESSIONS;
    audit.record("collaborative.created", Subject.collaborative(c.id), null, c.snapshot(), null);
    created.fire(new CollaborativeCreated(c.id, c.kind, sessions));
    collaboratives.flush();
    return Versioned.of(c.version, CollaborativeMapper.toApi(c, allowedAsCreator(actor, c), 0));
  }

  @Transactional
  public Versioned<org.lcp.api.model.Collaborative> update(
      Actor actor, UUID id, String ifMatch, CollaborativeUpdate in) {
    Collaborative c = collaboratives.require(id);
    policy.requireChangeAsLead(actor, c.ref());
    ETags.require(ifMatch, c.version);
    CollaborativeKind kind = Enums.map(in.getKind(), CollaborativeKind.class);
    if (kind != c.kind && !c.isDraft()) {
      throw ApiException.conflict(
          "the kind can only change while the collaborative is a DRAFT; it is " + c.phase);
    }
    requireRoomForAccepted(c, in.getCapacity());
    Map<String, Object> before = c.snapshot();
    c.kind = kind;
    apply(c, in);
    if (needsWindow(c.kind, c.phase)
        && (c.applicationsOpenAt == null || c.applicationsCloseAt == null)) {
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
    audit.record(
        "collaborative.updated",
        Subject.collaborative(c.id),
        d.get("before"),
        d.get("after"),
        null);
    collaboratives.flush();
    return view(actor, c);
  }

  /**
   * A capacity may not fall below the teams already accepted (409). The collaborative is locked
   * first, as a decision that counts its places locks it, so that neither misses the other.
   */
  private void requireRoomForAccepted(Collaborative c, Integer capacity) {
    if (capacity == null || capacity.equals(c.capacity)) {
      return;
    }
    collaboratives.requireLocked(c.id);
    int accepted = acceptedTeams.count(List.of(c.id)).get(c.id);
    if (capacity < accepted) {
      throw ApiException.conflict(
          ProblemTypes.CONFLICT,
          "the capacity cannot be "
              + capacity
              + ": "
              + accepted
              + " teams are already accepted; set it to at least "
              + accepted
              + " (or leave it empty for no limit)",
          Map.of("acceptedTeams", accepted, "capacity", capacity));
    }
  }

  /**
   * A new collaborative's settings, as an update would give them (the clinicians' minimum
   * defaults).
   */
  private static CollaborativeUpdate settingsOf(CollaborativeCreate in) {
    return new CollaborativeUpdate()
        .kind(in.getKind())
        .title(in.getTitle())
        .practice(in.getPractice())
        .description(in.getDescription())
        .applicationsOpenAt(in.getApplicationsOpenAt())
        .applicationsCloseAt(in.getApplicationsCloseAt())
        .startDate(in.getStartDate())
        .endDate(in.getEndDate())
        .capacity(in.getCapacity())
        .minClinicians(
            in.getMinClinicians() == null ? DEFAULT_MIN_CLINICIANS : in.getMinClinicians());
  }

  private static void apply(Collaborative c, CollaborativeUpdate in) {
    Instant openAt = Times.instant(in.getApplicationsOpenAt());
    Instant closeAt = Times.instant(in.getApplicationsCloseAt());
    LocalDate start = in.getStartDate();
    LocalDate end = in.getEndDate();
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
    c.title = in.getTitle().trim();
    c.practice = in.getPractice().trim();
    c.description = Times.text(in.getDescription());
    c.applicationsOpenAt = openAt;
    c.applicationsCloseAt = closeAt;
    c.startDate = start;
    c.endDate = end;
    c.capacity = in.getCapacity();
    c.minClinicians = in.getMinClinicians();
  }

  private static boolean needsWindow(CollaborativeKind kind, Phase phase) {
    List<Phase> path = Phases.path(kind);
    return path.contains(Phase.APPLICATIONS_OPEN)
        && path.indexOf(phase) >= path.indexOf(Phase.APPLICATIONS_OPEN)
        && path.indexOf(phase) <= path.indexOf(Phase.REVIEW);
  }

  // ---- phases -----------------------------------------------------------------------------------

  @Transactional
  public PhaseTransitionPage transitions(Actor actor, UUID id, Integer page, Integer size) {
    Collaborative c = collaboratives.require(id);
    policy.requireVisible(actor, c.ref());
    Paging<PhaseTransition> result = Paging.of(transitions.ofCollaborative(c.id), page, size);
    return new PhaseTransitionPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(CollaborativeMapper::toApi).toList());
  }

  /**
   * Moves the collaborative to another phase, for an admin or its lead faculty; only admins move it
   * back, with a reason.
   */
  @Transactional
  public Versioned<org.lcp.api.model.Collaborative> transition(
      Actor actor, UUID id, String ifMatch, PhaseTransitionInput in) {
    Collaborative c = collaboratives.require(id);
    policy.requireTransition(actor, c.ref());
    ETags.require(ifMatch, c.version);
    Phase to = Enums.map(in.getTo(), Phase.class);
    Phase from = c.phase;
    String reason = Times.text(in.getReason());
    List<Phase> allowed = allowed(actor, c);
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
      throw ApiException.conflict(
          ProblemTypes.INVALID_TRANSITION,
          "cannot move from "
              + from
              + " to "
              + to
              + ": "
              + why
              + "; allowed now: "
              + (allowed.isEmpty() ? "none" : allowed),
          Map.of(
              "currentPhase",
              from.toString(),
              "allowedTransitions",
              allowed.stream().map(Phase::toString).toList()));
    }
    if (reopen && reason == null) {
      throw ApiException.invalid(
          "reason", "is required to move a collaborative back to an earlier phase");
    }
    if (!reopen) {
      setup.requireReadyFor(c, to);
    }
    c.phase = to;
    c.updatedAt = Instant.now();
    record(c, from, to, reopen, reason, actor);
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("phase", from.toString());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("phase", to.toString());
    audit.record(
        reopen ? "collaborative.reopened" : "collaborative.phase-changed",
        Subject.collaborative(c.id),
        before,
        after,
        reason);
    collaboratives.flush();
    phaseChanged.fire(new PhaseChanged(c.id, from, to));
    return view(actor, c);
  }

  private void record(
      Collaborative c, Phase from, Phase to, boolean reopen, String reason, Actor actor) {
    PhaseTransition t = new PhaseTransition();
    t.id = UUID.randomUUID();
    t.collaborativeId = c.id;
    t.fromPhase = from;
    t.toPhase = to;
    t.reopen = reopen;
    t.reason = reason;
    t.actorUserId = actor.userId();
    t.actorName = actor.displayName();
    t.at = Instant.now();
    transitions.persist(t);
  }

  // ---- views ------------------------------------------------------------------------------------

  private Versioned<org.lcp.api.model.Collaborative> view(Actor actor, Collaborative c) {
    return Versioned.of(
        c.version,
        CollaborativeMapper.toApi(
            c, allowed(actor, c), acceptedTeams.count(List.of(c.id)).get(c.id)));
  }

  /** The phases this actor may move the collaborative to now. */
  private List<Phase> allowed(Actor actor, Collaborative c) {
    return Phases.allowed(
        c.kind, c.phase, policy.mayMoveForward(actor, c.id), policy.mayMoveBack(actor));
  }

  /** Right after creation the creator leads it (its faculty assignment is not read back yet). */
  private List<Phase> allowedAsCreator(Actor actor, Collaborative c) {
    return Phases.allowed(c.kind, c.phase, true, policy.mayMoveBack(actor));
  }
}
