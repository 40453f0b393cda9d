package org.lcp.session;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.AttendanceRecord;
import org.lcp.api.model.AttendanceRevision;
import org.lcp.api.model.AttendanceShortfall;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.ReportMember;
import org.lcp.api.model.ReportSession;
import org.lcp.api.model.SessionAttendanceRow;
import org.lcp.api.model.SessionAttendanceSheet;
import org.lcp.api.model.SessionAttendanceTeam;
import org.lcp.api.model.TeamAttendanceReport;
import org.lcp.api.model.TeamAttendanceSummary;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.team.NamedTeams.NamedTeam;
import org.lcp.team.Team.RosterMember;
import org.lcp.team.TeamRole;

/** Attendance as the API shows it: pure functions of what they are given. */
final class AttendanceMapper {

  private AttendanceMapper() {}

  static AttendanceRecord toApi(SessionAttendance r) {
    return new AttendanceRecord()
        .learningSessionId(r.learningSessionId)
        .rosterMemberId(r.rosterMemberId)
        .teamId(r.teamId)
        .status(status(r.status))
        .note(r.note)
        .recordedAt(Times.utc(r.recordedAt))
        .recordedBy(r.recordedByName)
        .revisions(r.revisions)
        .etag(ETags.of(r.version));
  }

  static AttendanceRevision toApi(SessionAttendance.Revision r) {
    return new AttendanceRevision()
        .revision(r.revision)
        .status(status(r.status))
        .note(r.note)
        .recordedAt(Times.utc(r.recordedAt))
        .recordedBy(r.recordedByName);
  }

  static AttendanceRules.Member member(RosterMember m) {
    return new AttendanceRules.Member(m.id, m.name, m.role, m.startDate, m.endDate);
  }

  /**
   * The sheet of a session: per team, the roster members expected there (by role, then name) with
   * what was recorded for them.
   *
   * @param rosters everyone who was ever on each team, by team id
   * @param records the session's records, by roster member id
   */
  static SessionAttendanceSheet sheet(
      LearningSession s,
      boolean held,
      boolean recordable,
      List<NamedTeam> teams,
      Map<UUID, List<RosterMember>> rosters,
      Map<UUID, SessionAttendance> records) {
    List<SessionAttendanceTeam> teamViews =
        teams.stream()
            .map(
                t ->
                    new SessionAttendanceTeam()
                        .teamId(t.team().id)
                        .organizationId(t.team().organizationId)
                        .organizationName(t.organizationName())
                        .members(
                            rosters.getOrDefault(t.team().id, List.of()).stream()
                                .filter(
                                    m ->
                                        AttendanceRules.expected(member(m), s.startDate, s.endDate))
                                .sorted(
                                    Comparator.comparing((RosterMember m) -> m.role.ordinal())
                                        .thenComparing(m -> m.name.toLowerCase(Locale.ROOT))
                                        .thenComparing(m -> m.id))
                                .map(m -> row(m, records.get(m.id)))
                                .toList()))
            .toList();
    return new SessionAttendanceSheet()
        .learningSessionId(s.id)
        .collaborativeId(s.collaborativeId)
        .sessionNumber(s.number)
        .title(s.title)
        .startDate(s.startDate)
        .endDate(s.endDate)
        .held(held)
        .recordable(recordable)
        .teams(teamViews);
  }

  private static SessionAttendanceRow row(RosterMember m, SessionAttendance record) {
    return new SessionAttendanceRow()
        .rosterMemberId(m.id)
        .name(m.name)
        .email(m.email)
        .role(role(m.role))
        .startDate(m.startDate)
        .endDate(m.endDate)
        .countsForCriterion(AttendanceRules.countsForCriterion(m.role))
        .record(record == null ? null : toApi(record));
  }

  static List<ReportSession> sessions(List<AttendanceRules.Session> sessions) {
    return sessions.stream()
        .map(
            s ->
                new ReportSession()
                    .learningSessionId(s.id())
                    .number(s.number())
                    .title(s.title())
                    .startDate(s.start())
                    .endDate(s.end())
                    .held(s.held()))
        .toList();
  }

  static List<AttendanceShortfall> shortfalls(AttendanceRules.Report r) {
    return r.shortfalls().stream()
        .map(
            f ->
                new AttendanceShortfall()
                    .kind(f.kind())
                    .learningSessionId(f.session().id())
                    .sessionNumber(f.session().number())
                    .rosterMemberId(f.member() == null ? null : f.member().id())
                    .name(f.member() == null ? null : f.member().name())
                    .role(f.member() == null ? null : role(f.member().role()))
                    .note(f.note())
                    .message(f.message()))
        .toList();
  }

  /** One team's report: every member it looks at, a cell per session, and the shortfalls. */
  static TeamAttendanceReport report(
      NamedTeam t,
      List<AttendanceRules.Session> sessions,
      AttendanceRules.Report r,
      LocalDate today) {
    return new TeamAttendanceReport()
        .teamId(t.team().id)
        .collaborativeId(t.team().collaborativeId)
        .organizationId(t.team().organizationId)
        .organizationName(t.organizationName())
        .standing(r.standing())
        .meetsCriterion(r.standing() == AttendanceStanding.MEETS)
        .sessions(sessions(sessions))
        .members(
            r.members().stream()
                .map(
                    m ->
                        new ReportMember()
                            .rosterMemberId(m.id())
                            .name(m.name())
                            .role(role(m.role()))
                            .startDate(m.start())
                            .endDate(m.end())
                            .current(AttendanceRules.expected(m, today, today))
                            .countsForCriterion(AttendanceRules.countsForCriterion(m.role()))
                            .sessions(r.cells().get(m.id())))
                .toList())
        .shortfalls(shortfalls(r));
  }

  /** One team's line in the collaborative's overview. */
  static TeamAttendanceSummary summary(NamedTeam t, AttendanceRules.Report r) {
    return new TeamAttendanceSummary()
        .teamId(t.team().id)
        .organizationId(t.team().organizationId)
        .organizationName(t.organizationName())
        .standing(r.standing())
        .meetsCriterion(r.standing() == AttendanceStanding.MEETS)
        .shortfalls(shortfalls(r));
  }

  private static org.lcp.api.model.AttendanceStatus status(AttendanceStatus s) {
    return Enums.map(s, org.lcp.api.model.AttendanceStatus.class);
  }

  private static org.lcp.api.model.TeamRole role(TeamRole r) {
    return Enums.map(r, org.lcp.api.model.TeamRole.class);
  }
}
