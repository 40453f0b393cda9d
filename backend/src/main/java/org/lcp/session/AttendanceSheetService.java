package org.lcp.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.AttendanceMark;
import org.lcp.api.model.AttendanceRecord;
import org.lcp.api.model.SessionAttendanceInput;
import org.lcp.api.model.SessionAttendanceRecordInput;
import org.lcp.api.model.SessionAttendanceSheet;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.security.TeamPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.team.NamedTeams;
import org.lcp.team.NamedTeams.NamedTeam;
import org.lcp.team.RosterRepository;
import org.lcp.team.Team;
import org.lcp.team.Team.RosterMember;
import org.lcp.team.TeamRepository;

/**
 * The attendance sheet of a learning session and recording on it. The sheet shows the teams the
 * person may see (every team for admins and the collaborative's faculty, their own for members,
 * none for anyone else), each with the roster members expected at the session and what was
 * recorded; its ETag is the version of the session's whole attendance. Faculty record once the
 * session has started: one roster member (with the record's ETag) or many at once (with the
 * sheet's). A correction keeps the earlier recording as a revision and is audited; a mark equal to
 * the current one changes nothing.
 */
@ApplicationScoped
public class AttendanceSheetService {

  private final CollaborativeRepository collaboratives;
  private final TeamPolicy policy;
  private final LearningSessionRepository sessions;
  private final NamedTeams named;
  private final TeamRepository teams;
  private final RosterRepository rosters;
  private final AttendanceRepository attendance;
  private final AttendanceRevisionRepository revisions;
  private final AuditLog audit;
  private final AtRiskNotices atRisk;

  public AttendanceSheetService(
      CollaborativeRepository collaboratives,
      TeamPolicy policy,
      LearningSessionRepository sessions,
      NamedTeams named,
      TeamRepository teams,
      RosterRepository rosters,
      AttendanceRepository attendance,
      AttendanceRevisionRepository revisions,
      AuditLog audit,
      AtRiskNotices atRisk) {
    this.collaboratives = collaboratives;
    this.policy = policy;
    this.sessions = sessions;
    this.named = named;
    this.teams = teams;
    this.rosters = rosters;
    this.attendance = attendance;
    this.revisions = revisions;
    this.audit = audit;
    this.atRisk = atRisk;
  }

