package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.organization.OrganizationContacts;
import org.lcp.organization.OrganizationContacts.Contacts;
import org.lcp.team.RosterRepository;
import org.lcp.team.Team;

/**
 * Who hears about a team's values: the organisation's data contact and the people on the team's
 * roster today who are members of the organisation (a roster entry is a name and an e-mail address;
 * the member with that address is the platform user); the senior leaders when that is nobody.
 */
@ApplicationScoped
public class TeamRecipients {

  /** The people to tell about each team, and each organisation's contacts. */
  record Found(Map<UUID, List<UUID>> byTeam, Map<UUID, Contacts> contacts) {

    List<UUID> of(Team t) {
      return byTeam.getOrDefault(t.id, List.of());
    }

    List<UUID> seniorLeaders(UUID organizationId) {
      Contacts c = contacts.get(organizationId);
      return c == null ? List.of() : c.seniorLeaders();
    }
  }

  private final OrganizationContacts organizations;
  private final RosterRepository rosters;

  public TeamRecipients(OrganizationContacts organizations, RosterRepository rosters) {
    this.organizations = organizations;
    this.rosters = rosters;
  }

  /** For many teams in three queries. */
  Found of(Collection<Team> teams, LocalDate today) {
    Map<UUID, Contacts> contacts =
        organizations.of(teams.stream().map(t -> t.organizationId).distinct().toList());
    Map<UUID, List<String>> emails = new HashMap<>();
    rosters.ofTeams(teams.stream().map(t -> t.id).toList()).stream()
        .filter(r -> r.currentOn(today))
        .forEach(r -> emails.computeIfAbsent(r.teamId, t -> new ArrayList<>()).add(r.email));
    Map<UUID, List<UUID>> byTeam = new HashMap<>();
    for (Team t : teams) {
      Contacts c = contacts.get(t.organizationId);
      Set<UUID> people = new LinkedHashSet<>();
      if (c.dataContact() != null) {
        people.add(c.dataContact());
      }
      people.addAll(c.membersAmong(emails.getOrDefault(t.id, List.of())));
      if (people.isEmpty()) {
        people.addAll(c.seniorLeaders());
      }
      byTeam.put(t.id, List.copyOf(people));
    }
    return new Found(byTeam, contacts);
  }
}
