package org.lcp.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.LearningSessionInput;
import org.lcp.api.model.LearningSessionPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeCreated;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CollaborativePolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.session.LearningSessionRescheduled.Kind;

/**
 * Learning sessions of a collaborative: everyone who sees the collaborative sees them, its faculty
 * schedule them, its lead faculty delete them. Each operation loads, authorises, changes and
 * answers in one transaction.
 */
@ApplicationScoped
public class LearningSessionService {

  private final LearningSessionRepository sessions;
  private final AttendanceRepository attendance;
  private final SessionCommitments commitments;
  private final CollaborativeRepository collaboratives;
  private final CollaborativePolicy policy;
  private final AuditLog audit;
  private final Event<LearningSessionRescheduled> rescheduled;

  public LearningSessionService(
      LearningSessionRepository sessions,
      AttendanceRepository attendance,
      SessionCommitments commitments,
      CollaborativeRepository collaboratives,
      CollaborativePolicy policy,
      AuditLog audit,
      Event<LearningSessionRescheduled> rescheduled) {
    this.sessions = sessions;
    this.attendance = attendance;
    this.commitments = commitments;
    this.collaboratives = collaboratives;
    this.policy = policy;
    this.audit = audit;
    this.rescheduled = rescheduled;
  }

  /** A new collaborative gets its learning sessions numbered 1..n, to be scheduled later. */
  void onCollaborativeCreated(@Observes CollaborativeCreated event) {
    Instant now = Instant.now();
    for (int n = 1; n <= event.learningSessionCount(); n++) {
      LearningSession s = new LearningSession();
      s.id = UUID.randomUUID();
      s.collaborativeId = event.collaborativeId();
      s.number = n;
      s.title = "Learning Session " + n;
      s.mode = SessionMode.IN_PERSON;
      s.created(now);
      sessions.persist(s);
    }
  }

