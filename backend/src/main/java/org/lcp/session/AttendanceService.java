package org.lcp.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.lcp.api.model.AttendanceMark;
import org.lcp.api.model.AttendanceOverview;
import org.lcp.api.model.AttendanceRecord;
import org.lcp.api.model.AttendanceRevision;
import org.lcp.api.model.AttendanceShortfall;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.ReportMember;
import org.lcp.api.model.ReportSession;
import org.lcp.api.model.SessionAttendanceInput;
import org.lcp.api.model.SessionAttendanceRecordInput;
import org.lcp.api.model.SessionAttendanceRow;
import org.lcp.api.model.SessionAttendanceSheet;
import org.lcp.api.model.SessionAttendanceTeam;
import org.lcp.api.model.TeamAttendanceReport;
import org.lcp.api.model.TeamAttendanceSummary;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.security.CollaborativePolicy;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Caller;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.organization.Organization;
import org.lcp.team.Team;
import org.lcp.team.Team.RosterMember;

/**
 * Attendance at learning sessions: the sheet of a session, recording (one member or many at once,
 * corrections kept as revisions and audited) and the attendance criterion per team.
 */
@ApplicationScoped
public class AttendanceService {

  private final EntityManager em;
  private final AuditLog audit;

  public AttendanceService(EntityManager em, AuditLog audit) {
    this.em = em;
    this.audit = audit;
  }

  /** An enrolled team with its organisation's name. */
  public record TeamInfo(Team team, String organizationName) {
  }

  /** A sheet and its ETag (the version of the whole session's attendance). */
  public record Sheet(SessionAttendanceSheet sheet, String etag) {
  }

  /** A record and its ETag. */
  public record Recorded(AttendanceRecord record, String etag) {
  }

  // ---- reading ----------------------------------------------------------------------------------

  @Transactional
  public LearningSession session(UUID collaborativeId, UUID sessionId) {
    LearningSession s = em.find(LearningSession.class, sessionId);
    if (s == null || !s.collaborativeId.equals(collaborativeId)) {
      throw ApiException.notFound("learning session", sessionId);
    }
    return s;
  }

  /** The collaborative's enrolled teams by organisation name; {@code onlyOrganizations} narrows (null: all). */
  @Transactional
  public List<TeamInfo> teams(UUID collaborativeId, Collection<UUID> onlyOrganizations) {
    if (onlyOrganizations != null && onlyOrganizations.isEmpty()) {
      return List.of();
    }
    var q = em.createQuery("select t, o.name from Team t, Organization o where o.id = t.organizationId "
        + "and t.collaborativeId = :c" + (onlyOrganizations == null ? "" : " and t.organizationId in :orgs")
        + " order by lower(o.name), t.id", Object[].class).setParameter("c", collaborativeId);
    if (onlyOrganizations != null) {
      q.setParameter("orgs", onlyOrganizations);
    }
    return q.getResultList().stream().map(r -> new TeamInfo((Team) r[0], (String) r[1])).toList();
  }

