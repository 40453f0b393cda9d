package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.lcp.api.model.ApplicationCreate;
import org.lcp.api.model.Decision;
import org.lcp.api.model.DecisionInput;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.Phase;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ApplicationPolicy;
import org.lcp.common.security.Refs.ApplicationRef;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.team.TeamService;

/**
 * An application's life: started and submitted inside the window, withdrawn by its applicants
 * before a decision, returned for changes or decided by lead faculty; an accepted one enrols its
 * organisation as a team.
 */
@ApplicationScoped
public class ApplicationLifecycleService {

  private final ApplicationRepository applications;
  private final CollaborativeRepository collaboratives;
  private final ApplicationViews views;
  private final StatusChanges statusChanges;
  private final TeamService teams;
  private final ApplicationPolicy policy;
  private final ReviewAssignments reviews;
  private final UndoWindow undoWindow;
  private final AuditLog audit;

  public ApplicationLifecycleService(
      ApplicationRepository applications,
      CollaborativeRepository collaboratives,
      ApplicationViews views,
      StatusChanges statusChanges,
      TeamService teams,
      ApplicationPolicy policy,
      ReviewAssignments reviews,
      UndoWindow undoWindow,
      AuditLog audit) {
    this.reviews = reviews;
    this.undoWindow = undoWindow;
    this.audit = audit;
    this.applications = applications;
    this.collaboratives = collaboratives;
    this.views = views;
    this.statusChanges = statusChanges;
    this.teams = teams;
    this.policy = policy;
  }

  @Transactional
  public Versioned<org.lcp.api.model.Application> create(Actor actor, ApplicationCreate in) {
    Collaborative c = collaboratives.require(in.getCollaborativeId());
    policy.requireStart(actor, in.getOrganizationId(), c.ref());
    requireWindow(c, "applications can be started");
    applications
        .find(c.id, in.getOrganizationId())
        .ifPresent(
            existing -> {
              throw ApiException.conflict(
                  "this organisation already has an application to this collaborative: "
                      + existing.id);
            });
    Application a = new Application();
    a.id = UUID.randomUUID();
    a.collaborativeId = c.id;
    a.organizationId = in.getOrganizationId();
    a.status = ApplicationStatus.DRAFT;
    a.createdBy = actor.userId();
    a.created(Instant.now());
    applications.persist(a);
    statusChanges.created(a);
    return views.view(new Loaded(a, c));
  }

  /** Applications can be started and submitted in APPLICATIONS_OPEN, inside the window. */
  private static void requireWindow(Collaborative c, String what) {
    Instant now = Instant.now();
    String none = what.replace(" can be ", " may be ");
    if (c.phase != Phase.APPLICATIONS_OPEN) {
      throw ApiException.conflict(
          "applications are not open for this collaborative (it is "
              + c.phase
              + "), so no "
              + none);
    }
    if (c.applicationsOpenAt != null && now.isBefore(c.applicationsOpenAt)) {
      throw ApiException.conflict(
          "applications open at " + c.applicationsOpenAt + "; until then no " + none);
    }
    if (c.applicationsCloseAt != null && !now.isBefore(c.applicationsCloseAt)) {
      throw ApiException.conflict("applications closed at " + c.applicationsCloseAt);
    }
  }

  /**
   * Submits a complete draft inside the window; one returned for changes may be submitted again
   * after the window closed.
   */
  @Transactional
  public Versioned<org.lcp.api.model.Application> submit(Actor actor, UUID id, String ifMatch) {
    Loaded x = changing(actor, id, ifMatch, policy::requireApplicantChange);
    Application a = x.a();
    requireDraft(a);
    if (!a.returnedForChanges) {
      requireWindow(x.c(), "applications can be submitted");
    }
    List<Violation> missing =
        ApplicationRules.missing(views.rows(a).content(a, x.c().minClinicians));
    if (!missing.isEmpty()) {
      throw ApiException.incomplete(
          "the application is not complete: "
              + missing.size()
              + (missing.size() == 1 ? " item is" : " items are")
              + " missing or invalid; see violations",
          missing);
    }
    a.submittedAt = Instant.now();
    a.returnedForChanges = false;
    return moved(x, ApplicationStatus.SUBMITTED);
  }