  @Transactional
  public LearningSessionPage list(Actor actor, UUID collaborativeId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireVisible(actor, c.ref());
    Paging<LearningSession> result = Paging.of(sessions.ofCollaborative(c.id), page, size);
    return new LearningSessionPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(LearningSessionMapper::toApi).toList());
  }

  @Transactional
  public Versioned<org.lcp.api.model.LearningSession> get(
      Actor actor, UUID collaborativeId, UUID id) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireVisible(actor, c.ref());
    return view(sessions.requireInCollaborative(c.id, id));
  }

  @Transactional
  public Versioned<org.lcp.api.model.LearningSession> create(
      Actor actor, UUID collaborativeId, LearningSessionInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireChangeAsFaculty(actor, c.ref());
    requireFreeNumber(c.id, in.getNumber(), null);
    LearningSession s = new LearningSession();
    s.id = UUID.randomUUID();
    s.collaborativeId = c.id;
    s.created(Instant.now());
    apply(s, c, in);
    sessions.persist(s);
    audit.record("learning-session.created", subject(s), null, s.snapshot(), null);
    if (s.startDate != null) {
      rescheduled.fire(new LearningSessionRescheduled(Kind.SCHEDULED, s, actor.userId()));
    }
    return view(s);
  }

  @Transactional
  public Versioned<org.lcp.api.model.LearningSession> update(
      Actor actor, UUID collaborativeId, UUID id, String ifMatch, LearningSessionInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireChangeAsFaculty(actor, c.ref());
    LearningSession s = sessions.requireInCollaborative(c.id, id);
    ETags.require(ifMatch, s.version);
    requireFreeNumber(c.id, in.getNumber(), id);
    Map<String, Object> before = s.snapshot();
    Map<String, Object> calendarBefore = s.calendarFields();
    Map<String, Object> placeBefore = s.whereAndWhen();
    LearningSession was = s.copy();
    apply(s, c, in);
    if (!calendarBefore.equals(s.calendarFields())) {
      s.sequence++;
    }
    s.updatedAt = Instant.now();
    var d = AuditLog.diff(before, s.snapshot());
    audit.record("learning-session.updated", subject(s), d.get("before"), d.get("after"), null);
    if (was.startDate == null && s.startDate != null) {
      rescheduled.fire(new LearningSessionRescheduled(Kind.SCHEDULED, s, actor.userId()));
    } else if (was.startDate != null && s.startDate == null) {
      was.sequence = s.sequence;
      rescheduled.fire(new LearningSessionRescheduled(Kind.CANCELLED, was, actor.userId()));
    } else if (s.startDate != null && !placeBefore.equals(s.whereAndWhen())) {
      rescheduled.fire(new LearningSessionRescheduled(Kind.MOVED, s, actor.userId()));
    }
    return view(s);
  }

  /**
   * Deleting a session: its lead faculty, while no attendance and no application's commitment
   * refers to it.
   */
  @Transactional
  public void delete(Actor actor, UUID collaborativeId, UUID id) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireChangeAsLead(actor, c.ref());
    LearningSession s = sessions.requireInCollaborative(c.id, id);
    long recorded = attendance.countOfSession(s.id);
    if (recorded > 0) {
      throw ApiException.conflict(
          "learning session "
              + s.number
              + " has attendance recorded for "
              + recorded
              + " roster member(s); it cannot be deleted");
    }
    if (commitments.anyFor(s.id)) {
      throw ApiException.conflict(
          "learning session "
              + s.number
              + " is part of the session commitments of "
              + "applications to this collaborative; it cannot be deleted (reschedule it instead)");
    }
    audit.record("learning-session.deleted", subject(s), s.snapshot(), null, null);
    if (s.startDate != null) {
      LearningSession was = s.copy();
      was.sequence++;
      rescheduled.fire(new LearningSessionRescheduled(Kind.CANCELLED, was, actor.userId()));
    }
    sessions.delete(s);
  }

  private Versioned<org.lcp.api.model.LearningSession> view(LearningSession s) {
    sessions.flush();
    return Versioned.of(s.version, LearningSessionMapper.toApi(s));
  }

  private static Subject subject(LearningSession s) {
    return new Subject("learning-session", s.id, null, s.collaborativeId);
  }

  private void requireFreeNumber(UUID collaborativeId, int number, UUID self) {
    sessions
        .findByNumber(collaborativeId, number)
        .filter(other -> !other.id.equals(self))
        .ifPresent(
            other -> {
              throw ApiException.conflict(
                  "learning session " + number + " already exists in this collaborative");
            });
  }

  private static void apply(LearningSession s, Collaborative c, LearningSessionInput in) {
    List<Violation> v = new ArrayList<>();
    if (in.getEndDate() != null && in.getStartDate() == null) {
      v.add(Violation.body("startDate", "is required when endDate is given"));
    }
    if (in.getEndDate() != null
        && in.getStartDate() != null
        && in.getEndDate().isBefore(in.getStartDate())) {
      v.add(Violation.body("endDate", "must be on or after startDate"));
    }
    if (in.getStartDate() != null
        && c.startDate != null
        && in.getStartDate().isBefore(c.startDate)) {
      v.add(
          Violation.body(
              "startDate", "must not be before the collaborative starts (" + c.startDate + ")"));
    }
    if (in.getStartDate() != null && c.endDate != null && in.getStartDate().isAfter(c.endDate)) {
      v.add(
          Violation.body(
              "startDate", "must not be after the collaborative ends (" + c.endDate + ")"));
    }
    String zone = Times.text(in.getTimeZone());
    if (zone != null) {
      try {
        zone = ZoneId.of(zone).getId();
      } catch (DateTimeException e) {
        v.add(Violation.body("timeZone", "must be an IANA time zone such as America/New_York"));
      }
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    s.number = in.getNumber();
    s.title = in.getTitle().trim();
    s.startDate = in.getStartDate();
    s.endDate = in.getEndDate();
    s.timeZone = zone;
    s.mode = Enums.map(in.getMode(), SessionMode.class);
    s.location = Times.text(in.getLocation());
    s.joinUrl = Times.text(in.getJoinUrl());
    s.agenda = Times.text(in.getAgenda());
  }
}