  /**
   * The sheet of a session; {@code teamId} narrows it to one team (404 unless the person sees it).
   */
  @Transactional
  public Versioned<SessionAttendanceSheet> sheet(
      Actor actor, UUID collaborativeId, UUID sessionId, UUID teamId) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.scope(actor, c.ref());
    LearningSession s = sessions.requireInCollaborative(c.id, sessionId);
    List<NamedTeam> shown;
    if (teamId == null) {
      shown = named.of(c.id, scope);
    } else {
      NamedTeam t = named.require(teamId);
      if (!t.team().collaborativeId.equals(c.id)) {
        throw ApiException.notFound("team", teamId);
      }
      policy.requireVisible(actor, t.team().ref(c.ref()));
      shown = List.of(t);
    }
    return view(s, shown, policy.mayRecordAttendance(actor, c.ref()));
  }

  /** The sheet as it is now in this transaction, with its ETag. */
  private Versioned<SessionAttendanceSheet> view(
      LearningSession s, List<NamedTeam> shown, boolean mayRecord) {
    Map<UUID, SessionAttendance> byMember = new HashMap<>();
    attendance.ofSessions(List.of(s.id)).forEach(r -> byMember.put(r.rosterMemberId, r));
    boolean held = s.held();
    return Versioned.tagged(
        attendance.sheetETag(s.id),
        AttendanceMapper.sheet(s, held, mayRecord && held, shown, named.rosters(shown), byMember));
  }

  /** A roster member with their team, as one mark needs them. */
  private record OnTeam(RosterMember member, Team team) {}

  /**
   * Records many roster members at once; every bad record is refused together, and nothing is
   * written.
   */
  @Transactional
  public Versioned<SessionAttendanceSheet> recordMany(
      Actor actor,
      UUID collaborativeId,
      UUID sessionId,
      String ifMatch,
      SessionAttendanceInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireRecordAttendance(actor, c.ref());
    LearningSession s = sessions.requireLocked(c.id, sessionId);
    ETags.require(ifMatch, attendance.sheetETag(s.id));
    requireRecordable(s);
    List<SessionAttendanceRecordInput> records = in.getRecords();
    Map<UUID, OnTeam> members =
        onTeams(records.stream().map(SessionAttendanceRecordInput::getRosterMemberId).toList());
    List<Violation> violations = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      SessionAttendanceRecordInput r = records.get(i);
      String field = "records[" + i + "]";
      OnTeam m = members.get(r.getRosterMemberId());
      if (m == null || !m.team().collaborativeId.equals(c.id)) {
        violations.add(
            Violation.body(
                field + ".rosterMemberId",
                "is not a roster member of a team enrolled in this collaborative"));
      } else if (!seen.add(m.member().id)) {
        violations.add(
            Violation.body(
                field + ".rosterMemberId", m.member().name + " is listed more than once"));
      } else if (!expected(m.member(), s)) {
        violations.add(Violation.body(field + ".rosterMemberId", notExpected(m.member(), s)));
      }
      noteFor(r.getStatus(), r.getNote(), field + ".note").ifPresent(violations::add);
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    Map<UUID, Team> touched = new HashMap<>();
    members.values().forEach(m -> touched.put(m.team().id, m.team()));
    Map<UUID, org.lcp.api.model.AttendanceStanding> before =
        atRisk.standings(c.id, touched.values());
    Map<UUID, SessionAttendance> existing = new HashMap<>();
    attendance.ofSessions(List.of(s.id)).forEach(a -> existing.put(a.rosterMemberId, a));
    Instant now = Instant.now();
    for (SessionAttendanceRecordInput r : records) {
      OnTeam m = members.get(r.getRosterMemberId());
      apply(
          s,
          m,
          existing.get(m.member().id),
          Enums.map(r.getStatus(), AttendanceStatus.class),
          r.getNote(),
          actor,
          now);
    }
    attendance.flush();
    atRisk.tell(c, touched.values(), before);
    return view(
        s,
        named.of(c.id, policy.scope(actor, c.ref())),
        policy.mayRecordAttendance(actor, c.ref()));
  }

  /** Records (or corrects) one roster member's attendance; a correction needs the record's ETag. */
  @Transactional
  public Versioned<AttendanceRecord> recordOne(
      Actor actor,
      UUID collaborativeId,
      UUID sessionId,
      UUID rosterMemberId,
      String ifMatch,
      AttendanceMark mark) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireRecordAttendance(actor, c.ref());
    LearningSession s = sessions.requireLocked(c.id, sessionId);
    OnTeam m = onTeams(List.of(rosterMemberId)).get(rosterMemberId);
    if (m == null || !m.team().collaborativeId.equals(c.id)) {
      throw ApiException.notFound("roster member", rosterMemberId);
    }
    SessionAttendance current = attendance.find(s.id, m.member().id).orElse(null);
    if (current != null) {
      ETags.require(ifMatch, current.version);
    }
    requireRecordable(s);
    List<Violation> violations = new ArrayList<>();
    if (!expected(m.member(), s)) {
      violations.add(new Violation("rosterMemberId", "path", notExpected(m.member(), s)));
    }
    noteFor(mark.getStatus(), mark.getNote(), "note").ifPresent(violations::add);
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    Map<UUID, org.lcp.api.model.AttendanceStanding> before =
        atRisk.standings(c.id, List.of(m.team()));
    SessionAttendance a =
        apply(
            s,
            m,
            current,
            Enums.map(mark.getStatus(), AttendanceStatus.class),
            mark.getNote(),
            actor,
            Instant.now());
    attendance.flush();
    atRisk.tell(c, List.of(m.team()), before);
    return Versioned.of(a.version, AttendanceMapper.toApi(a));
  }

  /** The roster members with these ids and their teams, in two queries. */
  private Map<UUID, OnTeam> onTeams(List<UUID> rosterMemberIds) {
    Map<UUID, RosterMember> members = rosters.byIds(new HashSet<>(rosterMemberIds));
    Map<UUID, Team> byId = teams.byIds(members.values().stream().map(m -> m.teamId).toList());
    Map<UUID, OnTeam> found = new HashMap<>();
    members.values().forEach(m -> found.put(m.id, new OnTeam(m, byId.get(m.teamId))));
    return found;
  }

  private static void requireRecordable(LearningSession s) {
    if (s.startDate == null) {
      throw ApiException.conflict(
          "learning session "
              + s.number
              + " has no dates yet; attendance is taken once it "
              + "has started");
    }
    if (!s.held()) {
      throw ApiException.conflict(
          "learning session "
              + s.number
              + " starts on "
              + s.startDate
              + "; attendance is taken once it has started");
    }
  }

  private static boolean expected(RosterMember m, LearningSession s) {
    return AttendanceRules.expected(AttendanceMapper.member(m), s.startDate, s.endDate);
  }

  private static Optional<Violation> noteFor(
      org.lcp.api.model.AttendanceStatus status, String note, String field) {
    if (status == org.lcp.api.model.AttendanceStatus.PARTIAL && Times.text(note) == null) {
      return Optional.of(Violation.body(field, "is required for PARTIAL: say what was missed"));
    }
    return Optional.empty();
  }

  private static String notExpected(RosterMember m, LearningSession s) {
    return m.name
        + " was not on the team during learning session "
        + s.number
        + " (on the team from "
        + m.startDate
        + (m.endDate == null ? "" : " to " + m.endDate)
        + ")";
  }

  /**
   * Records one mark, keeping it as a revision; a mark equal to the current record changes nothing.
   */
  private SessionAttendance apply(
      LearningSession s,
      OnTeam m,
      SessionAttendance current,
      AttendanceStatus status,
      String rawNote,
      Actor actor,
      Instant now) {
    String note = Times.text(rawNote);
    if (current != null && current.status == status && Objects.equals(current.note, note)) {
      return current;
    }
    SessionAttendance a = current;
    Map<String, Object> before = null;
    if (a == null) {
      a = new SessionAttendance();
      a.id = UUID.randomUUID();
      a.learningSessionId = s.id;
      a.rosterMemberId = m.member().id;
      a.teamId = m.team().id;
      a.revisions = 0;
    } else {
      before = a.snapshot();
    }
    a.status = status;
    a.note = note;
    a.recordedAt = now;
    a.recordedBy = actor.userId();
    a.recordedByName = actor.displayName();
    a.revisions++;
    if (current == null) {
      attendance.persist(a);
    }
    SessionAttendance.Revision r = new SessionAttendance.Revision();
    r.id = UUID.randomUUID();
    r.attendanceId = a.id;
    r.revision = a.revisions;
    r.status = a.status;
    r.note = a.note;
    r.recordedAt = a.recordedAt;
    r.recordedBy = a.recordedBy;
    r.recordedByName = a.recordedByName;
    revisions.persist(r);
    Map<String, Object> after = a.snapshot();
    after.put("name", m.member().name);
    audit.record(
        current == null ? "attendance.recorded" : "attendance.corrected",
        new Subject("session-attendance", s.id, m.team().organizationId, s.collaborativeId),
        before,
        after,
        null);
    return a;
  }
}
