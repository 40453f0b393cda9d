package org.lcp.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lcp.api.model.RosterMemberInput;
import org.lcp.api.model.TeamPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.TeamPolicy;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Fte;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.team.NamedTeams.NamedTeam;
import org.lcp.team.Team.RosterMember;

/**
 * Enrolled teams and their rosters, whose changes are kept with their dates: each operation loads,
 * authorises, changes and answers in one transaction.
 */
@ApplicationScoped
public class TeamService {

  private final TeamRepository teams;
  private final RosterRepository rosters;
  private final NamedTeams named;
  private final CollaborativeRepository collaboratives;
  private final TeamPolicy policy;
  private final AuditLog audit;
  private final Instance<TeamRecords> records;

  public TeamService(
      TeamRepository teams,
      RosterRepository rosters,
      NamedTeams named,
      CollaborativeRepository collaboratives,
      TeamPolicy policy,
      AuditLog audit,
      Instance<TeamRecords> records) {
    this.teams = teams;
    this.rosters = rosters;
    this.named = named;
    this.collaboratives = collaboratives;
    this.policy = policy;
    this.audit = audit;
    this.records = records;
  }

  /** The teams of a collaborative the actor may see, by organisation name. */
  @Transactional
  public TeamPage list(Actor actor, UUID collaborativeId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    List<NamedTeam> all = named.of(c.id, policy.scope(actor, c.ref()));
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    List<NamedTeam> items =
        all.subList(Math.min(all.size(), p * s), Math.min(all.size(), p * s + s));
    Map<UUID, List<RosterMember>> roster = named.rosters(items);
    LocalDate today = today();
    return new TeamPage()
        .page(p)
        .size(s)
        .total((long) all.size())
        .items(
            items.stream()
                .map(
                    t ->
                        TeamMapper.toApi(
                            t, roster.getOrDefault(t.team().id, List.of()), c.minClinicians, today))
                .toList());
  }

  @Transactional
  public org.lcp.api.model.Team get(Actor actor, UUID teamId) {
    Team t = teams.require(teamId);
    Collaborative c = collaboratives.require(t.collaborativeId);
    policy.requireVisible(actor, t.ref(c.ref()));
    return view(t, c);
  }

  /** A new roster member and the team as it is now. */
  public record Joined(UUID rosterMemberId, org.lcp.api.model.Team team) {}

  /**
   * Someone joins the team from a date: its members and the collaborative's faculty keep the
   * roster.
   */
  @Transactional
  public Joined join(Actor actor, UUID teamId, RosterMemberInput in) {
    Team t = teams.require(teamId);
    Collaborative c = collaboratives.require(t.collaborativeId);
    policy.requireRosterChange(actor, t.ref(c.ref()));
    String fte = Fte.problem(in.getFte());
    if (fte != null) {
      throw ApiException.invalid("fte", fte);
    }
    RosterMember m = new RosterMember();
    m.id = UUID.randomUUID();
    m.teamId = t.id;
    m.role = Enums.map(in.getRole(), TeamRole.class);
    m.name = in.getName().trim();
    m.email = in.getEmail().trim();
    m.title = Times.text(in.getTitle());
    m.fte = in.getFte() == null ? null : BigDecimal.valueOf(in.getFte());
    m.startDate = in.getStartDate();
    rosters.persist(m);
    audit.record("roster.joined", subject(t), null, snapshot(m), null);
    return new Joined(m.id, view(t, c));
  }

  /** Someone leaves the team on a date; they stay in the roster's history. */
  @Transactional
  public org.lcp.api.model.Team depart(
      Actor actor, UUID teamId, UUID rosterMemberId, LocalDate endDate) {
    Team t = teams.require(teamId);
    Collaborative c = collaboratives.require(t.collaborativeId);
    policy.requireRosterChange(actor, t.ref(c.ref()));
    RosterMember m =
        rosters
            .findOnTeam(t.id, rosterMemberId)
            .orElseThrow(() -> ApiException.notFound("roster member", rosterMemberId));
    if (m.endDate != null) {
      throw ApiException.conflict(m.name + " already left the team on " + m.endDate);
    }
    if (endDate.isBefore(m.startDate)) {
      throw ApiException.invalid(
          List.of(
              Violation.body(
                  "endDate", "must be on or after " + m.name + " joined (" + m.startDate + ")")));
    }
    Map<String, Object> before = snapshot(m);
    m.endDate = endDate;
    audit.record("roster.left", subject(t), before, snapshot(m), null);
    return view(t, c);
  }

  /** One person of a new team's roster. */
  public record Joiner(TeamRole role, String name, String email, String title, BigDecimal fte) {}

  /**
   * The organisation becomes a team of the collaborative (its application was accepted), with these
   * people on the roster from today. Runs in the deciding transaction, which made that decision.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID enrol(
      UUID collaborativeId, UUID organizationId, UUID applicationId, List<Joiner> roster) {
    Instant now = Instant.now();
    Team t = new Team();
    t.id = UUID.randomUUID();
    t.collaborativeId = collaborativeId;
    t.organizationId = organizationId;
    t.applicationId = applicationId;
    t.enrolledAt = now;
    teams.persist(t);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (Joiner j : roster) {
      RosterMember m = new RosterMember();
      m.id = UUID.randomUUID();
      m.teamId = t.id;
      m.role = j.role();
      m.name = j.name();
      m.email = j.email();
      m.title = j.title();
      m.fte = j.fte();
      m.startDate = today;
      rosters.persist(m);
    }
    audit.record(
        "team.enrolled", subject(t), null, Map.of("applicationId", applicationId.toString()), null);
    return t.id;
  }

  /**
   * An acceptance was undone or reversed: the team it created is removed with its roster, unless
   * something was recorded for it (then 409 {@code /problems/team-has-records} naming what, and
   * nothing changes). Runs in the undoing transaction, which made that decision.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void unenrol(UUID applicationId) {
    Optional<Team> found = teams.find("applicationId", applicationId).firstResultOptional();
    if (found.isEmpty()) {
      return;
    }
    Team t = found.get();
    List<RosterMember> roster = rosters.ofTeam(t.id);
    TeamRecords.Enrolled enrolled =
        new TeamRecords.Enrolled(
            t.id,
            t.collaborativeId,
            t.organizationId,
            roster.stream().map(m -> m.id).collect(Collectors.toSet()));
    List<String> recorded =
        records.stream().flatMap(r -> r.recordedFor(enrolled).stream()).sorted().toList();
    if (!recorded.isEmpty()) {
      throw ApiException.conflict(
          ProblemTypes.TEAM_HAS_RECORDS,
          "the team already has "
              + String.join(", ", recorded)
              + "; removing it would lose them, so the acceptance stands",
          Map.of("teamRecords", recorded));
    }
    rosters.removeOfTeam(t.id);
    teams.delete(t);
    teams.flush();
    audit.record(
        "team.unenrolled",
        subject(t),
        Map.of("applicationId", applicationId.toString(), "rosterMembers", roster.size()),
        null,
        null);
  }

  private org.lcp.api.model.Team view(Team t, Collaborative c) {
    rosters.flush();
    return TeamMapper.toApi(named.of(t), rosters.ofTeam(t.id), c.minClinicians, today());
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static Subject subject(Team t) {
    return new Subject("team", t.id, t.organizationId, t.collaborativeId);
  }

  private static Map<String, Object> snapshot(RosterMember m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", m.name);
    s.put("role", m.role.toString());
    s.put("startDate", m.startDate.toString());
    s.put("endDate", m.endDate == null ? null : m.endDate.toString());
    return s;
  }
}
