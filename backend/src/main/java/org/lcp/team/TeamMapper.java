package org.lcp.team;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lcp.api.model.Composition;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.team.NamedTeams.NamedTeam;
import org.lcp.team.Team.RosterMember;

/** Teams as the API shows them: pure functions of what they are given. */
final class TeamMapper {

  private TeamMapper() {}

  /**
   * The team with its roster (current members first, by role then name) and how it stands on {@code
   * today} against the collaborative's minimum number of clinicians.
   */
  static org.lcp.api.model.Team toApi(
      NamedTeam named, List<RosterMember> roster, int minClinicians, LocalDate today) {
    Team t = named.team();
    List<RosterMember> ordered =
        roster.stream()
            .sorted(
                Comparator.comparing((RosterMember m) -> !m.currentOn(today))
                    .thenComparing(m -> m.role.ordinal())
                    .thenComparing(m -> m.name.toLowerCase(Locale.ROOT)))
            .toList();
    return new org.lcp.api.model.Team()
        .id(t.id)
        .collaborativeId(t.collaborativeId)
        .organizationId(t.organizationId)
        .organizationName(named.organizationName())
        .applicationId(t.applicationId)
        .enrolledAt(Times.utc(t.enrolledAt))
        .roster(ordered.stream().map(m -> toApi(m, today)).toList())
        .composition(
            composition(
                ordered.stream().filter(m -> m.currentOn(today)).map(m -> m.role).toList(),
                minClinicians));
  }

  static org.lcp.api.model.RosterMember toApi(RosterMember m, LocalDate today) {
    return new org.lcp.api.model.RosterMember()
        .id(m.id)
        .role(Enums.map(m.role, org.lcp.api.model.TeamRole.class))
        .name(m.name)
        .email(m.email)
        .title(m.title)
        .fte(m.fte == null ? null : m.fte.doubleValue())
        .startDate(m.startDate)
        .endDate(m.endDate)
        .current(m.currentOn(today));
  }

  /** How the team stands against the collaborative's minimums. */
  static Composition composition(List<TeamRole> current, int minClinicians) {
    return new Composition()
        .seniorLeaders(TeamRules.count(current, TeamRole.SENIOR_LEADER))
        .supervisors(TeamRules.count(current, TeamRole.SUPERVISOR))
        .clinicians(TeamRules.count(current, TeamRole.CLINICIAN))
        .minClinicians(minClinicians)
        .warnings(TeamRules.warnings(current, minClinicians));
  }
}
