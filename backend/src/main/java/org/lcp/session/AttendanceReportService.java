package org.lcp.session;

import static org.lcp.common.web.Conditional.Topic.ATTENDANCE;
import static org.lcp.common.web.Conditional.Topic.COLLABORATIVE;
import static org.lcp.common.web.Conditional.Topic.ROSTER;
import static org.lcp.common.web.Conditional.Topic.SESSIONS;
import static org.lcp.common.web.Conditional.Topic.TEAMS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.AttendanceOverview;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.TeamAttendanceReport;
import org.lcp.api.model.TeamAttendanceSummary;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.security.Actor;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.security.TeamPolicy;
import org.lcp.common.web.Conditional;
import org.lcp.common.web.Conditional.Topic;
import org.lcp.common.web.Paging;
import org.lcp.team.NamedTeams;
import org.lcp.team.NamedTeams.NamedTeam;
import org.lcp.team.Team;
import org.lcp.team.Team.RosterMember;
import org.lcp.team.TeamRepository;

/**
 * The attendance criterion per team (its senior leader, supervisor and clinicians at every session
 * held so far), for one team and across a collaborative with the teams at risk first.
 */
@ApplicationScoped
public class AttendanceReportService {

  private final NamedTeams teams;
  private final CollaborativeRepository collaboratives;
  private final LearningSessionRepository sessions;
  private final AttendanceRepository attendance;
  private final TeamPolicy policy;
  private final TeamRepository teamRepository;
  private final Conditional conditional;

  public AttendanceReportService(
      NamedTeams teams,
      CollaborativeRepository collaboratives,
      LearningSessionRepository sessions,
      AttendanceRepository attendance,
      TeamPolicy policy,
      TeamRepository teamRepository,
      Conditional conditional) {
    this.teamRepository = teamRepository;
    this.conditional = conditional;
    this.teams = teams;
    this.collaboratives = collaboratives;
    this.sessions = sessions;
    this.attendance = attendance;
    this.policy = policy;
  }

  /**
   * What the reports show, and so what their ETags depend on: the collaborative, its teams and
   * their names, the rosters, the learning sessions and the attendance at them; and the day (which
   * sessions are held).
   */
  static final Set<Topic> REPORTS = EnumSet.of(COLLABORATIVE, TEAMS, ROSTER, SESSIONS, ATTENDANCE);

  /** The ETag of a team's report, after the same 404 as the report. */
  @Transactional
  public String teamReportTag(Actor actor, UriInfo request, UUID teamId) {
    Team team = teamRepository.require(teamId);
    Collaborative c = collaboratives.require(team.collaborativeId);
    policy.requireVisible(actor, team.ref(c.ref()));
    return conditional.etag(request, List.of(c.id), REPORTS, policy.scope(actor, c.ref()));
  }

  /** The ETag of the collaborative's overview, after the same 404 as the overview. */
  @Transactional
  public String overviewTag(Actor actor, UriInfo request, UUID collaborativeId) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.scope(actor, c.ref());
    return conditional.etag(request, List.of(c.id), REPORTS, scope);
  }

  @Transactional
  public TeamAttendanceReport teamReport(Actor actor, UUID teamId) {
    NamedTeam team = teams.require(teamId);
    Collaborative c = collaboratives.require(team.team().collaborativeId);
    policy.requireVisible(actor, team.team().ref(c.ref()));
    List<AttendanceRules.Session> sessionList = sessionsOf(c.id);
    return AttendanceMapper.report(
        team, sessionList, reports(sessionList, List.of(team)).get(teamId), today());
  }

  /**
   * The teams the person may see, filtered by standing and paged; teams at risk first, then by
   * name.
   */
  @Transactional
  public AttendanceOverview overview(
      Actor actor, UUID collaborativeId, AttendanceStanding filter, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    List<NamedTeam> shown = teams.of(c.id, policy.scope(actor, c.ref()));
    List<AttendanceRules.Session> sessionList = sessionsOf(c.id);
    Map<UUID, AttendanceRules.Report> reports = reports(sessionList, shown);
    List<TeamAttendanceSummary> all =
        shown.stream().map(t -> AttendanceMapper.summary(t, reports.get(t.team().id))).toList();
    int atRisk =
        (int) all.stream().filter(s -> s.getStanding() == AttendanceStanding.AT_RISK).count();
    List<TeamAttendanceSummary> filtered =
        all.stream()
            .filter(s -> filter == null || s.getStanding() == filter)
            .sorted(
                Comparator.comparing(
                        (TeamAttendanceSummary s) -> AttendanceRules.rank(s.getStanding()))
                    .thenComparing(s -> s.getOrganizationName().toLowerCase(Locale.ROOT)))
            .toList();
    int p = page == null ? 0 : page;
    int sz = size == null ? Paging.DEFAULT_SIZE : size;
    int from = Math.min(filtered.size(), p * sz);
    int to = Math.min(filtered.size(), from + sz);
    return new AttendanceOverview()
        .sessions(AttendanceMapper.sessions(sessionList))
        .teamsAtRisk(atRisk)
        .items(new ArrayList<>(filtered.subList(from, to)))
        .page(p)
        .size(sz)
        .total((long) filtered.size());
  }

  /** The reports of some teams of a collaborative as recorded so far in this transaction. */
  Map<UUID, AttendanceRules.Report> reportsOf(UUID collaborativeId, Collection<Team> of) {
    return reports(sessionsOf(collaborativeId), of.stream().map(teams::of).toList());
  }

  /** The collaborative's sessions as the rules see them, by number. */
  private List<AttendanceRules.Session> sessionsOf(UUID collaborativeId) {
    return sessions.ofCollaborative(collaborativeId).list().stream()
        .map(
            s ->
                new AttendanceRules.Session(
                    s.id, s.number, s.title, s.startDate, s.endDate, s.held()))
        .toList();
  }

  /** The reports of many teams of one collaborative, read in two queries. */
  private Map<UUID, AttendanceRules.Report> reports(
      List<AttendanceRules.Session> sessionList, List<NamedTeam> shown) {
    Map<UUID, List<RosterMember>> rosters = teams.rosters(shown);
    Map<UUID, Map<UUID, Map<UUID, AttendanceRules.Mark>>> marksByTeam = new HashMap<>();
    for (SessionAttendance a :
        attendance.ofSessions(sessionList.stream().map(AttendanceRules.Session::id).toList())) {
      marksByTeam
          .computeIfAbsent(a.teamId, k -> new HashMap<>())
          .computeIfAbsent(a.learningSessionId, k -> new HashMap<>())
          .put(a.rosterMemberId, new AttendanceRules.Mark(a.status, a.note));
    }
    LocalDate today = today();
    Map<UUID, AttendanceRules.Report> reports = new LinkedHashMap<>();
    for (NamedTeam t : shown) {
      List<AttendanceRules.Member> roster =
          rosters.getOrDefault(t.team().id, List.of()).stream()
              .map(AttendanceMapper::member)
              .toList();
      reports.put(
          t.team().id,
          AttendanceRules.report(
              sessionList, roster, marksByTeam.getOrDefault(t.team().id, Map.of()), today));
    }
    return reports;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
