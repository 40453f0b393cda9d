package org.lcp.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lcp.team.Team.RosterMember;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The people on teams' rosters, with the dates they joined and left. */
@ApplicationScoped
public class RosterRepository implements PanacheRepositoryBase<RosterMember, UUID> {

  public Optional<RosterMember> findOnTeam(UUID teamId, UUID id) {
    return find("id = ?1 and teamId = ?2", id, teamId).firstResultOptional();
  }

  /** Everyone who was ever on the team. */
  public List<RosterMember> ofTeam(UUID teamId) {
    return list("teamId", teamId);
  }

  /** Everyone who was ever on these teams. */
  public List<RosterMember> ofTeams(Collection<UUID> teamIds) {
    return teamIds.isEmpty() ? List.of() : list("teamId in ?1", teamIds);
  }
}