  private List<RosterMember> roster(Collection<UUID> teamIds) {
    if (teamIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("from Team$RosterMember where teamId in :t", RosterMember.class)
        .setParameter("t", teamIds).getResultList();
  }

  private List<SessionAttendance> records(Collection<UUID> sessionIds) {
    if (sessionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("from SessionAttendance where learningSessionId in :s", SessionAttendance.class)
        .setParameter("s", sessionIds).getResultList();
  }

  /**
   * The version of a session's whole attendance: the number of records and the sum of their
   * versions. Records are never deleted, so every recording changes it.
   */
  String sheetETag(UUID sessionId) {
    Object[] row = (Object[]) em.createNativeQuery(
            "select count(*), coalesce(sum(version), 0) from session_attendance where learning_session_id = ?1")
        .setParameter(1, sessionId).getSingleResult();
    return "\"att-" + ((Number) row[0]).longValue() + "-" + ((Number) row[1]).longValue() + "\"";
  }

  /**
   * The attendance sheet of a session.
   *
   * @param onlyOrganizations the caller's organisations when they may see only their own team(s); null for all
   * @param teamId only this team (404 when it is not one the caller may see in this collaborative)
   * @param mayRecord whether the caller is admin or faculty of the collaborative
   */
  @Transactional
  public Sheet sheet(Collaborative c, UUID sessionId, UUID teamId, Collection<UUID> onlyOrganizations,
      boolean mayRecord) {
    LearningSession s = session(c.id, sessionId);
    List<TeamInfo> teams = teams(c.id, onlyOrganizations);
    if (teamId != null) {
      teams = teams.stream().filter(t -> t.team().id.equals(teamId)).toList();
      if (teams.isEmpty()) {
        throw ApiException.notFound("team", teamId);
      }
    }
    return new Sheet(view(c, s, teams, mayRecord), sheetETag(s.id));
  }

  private SessionAttendanceSheet view(Collaborative c, LearningSession s, List<TeamInfo> teams, boolean mayRecord) {
    Map<UUID, List<RosterMember>> rosterByTeam = new HashMap<>();
    roster(teams.stream().map(t -> t.team().id).toList())
        .forEach(m -> rosterByTeam.computeIfAbsent(m.teamId, k -> new ArrayList<>()).add(m));
    Map<UUID, SessionAttendance> byMember = new HashMap<>();
    records(List.of(s.id)).forEach(r -> byMember.put(r.rosterMemberId, r));
    boolean held = held(s);
    List<SessionAttendanceTeam> teamViews = new ArrayList<>();
    for (TeamInfo t : teams) {
      List<SessionAttendanceRow> rows = rosterByTeam.getOrDefault(t.team().id, List.of()).stream()
          .filter(m -> AttendanceRules.expected(member(m), s.startDate, s.endDate))
          .sorted(Comparator.comparing((RosterMember m) -> m.role.ordinal())
              .thenComparing(m -> m.name.toLowerCase(Locale.ROOT)).thenComparing(m -> m.id))
          .map(m -> new SessionAttendanceRow().rosterMemberId(m.id).name(m.name).email(m.email).role(Enums.map(m.role, org.lcp.api.model.TeamRole.class))
              .startDate(m.startDate).endDate(m.endDate)
              .countsForCriterion(AttendanceRules.countsForCriterion(m.role))
              .record(byMember.containsKey(m.id) ? toApi(byMember.get(m.id)) : null))
          .toList();
      teamViews.add(new SessionAttendanceTeam().teamId(t.team().id).organizationId(t.team().organizationId)
          .organizationName(t.organizationName()).members(rows));
    }
    return new SessionAttendanceSheet().learningSessionId(s.id).collaborativeId(s.collaborativeId)
        .sessionNumber(s.number).title(s.title).startDate(s.startDate).endDate(s.endDate).held(held)
        .recordable(mayRecord && held && !c.isClosed()).teams(teamViews);
  }

  static AttendanceRecord toApi(SessionAttendance r) {
    return new AttendanceRecord().learningSessionId(r.learningSessionId).rosterMemberId(r.rosterMemberId)
        .teamId(r.teamId).status(Enums.map(r.status, org.lcp.api.model.AttendanceStatus.class)).note(r.note).recordedAt(Times.utc(r.recordedAt))
        .recordedBy(r.recordedByName).revisions(r.revisions).etag(ETags.of(r.version));
  }

  static AttendanceRules.Member member(RosterMember m) {
    return new AttendanceRules.Member(m.id, m.name, m.role, m.startDate, m.endDate);
  }

  /** Today where the session takes place (UTC without a time zone). */
  static LocalDate today(LearningSession s) {
    ZoneId zone = ZoneOffset.UTC;
    if (s.timeZone != null) {
      try {
        zone = ZoneId.of(s.timeZone);
      } catch (RuntimeException e) {
        // stored zones are validated; keep UTC for anything unexpected
      }
    }
    return LocalDate.now(zone);
  }

  static boolean held(LearningSession s) {
    return AttendanceRules.held(s.startDate, today(s));
  }

  /** The team a roster member is (or was) on; null when there is no such roster member. */
  @Transactional
  public Team teamOfRosterMember(UUID rosterMemberId) {
    RosterMember m = em.find(RosterMember.class, rosterMemberId);
    return m == null ? null : em.find(Team.class, m.teamId);
  }

  // ---- recording --------------------------------------------------------------------------------

  /** The session, locked so that recordings of one session are serialised (and their ETags hold). */
  private LearningSession lock(UUID collaborativeId, UUID sessionId) {
    LearningSession s = em.find(LearningSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || !s.collaborativeId.equals(collaborativeId)) {
      throw ApiException.notFound("learning session", sessionId);
    }
    return s;
  }

  private static void requireRecordable(Collaborative c, LearningSession s) {
    CollaborativePolicy.requireWritable(c.ref());
    if (s.startDate == null) {
      throw ApiException.conflict("learning session " + s.number + " has no dates yet; attendance is taken once it "
          + "has started");
    }
    if (!held(s)) {
      throw ApiException.conflict("learning session " + s.number + " starts on " + s.startDate
          + "; attendance is taken once it has started");
    }
  }

  @Transactional
  public Sheet recordMany(Collaborative c, UUID sessionId, SessionAttendanceInput in, String ifMatch, Caller caller) {
    LearningSession s = lock(c.id, sessionId);
    ETags.require(ifMatch, sheetETag(s.id));
    requireRecordable(c, s);
    List<SessionAttendanceRecordInput> records = in.getRecords();
    Map<UUID, RosterMember> members = new HashMap<>();
    Set<UUID> ids = new HashSet<>();
    records.forEach(r -> ids.add(r.getRosterMemberId()));
    Map<UUID, Team> teamsById = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("from Team$RosterMember where id in :ids", RosterMember.class).setParameter("ids", ids)
          .getResultList().forEach(m -> members.put(m.id, m));
      Set<UUID> teamIds = new HashSet<>();
      members.values().forEach(m -> teamIds.add(m.teamId));
      if (!teamIds.isEmpty()) {
        em.createQuery("from Team where id in :ids", Team.class).setParameter("ids", teamIds).getResultList()
            .forEach(t -> teamsById.put(t.id, t));
      }
    }
    List<Violation> violations = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      SessionAttendanceRecordInput r = records.get(i);
      String field = "records[" + i + "]";
      RosterMember m = members.get(r.getRosterMemberId());
      Team t = m == null ? null : teamsById.get(m.teamId);
      if (m == null || t == null || !t.collaborativeId.equals(c.id)) {
        violations.add(Violation.body(field + ".rosterMemberId",
            "is not a roster member of a team enrolled in this collaborative"));
      } else if (!seen.add(m.id)) {
        violations.add(Violation.body(field + ".rosterMemberId", m.name + " is listed more than once"));
      } else if (!AttendanceRules.expected(member(m), s.startDate, s.endDate)) {
        violations.add(Violation.body(field + ".rosterMemberId", notExpected(m, s)));
      }
      if (r.getStatus() == org.lcp.api.model.AttendanceStatus.PARTIAL && Times.text(r.getNote()) == null) {
        violations.add(Violation.body(field + ".note", "is required for PARTIAL: say what was missed"));
      }
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    Map<UUID, SessionAttendance> existing = new HashMap<>();
    records(List.of(s.id)).forEach(a -> existing.put(a.rosterMemberId, a));
    Instant now = Instant.now();
    for (SessionAttendanceRecordInput r : records) {
      RosterMember m = members.get(r.getRosterMemberId());
      apply(s, m, teamsById.get(m.teamId), existing.get(m.id), Enums.map(r.getStatus(), AttendanceStatus.class), r.getNote(), caller, now);
    }
    em.flush();
    List<TeamInfo> teams = teams(c.id, null);
    return new Sheet(view(c, s, teams, true), sheetETag(s.id));
  }

  @Transactional
  public Recorded recordOne(Collaborative c, UUID sessionId, UUID rosterMemberId, AttendanceMark mark, String ifMatch,
      Caller caller) {
    LearningSession s = lock(c.id, sessionId);
    RosterMember m = em.find(RosterMember.class, rosterMemberId);
    Team t = m == null ? null : em.find(Team.class, m.teamId);
    if (t == null || !t.collaborativeId.equals(c.id)) {
      throw ApiException.notFound("roster member", rosterMemberId);
    }
    SessionAttendance current = em.createQuery(
            "from SessionAttendance where learningSessionId = :s and rosterMemberId = :m", SessionAttendance.class)
        .setParameter("s", s.id).setParameter("m", m.id).getResultStream().findFirst().orElse(null);
    if (current != null) {
      ETags.require(ifMatch, current.version);
    }
    requireRecordable(c, s);
    List<Violation> violations = new ArrayList<>();
    if (!AttendanceRules.expected(member(m), s.startDate, s.endDate)) {
      violations.add(new Violation("rosterMemberId", "path", notExpected(m, s)));
    }
    if (mark.getStatus() == org.lcp.api.model.AttendanceStatus.PARTIAL && Times.text(mark.getNote()) == null) {
      violations.add(Violation.body("note", "is required for PARTIAL: say what was missed"));
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    SessionAttendance a = apply(s, m, t, current, Enums.map(mark.getStatus(), AttendanceStatus.class), mark.getNote(), caller, Instant.now());
    em.flush();
    return new Recorded(toApi(a), ETags.of(a.version));
  }

  private static String notExpected(RosterMember m, LearningSession s) {
    return m.name + " was not on the team during learning session " + s.number + " (on the team from "
        + m.startDate + (m.endDate == null ? "" : " to " + m.endDate) + ")";
  }

  /** Records one mark; a mark equal to the current record changes nothing. */
  private SessionAttendance apply(LearningSession s, RosterMember m, Team t, SessionAttendance current,
      AttendanceStatus status, String rawNote, Caller caller, Instant now) {
    String note = Times.text(rawNote);
    Subject subject = new Subject("session-attendance", s.id, t.organizationId, s.collaborativeId);
    if (current != null && current.status == status && java.util.Objects.equals(current.note, note)) {
      return current;
    }
    SessionAttendance a = current;
    Map<String, Object> before = null;
    if (a == null) {
      a = new SessionAttendance();
      a.id = UUID.randomUUID();
      a.learningSessionId = s.id;
      a.rosterMemberId = m.id;
      a.teamId = t.id;
      a.revisions = 0;
    } else {
      before = a.snapshot();
    }
    a.status = status;
    a.note = note;
    a.recordedAt = now;
    a.recordedBy = caller == null ? null : caller.userId();
    a.recordedByName = caller == null ? "system" : caller.displayName();
    a.revisions++;
    if (current == null) {
      em.persist(a);
    }
    SessionAttendance.Revision r = new SessionAttendance.Revision();
    r.id = UUID.randomUUID();
    r.attendanceId = a.id;
    r.revision = a.revisions;
    r.status = a.status;
    r.note = a.note;
    r.recordedAt = now;
    r.recordedBy = a.recordedBy;
    r.recordedByName = a.recordedByName;
    em.persist(r);
    Map<String, Object> after = a.snapshot();
    after.put("name", m.name);
    audit.record(current == null ? "attendance.recorded" : "attendance.corrected", subject, before, after, null);
    return a;
  }

  @Transactional
  public Paging<AttendanceRevision> history(UUID sessionId, UUID rosterMemberId, Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int sz = size == null ? Paging.DEFAULT_SIZE : size;
    List<SessionAttendance> current = em.createQuery(
            "from SessionAttendance where learningSessionId = :s and rosterMemberId = :m", SessionAttendance.class)
        .setParameter("s", sessionId).setParameter("m", rosterMemberId).getResultList();
    if (current.isEmpty()) {
      return new Paging<>(List.of(), p, sz, 0);
    }
    UUID id = current.get(0).id;
    List<AttendanceRevision> items = em.createQuery(
            "from SessionAttendance$Revision where attendanceId = :a order by revision desc",
            SessionAttendance.Revision.class)
        .setParameter("a", id).setFirstResult(p * sz).setMaxResults(sz).getResultList().stream()
        .map(r -> new AttendanceRevision().revision(r.revision).status(Enums.map(r.status, org.lcp.api.model.AttendanceStatus.class)).note(r.note)
            .recordedAt(Times.utc(r.recordedAt)).recordedBy(r.recordedByName))
        .toList();
    return new Paging<>(items, p, sz, current.get(0).revisions);
  }

  // ---- the criterion ----------------------------------------------------------------------------

  private List<AttendanceRules.Session> rulesSessions(List<LearningSession> sessions) {
    return sessions.stream().map(s -> new AttendanceRules.Session(s.id, s.number, s.title, s.startDate, s.endDate,
        held(s))).toList();
  }

  private List<LearningSession> sessionsOf(UUID collaborativeId) {
    return em.createQuery("from LearningSession where collaborativeId = :c order by number", LearningSession.class)
        .setParameter("c", collaborativeId).getResultList();
  }

  /** Reports of many teams of one collaborative, read in three queries. */
  private Map<UUID, AttendanceRules.Report> reports(List<LearningSession> sessions, List<TeamInfo> teams) {
    List<AttendanceRules.Session> rs = rulesSessions(sessions);
    Map<UUID, List<AttendanceRules.Member>> rosterByTeam = new HashMap<>();
    roster(teams.stream().map(t -> t.team().id).toList())
        .forEach(m -> rosterByTeam.computeIfAbsent(m.teamId, k -> new ArrayList<>()).add(member(m)));
    Map<UUID, Map<UUID, Map<UUID, AttendanceRules.Mark>>> marksByTeam = new HashMap<>();
    for (SessionAttendance a : records(sessions.stream().map(s -> s.id).toList())) {
      marksByTeam.computeIfAbsent(a.teamId, k -> new HashMap<>())
          .computeIfAbsent(a.learningSessionId, k -> new HashMap<>())
          .put(a.rosterMemberId, new AttendanceRules.Mark(a.status, a.note));
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<UUID, AttendanceRules.Report> reports = new LinkedHashMap<>();
    for (TeamInfo t : teams) {
      reports.put(t.team().id, AttendanceRules.report(rs, rosterByTeam.getOrDefault(t.team().id, List.of()),
          marksByTeam.getOrDefault(t.team().id, Map.of()), today));
    }
    return reports;
  }

  private static List<ReportSession> reportSessions(List<LearningSession> sessions) {
    return sessions.stream().map(s -> new ReportSession().learningSessionId(s.id).number(s.number).title(s.title)
        .startDate(s.startDate).endDate(s.endDate).held(held(s))).toList();
  }

  private static List<AttendanceShortfall> shortfalls(AttendanceRules.Report r) {
    return r.shortfalls().stream().map(f -> new AttendanceShortfall().kind(f.kind())
        .learningSessionId(f.session().id()).sessionNumber(f.session().number())
        .rosterMemberId(f.member() == null ? null : f.member().id())
        .name(f.member() == null ? null : f.member().name())
        .role(f.member() == null ? null : Enums.map(f.member().role(), org.lcp.api.model.TeamRole.class))
        .note(f.note()).message(f.message())).toList();
  }

  @Transactional
  public TeamAttendanceReport teamReport(Team t) {
    Organization o = em.find(Organization.class, t.organizationId);
    List<LearningSession> sessions = sessionsOf(t.collaborativeId);
    AttendanceRules.Report r = reports(sessions, List.of(new TeamInfo(t, o.name))).get(t.id);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return new TeamAttendanceReport().teamId(t.id).collaborativeId(t.collaborativeId)
        .organizationId(t.organizationId).organizationName(o.name).standing(r.standing())
        .meetsCriterion(r.standing() == AttendanceStanding.MEETS)
        .sessions(reportSessions(sessions))
        .members(r.members().stream().map(m -> new ReportMember().rosterMemberId(m.id()).name(m.name())
            .role(Enums.map(m.role(), org.lcp.api.model.TeamRole.class)).startDate(m.start()).endDate(m.end())
            .current(AttendanceRules.expected(m, today, today))
            .countsForCriterion(AttendanceRules.countsForCriterion(m.role()))
            .sessions(r.cells().get(m.id()))).toList())
        .shortfalls(shortfalls(r));
  }

  @Transactional
  public AttendanceOverview overview(Collaborative c, Collection<UUID> onlyOrganizations, AttendanceStanding filter,
      Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int sz = size == null ? Paging.DEFAULT_SIZE : size;
    List<LearningSession> sessions = sessionsOf(c.id);
    List<TeamInfo> teams = teams(c.id, onlyOrganizations);
    Map<UUID, AttendanceRules.Report> reports = reports(sessions, teams);
    List<TeamAttendanceSummary> all = new ArrayList<>();
    for (TeamInfo t : teams) {
      AttendanceRules.Report r = reports.get(t.team().id);
      all.add(new TeamAttendanceSummary().teamId(t.team().id).organizationId(t.team().organizationId)
          .organizationName(t.organizationName()).standing(r.standing())
          .meetsCriterion(r.standing() == AttendanceStanding.MEETS).shortfalls(shortfalls(r)));
    }
    int atRisk = (int) all.stream().filter(s -> s.getStanding() == AttendanceStanding.AT_RISK).count();
    List<TeamAttendanceSummary> filtered = all.stream()
        .filter(s -> filter == null || s.getStanding() == filter)
        .sorted(Comparator.comparing((TeamAttendanceSummary s) -> AttendanceRules.rank(s.getStanding()))
            .thenComparing(s -> s.getOrganizationName().toLowerCase(Locale.ROOT)))
        .toList();
    int from = Math.min(filtered.size(), p * sz);
    int to = Math.min(filtered.size(), from + sz);
    return new AttendanceOverview().sessions(reportSessions(sessions)).teamsAtRisk(atRisk)
        .items(new ArrayList<>(filtered.subList(from, to))).page(p).size(sz).total((long) filtered.size());
  }
}
