package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.AppUserRepository;
import org.lcp.organization.OrganizationRepository;
import org.lcp.team.Team;
import org.lcp.team.TeamRepository;

/**
 * The names calls show (their collaborative's title, the facilitator's name, the team's
 * organisation), read from the packages that own them in one query each.
 */
@ApplicationScoped
public class CallNames {

  /** Names of collaboratives, people and teams (by their organisation). */
  public record Names(
      Map<UUID, String> collaboratives, Map<UUID, String> people, Map<UUID, String> teams) {}

  private final CollaborativeRepository collaboratives;
  private final AppUserRepository users;
  private final TeamRepository teams;
  private final OrganizationRepository organizations;

  public CallNames(
      CollaborativeRepository collaboratives,
      AppUserRepository users,
      TeamRepository teams,
      OrganizationRepository organizations) {
    this.collaboratives = collaboratives;
    this.users = users;
    this.teams = teams;
    this.organizations = organizations;
  }

  /** The names these calls show. */
  public Names of(Collection<Call> calls) {
    return of(
        calls.stream().map(c -> c.collaborativeId).toList(),
        calls.stream().map(c -> c.details).toList());
  }

  /** The names a series and its calls show. */
  Names of(CallSeries s, List<Call> calls) {
    return of(
        List.of(s.collaborativeId),
        Stream.concat(Stream.of(s.details), calls.stream().map(c -> c.details)).toList());
  }

  private Names of(Collection<UUID> collaboratives, List<CallDetails> details) {
    return of(
        collaboratives,
        details.stream().map(d -> d.facilitatorUserId).toList(),
        details.stream().map(d -> d.teamId).toList());
  }

  /** Titles of collaboratives, names of people (or their e-mail) and of teams' organisations. */
  public Names of(
      Collection<UUID> collaborativeIds, Collection<UUID> people, Collection<UUID> teamIds) {
    Map<UUID, String> titles = new HashMap<>();
    Set<UUID> c = distinct(collaborativeIds);
    if (!c.isEmpty()) {
      collaboratives.list("id in ?1", c).forEach((Collaborative x) -> titles.put(x.id, x.title));
    }
    Map<UUID, String> names = new HashMap<>();
    Set<UUID> p = distinct(people);
    if (!p.isEmpty()) {
      users
          .list("id in ?1", p)
          .forEach((AppUser u) -> names.put(u.id, u.name != null ? u.name : u.email));
    }
    Map<UUID, String> teamNames = new HashMap<>();
    Set<UUID> t = distinct(teamIds);
    if (!t.isEmpty()) {
      List<Team> found = teams.list("id in ?1", t);
      Map<UUID, String> orgs =
          organizations.names(found.stream().map(x -> x.organizationId).distinct().toList());
      found.forEach(x -> teamNames.put(x.id, orgs.get(x.organizationId)));
    }
    return new Names(titles, names, teamNames);
  }

  private static Set<UUID> distinct(Collection<UUID> ids) {
    return ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
  }
}