  @Transactional
  public Versioned<org.lcp.api.model.Application> withdraw(Actor actor, UUID id, String ifMatch) {
    Loaded x = changing(actor, id, ifMatch, policy::requireApplicantChange);
    if (!x.a().status.beforeDecision()) {
      throw ApiException.conflict(
          "the application is " + x.a().status + "; it can only be withdrawn before a decision");
    }
    return moved(x, ApplicationStatus.WITHDRAWN);
  }

  @Transactional
  public Versioned<org.lcp.api.model.Application> returnForChanges(
      Actor actor, UUID id, String ifMatch, String message) {
    Loaded x = changing(actor, id, ifMatch, policy::requireDecide);
    if (!x.a().status.inReview()) {
      throw ApiException.conflict(
          "only a submitted application or one under review can be returned; it is "
              + x.a().status);
    }
    x.a().returnedForChanges = true;
    x.a().returnMessage = message.trim();
    return moved(x, ApplicationStatus.DRAFT);
  }

  /** Loads the application, asks the policy, and checks the version the caller saw. */
  private Loaded changing(
      Actor actor, UUID id, String ifMatch, BiConsumer<Actor, ApplicationRef> decision) {
    Loaded x = views.load(id);
    decision.accept(actor, x.ref());
    ETags.require(ifMatch, x.a().version);
    return x;
  }

  private Versioned<org.lcp.api.model.Application> moved(Loaded x, ApplicationStatus to) {
    statusChanges.move(x.a(), to, x.c());
    return views.view(x);
  }

  /**
   * Records the decision. Decisions of one collaborative are serialised on its row, so that two
   * acceptances racing for the last place end with exactly one team accepted. A decision needs a
   * submitted review, or an override saying why not (audited).
   */
  @Transactional
  public Versioned<org.lcp.api.model.Application> decide(
      Actor actor, UUID id, String ifMatch, DecisionInput in) {
    Application a = applications.require(id);
    Collaborative c = collaboratives.requireLocked(a.collaborativeId);
    applications.refresh(a);
    policy.requireDecide(actor, a.ref(c));
    ETags.require(ifMatch, a.version);
    ApplicationStatus to = Enums.map(in.getDecision(), ApplicationStatus.class);
    String override = Times.text(in.getOverrideReason());
    boolean allowed =
        a.status == ApplicationStatus.UNDER_REVIEW
            || (a.status == ApplicationStatus.SUBMITTED && override != null)
            || (a.status == ApplicationStatus.WAITLISTED
                && in.getDecision() != Decision.WAITLISTED);
    if (!allowed) {
      throw ApiException.conflict(
          "an application that is "
              + a.status
              + " cannot be "
              + to
              + (a.status == ApplicationStatus.SUBMITTED
                  ? "; no reviewer is assigned yet: assign one, or decide with an overrideReason"
                      + " saying why it is decided without a review"
                  : ""));
    }
    ReviewAssignments.Tally tally = reviews.tally(a.id);
    if (tally.submitted() == 0 && override == null) {
      throw ApiException.conflict(
          ProblemTypes.REVIEW_REQUIRED,
          "a decision needs at least one submitted review, and this application has none ("
              + tally.describe()
              + "); wait for a review, or decide with an overrideReason saying why not",
          Map.of());
    }
    if (to == ApplicationStatus.ACCEPTED && c.capacity != null) {
      long accepted = applications.countAccepted(c.id);
      if (accepted >= c.capacity) {
        throw ApiException.conflict(
            ProblemTypes.CAPACITY_REACHED,
            "the collaborative is full: "
                + accepted
                + " of "
                + c.capacity
                + " places are taken; waitlist the application or raise the capacity",
            Map.of("acceptedTeams", accepted, "capacity", c.capacity));
      }
    }
    Integer left = a.waitlistPosition;
    a.waitlistPosition =
        to == ApplicationStatus.WAITLISTED ? applications.lastWaitlistPosition(c.id) + 1 : null;
    a.decisionMessage = in.getMessage().trim();
    a.decidedAt = Instant.now();
    statusChanges.move(a, to, c);
    closeGap(c, left);
    if (override != null) {
      audit.record(
          "application.decision-override",
          subject(a),
          Map.of("submittedReviews", tally.submitted()),
          Map.of("status", to.toString()),
          override);
    }
    if (to == ApplicationStatus.ACCEPTED) {
      enrol(a);
    }
    return views.view(new Loaded(a, c));
  }

