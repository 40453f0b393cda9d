package org.lcp.session;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.lcp.api.model.LearningSessionInput;
import org.lcp.api.model.SessionMode;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeCreated;
import org.lcp.common.security.CollaborativePolicy;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;

/** Learning sessions of a collaborative: the rules and the transactions. */
@ApplicationScoped
public class LearningSessionService {

  private final LearningSessionRepository sessions;
  private final AuditLog audit;

  public LearningSessionService(LearningSessionRepository sessions, AuditLog audit) {
    this.sessions = sessions;
    this.audit = audit;
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
  public Paging<LearningSession> list(UUID collaborativeId, Integer page, Integer size) {
    return Paging.of(sessions.ofCollaborative(collaborativeId), page, size);
  }

  @Transactional
  public LearningSession get(UUID collaborativeId, UUID id) {
    return sessions.findInCollaborative(collaborativeId, id)
        .orElseThrow(() -> ApiException.notFound("learning session", id));
  }

  @Transactional
  public LearningSession create(Collaborative c, LearningSessionInput in) {
    CollaborativePolicy.requireWritable(c.ref());
    requireFreeNumber(c.id, in.getNumber(), null);
    Instant now = Instant.now();
    LearningSession s = new LearningSession();
    s.id = UUID.randomUUID();
    s.collaborativeId = c.id;
    s.created(now);
    apply(s, c, in);
    sessions.persist(s);
    audit.record("learning-session.created", subject(s), null, s.snapshot(), null);
    return s;
  }

  @Transactional
  public LearningSession update(Collaborative c, UUID id, String ifMatch, LearningSessionInput in) {
    LearningSession s = get(c.id, id);
    ETags.require(ifMatch, s.version);
    CollaborativePolicy.requireWritable(c.ref());
    requireFreeNumber(c.id, in.getNumber(), id);
    Map<String, Object> before = s.snapshot();
    Map<String, Object> calendarBefore = s.calendarFields();
    apply(s, c, in);
    if (!calendarBefore.equals(s.calendarFields())) {
      s.sequence++;
    }
    s.updatedAt = Instant.now();
    var d = AuditLog.diff(before, s.snapshot());
    audit.record("learning-session.updated", subject(s), d.get("before"), d.get("after"), null);
    sessions.flush();
    return s;
  }

  @Transactional
  public void delete(Collaborative c, UUID id) {
    LearningSession s = get(c.id, id);
    CollaborativePolicy.requireWritable(c.ref());
    Number recorded = (Number) sessions.getEntityManager()
        .createNativeQuery("select count(*) from session_attendance where learning_session_id = ?1")
        .setParameter(1, s.id).getSingleResult();
    if (recorded.longValue() > 0) {
      throw ApiException.conflict("learning session " + s.number + " has attendance recorded for "
          + recorded + " roster member(s); it cannot be deleted");
    }
    audit.record("learning-session.deleted", subject(s), s.snapshot(), null, null);
    sessions.delete(s);
  }

  private static Subject subject(LearningSession s) {
    return new Subject("learning-session", s.id, null, s.collaborativeId);
  }

  private void requireFreeNumber(UUID collaborativeId, int number, UUID self) {
    sessions.findByNumber(collaborativeId, number).filter(other -> !other.id.equals(self)).ifPresent(other -> {
      throw ApiException.conflict("learning session " + number + " already exists in this collaborative");
    });
  }

  private static void apply(LearningSession s, Collaborative c, LearningSessionInput in) {
    List<Violation> v = new ArrayList<>();
    if (in.getEndDate() != null && in.getStartDate() == null) {
      v.add(Violation.body("startDate", "is required when endDate is given"));
    }
    if (in.getEndDate() != null && in.getStartDate() != null && in.getEndDate().isBefore(in.getStartDate())) {
      v.add(Violation.body("endDate", "must be on or after startDate"));
    }
    if (in.getStartDate() != null && c.startDate != null && in.getStartDate().isBefore(c.startDate)) {
      v.add(Violation.body("startDate", "must not be before the collaborative starts (" + c.startDate + ")"));
    }
    if (in.getStartDate() != null && c.endDate != null && in.getStartDate().isAfter(c.endDate)) {
      v.add(Violation.body("startDate", "must not be after the collaborative ends (" + c.endDate + ")"));
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
    s.mode = in.getMode();
    s.location = Times.text(in.getLocation());
    s.joinUrl = Times.text(in.getJoinUrl());
    s.agenda = Times.text(in.getAgenda());
  }
}
