package org.lcp.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.security.OrganizationScope;
import org.lcp.organization.OrganizationRepository;
import org.lcp.team.Team.RosterMember;

/**
 * The teams of a collaborative that a person may see, with their organisations' names (by name) and
 * their rosters. A collaborative has at most a few hundred teams, so they are read whole and
 * ordered here (the names belong to the organization package).
 */
@ApplicationScoped
public class NamedTeams {

  /** An enrolled team with its organisation's name. */
  public record NamedTeam(Team team, String organizationName) {}

  private static final Comparator<NamedTeam> BY_NAME =
      Comparator.comparing((NamedTeam t) -> t.organizationName().toLowerCase(Locale.ROOT))
          .thenComparing(t -> t.team().id);

  private final TeamRepository teams;
  private final RosterRepository rosters;
  private final OrganizationRepository organizations;

  public NamedTeams(
      TeamRepository teams, RosterRepository rosters, OrganizationRepository organizations) {
    this.teams = teams;
    this.rosters = rosters;
    this.organizations = organizations;
  }

  /** The collaborative's teams in {@code scope}, by organisation name. */
  public List<NamedTeam> of(UUID collaborativeId, OrganizationScope scope) {
    List<Team> found = teams.ofCollaborative(collaborativeId, scope.where("organizationId"));
    Map<UUID, String> names =
        organizations.names(found.stream().map(t -> t.organizationId).toList());
    return found.stream()
        .map(t -> new NamedTeam(t, names.get(t.organizationId)))
        .sorted(BY_NAME)
        .toList();
  }

  /** One team with its organisation's name. */
  public NamedTeam of(Team team) {
    return new NamedTeam(team, organizations.name(team.organizationId));
  }

  /** The team with its organisation's name, or 404. */
  public NamedTeam require(UUID teamId) {
    return of(teams.require(teamId));
  }

  /** Everyone who was ever on these teams, by team id (in one query). */
  public Map<UUID, List<RosterMember>> rosters(Collection<NamedTeam> of) {
    Map<UUID, List<RosterMember>> byTeam = new HashMap<>();
    rosters
        .ofTeams(of.stream().map(t -> t.team().id).toList())
        .forEach(m -> byTeam.computeIfAbsent(m.teamId, k -> new ArrayList<>()).add(m));
    return byTeam;
  }
}