  /**
   * An application left the waitlist from this position (null: it was not on it): the ones after it
   * move up. Called once its status change was written (status and position change together).
   */
  private void closeGap(Collaborative c, Integer left) {
    if (left != null) {
      applications.closeWaitlistGap(c.id, left);
    }
  }

  /**
   * Undoes a decision within the undo window: the application is under review again and an
   * acceptance's team is removed (unless something was recorded for it).
   */
  @Transactional
  public Versioned<org.lcp.api.model.Application> undoDecision(
      Actor actor, UUID id, String ifMatch) {
    Loaded x = decided(actor, id, ifMatch, "undone");
    Application a = x.a();
    if (undoWindow.until(a, Instant.now()) == null) {
      throw ApiException.conflict(
          ProblemTypes.UNDO_WINDOW_PASSED,
          "the decision was recorded at "
              + a.decidedAt
              + " and could be undone for "
              + undoWindow.length().toMinutes()
              + " minutes; reverse it with a reason instead",
          Map.of());
    }
    return reopen(x, true, null);
  }

  /**
   * Reverses a decision at any time, with a reason (audited, sent to the applicants): the
   * application is under review again and an acceptance's team is removed (unless something was
   * recorded for it), so its place is free again.
   */
  @Transactional
  public Versioned<org.lcp.api.model.Application> reverseDecision(
      Actor actor, UUID id, String ifMatch, String reason) {
    Loaded x = decided(actor, id, ifMatch, "reversed");
    return reopen(x, false, reason.trim());
  }

  /** Loads a decided application under its collaborative's lock, for an undo or a reversal. */
  private Loaded decided(Actor actor, UUID id, String ifMatch, String what) {
    Application a = applications.require(id);
    Collaborative c = collaboratives.requireLocked(a.collaborativeId);
    applications.refresh(a);
    policy.requireDecide(actor, a.ref(c));
    ETags.require(ifMatch, a.version);
    if (!a.status.decided()) {
      throw ApiException.conflict(
          "the application is " + a.status + "; only a decision can be " + what);
    }
    return new Loaded(a, c);
  }

  private Versioned<org.lcp.api.model.Application> reopen(Loaded x, boolean undone, String reason) {
    Application a = x.a();
    if (a.status == ApplicationStatus.ACCEPTED) {
      teams.unenrol(a.id);
    }
    Integer left = a.waitlistPosition;
    a.waitlistPosition = null;
    statusChanges.reopen(a, x.c(), undone, reason);
    closeGap(x.c(), left);
    return views.view(x);
  }

  /** The organisation becomes a team of the collaborative, its core team the roster. */
  private void enrol(Application a) {
    teams.enrol(
        a.collaborativeId,
        a.organizationId,
        a.id,
        applications.members(a.id).stream()
            .map(m -> new TeamService.Joiner(m.role, m.name, m.email, m.title, m.fte))
            .toList());
  }

  /**
   * Marks a submitted application as under review, as admins and its lead may (demo data: no
   * reviewer).
   */
  @Transactional
  public void startReview(Actor actor, UUID id) {
    Loaded x = views.load(id);
    policy.requireDecide(actor, x.ref());
    startReview(x.a(), x.c());
  }

  /**
   * A reviewer was assigned: a submitted application is now under review. Runs in the assigning
   * operation's transaction, which has authorised it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void startReview(Application a, Collaborative c) {
    if (a.status == ApplicationStatus.SUBMITTED) {
      statusChanges.move(a, ApplicationStatus.UNDER_REVIEW, c);
    }
  }

  /** Only a draft is edited (and submitted). */
  static void requireDraft(Application a) {
    if (a.status != ApplicationStatus.DRAFT) {
      throw ApiException.conflict(
          "the application is "
              + a.status
              + " and can no longer be edited"
              + (a.status.inReview() ? " unless faculty return it for changes" : ""));
    }
  }

  static Subject subject(Application a) {
    return new Subject("application", a.id, a.organizationId, a.collaborativeId);
  }
}
