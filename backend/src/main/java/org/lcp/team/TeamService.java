package org.lcp.team;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.Composition;
import org.lcp.api.model.RosterMemberInput;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.organization.Organization;
import org.lcp.team.Team.RosterMember;

/** Enrolled teams and their rosters, whose changes are kept with their dates. */
@ApplicationScoped
public class TeamService {

  private final EntityManager em;
  private final AuditLog audit;

  public TeamService(EntityManager em, AuditLog audit) {
    this.em = em;
    this.audit = audit;
  }

  @Transactional
  public Team get(UUID id) {
    Team t = em.find(Team.class, id);
    if (t == null) {
      throw ApiException.notFound("team", id);
    }
    return t;
  }

  /** Teams of a collaborative by organisation name; {@code onlyOrganizations} narrows to the caller's own. */
  @Transactional
  public Paging<org.lcp.api.model.Team> list(UUID collaborativeId, List<UUID> onlyOrganizations, Integer page,
      Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    String where = "t.collaborativeId = :c and o.id = t.organizationId"
        + (onlyOrganizations == null ? "" : " and t.organizationId in :orgs");
    var query = em.createQuery("select t from Team t, Organization o where " + where
        + " order by lower(o.name), t.id", Team.class).setParameter("c", collaborativeId);
    var count = em.createQuery("select count(t) from Team t, Organization o where " + where, Long.class)
        .setParameter("c", collaborativeId);
    if (onlyOrganizations != null) {
      if (onlyOrganizations.isEmpty()) {
        return new Paging<>(List.of(), p, s, 0);
      }
      query.setParameter("orgs", onlyOrganizations);
      count.setParameter("orgs", onlyOrganizations);
    }
    List<org.lcp.api.model.Team> items = query.setFirstResult(p * s).setMaxResults(s).getResultList().stream()
        .map(this::view).toList();
    return new Paging<>(items, p, s, count.getSingleResult());
  }

  @Transactional
  public org.lcp.api.model.Team view(Team t) {
    Collaborative c = em.find(Collaborative.class, t.collaborativeId);
    Organization o = em.find(Organization.class, t.organizationId);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<RosterMember> roster = new ArrayList<>(em.createQuery(
            "from Team$RosterMember where teamId = :t", RosterMember.class)
        .setParameter("t", t.id).getResultList());
    roster.sort(Comparator.comparing((RosterMember m) -> !m.currentOn(today))
        .thenComparing(m -> m.role.ordinal()).thenComparing(m -> m.name.toLowerCase()));
    return new org.lcp.api.model.Team()
        .id(t.id)
        .collaborativeId(t.collaborativeId)
        .organizationId(t.organizationId)
        .organizationName(o.name)
        .applicationId(t.applicationId)
        .enrolledAt(Times.utc(t.enrolledAt))
        .roster(roster.stream().map(m -> new org.lcp.api.model.RosterMember().id(m.id).role(Enums.map(m.role, org.lcp.api.model.TeamRole.class)).name(m.name)
            .email(m.email).title(m.title).fte(m.fte == null ? null : m.fte.doubleValue()).startDate(m.startDate)
            .endDate(m.endDate).current(m.currentOn(today))).toList())
        .composition(composition(roster.stream().filter(m -> m.currentOn(today)).map(m -> m.role).toList(),
            c.minClinicians));
  }

  /** How the team stands today against the collaborative's minimums. */
  static Composition composition(List<TeamRole> current, int minClinicians) {
    return new Composition()
        .seniorLeaders(TeamRules.count(current, TeamRole.SENIOR_LEADER))
        .supervisors(TeamRules.count(current, TeamRole.SUPERVISOR))
        .clinicians(TeamRules.count(current, TeamRole.CLINICIAN))
        .minClinicians(minClinicians)
        .warnings(TeamRules.warnings(current, minClinicians));
  }

  /** One person of a new team's roster. */
  public record Joiner(TeamRole role, String name, String email, String title, BigDecimal fte) {
  }

  /**
   * The organisation becomes a team of the collaborative (its application was accepted), with these
   * people on the roster from today. Runs in the deciding transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID enrol(UUID collaborativeId, UUID organizationId, UUID applicationId, List<Joiner> roster) {
    Instant now = Instant.now();
    Team t = new Team();
    t.id = UUID.randomUUID();
    t.collaborativeId = collaborativeId;
    t.organizationId = organizationId;
    t.applicationId = applicationId;
    t.enrolledAt = now;
    em.persist(t);
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
      em.persist(m);
    }
    audit.record("team.enrolled", subject(t), null, Map.of("applicationId", applicationId.toString()), null);
    return t.id;
  }

  @Transactional
  public RosterMember join(Team t, RosterMemberInput in) {
    RosterMember m = new RosterMember();
    m.id = UUID.randomUUID();
    m.teamId = t.id;
    m.role = Enums.map(in.getRole(), TeamRole.class);
    m.name = in.getName().trim();
    m.email = in.getEmail().trim();
    m.title = Times.text(in.getTitle());
    m.fte = in.getFte() == null ? null : BigDecimal.valueOf(in.getFte());
    m.startDate = in.getStartDate();
    em.persist(m);
    audit.record("roster.joined", subject(t), null, snapshot(m), null);
    return m;
  }

  @Transactional
  public void depart(Team t, UUID memberId, LocalDate endDate) {
    RosterMember m = em.find(RosterMember.class, memberId);
    if (m == null || !m.teamId.equals(t.id)) {
      throw ApiException.notFound("roster member", memberId);
    }
    if (m.endDate != null) {
      throw ApiException.conflict(m.name + " already left the team on " + m.endDate);
    }
    if (endDate.isBefore(m.startDate)) {
      throw ApiException.invalid(List.of(Violation.body("endDate", "must be on or after " + m.name
          + " joined (" + m.startDate + ")")));
    }
    Map<String, Object> before = snapshot(m);
    m.endDate = endDate;
    audit.record("roster.left", subject(t), before, snapshot(m), null);
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
