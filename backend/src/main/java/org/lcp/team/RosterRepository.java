package org.lcp.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lcp.team.Team.RosterMember;

/** The people on teams' rosters, with the dates they joined and left. */
@ApplicationScoped
public class RosterRepository implements PanacheRepositoryBase<RosterMember, UUID> {

  public Optional<RosterMember> findOnTeam(UUID teamId, UUID id) {
    return find("id = ?1 and teamId = ?2", id, teamId).firstResultOptional();
  }

  /** Roster members by id, in one query. */
  public Map<UUID, RosterMember> byIds(Collection<UUID> ids) {
    Map<UUID, RosterMember> members = new HashMap<>();
    if (!ids.isEmpty()) {
      list("id in ?1", ids).forEach(m -> members.put(m.id, m));
    }
    return members;
  }

  /** Everyone who was ever on the team. */
  public List<RosterMember> ofTeam(UUID teamId) {
    return list("teamId", teamId);
  }

  /** Everyone who was ever on these teams. */
  public List<RosterMember> ofTeams(Collection<UUID> teamIds) {
    return teamIds.isEmpty() ? List.of() : list("teamId in ?1", teamIds);
  }

  /** Removes a team's roster (the team is being removed: its acceptance was undone). */
  void removeOfTeam(UUID teamId) {
    delete("teamId", teamId);
  }
}
