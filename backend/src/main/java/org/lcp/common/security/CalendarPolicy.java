package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Schedules and calendar links are a person's own: what appears in them follows from where the
 * person stands (faculty of, member of, their organisations' teams); what they may see of one
 * collaborative's calls is {@link CallPolicy}'s rule.
 */
@ApplicationScoped
public class CalendarPolicy {

  /**
   * Where a person stands: faculty of, member of, and their teams with the collaborative of each.
   */
  public record Standing(
      Set<UUID> facultyOf, Set<UUID> organizations, Map<UUID, UUID> teamCollaboratives) {

    public Set<UUID> enrolledIn() {
      return new HashSet<>(teamCollaboratives.values());
    }

    /** The collaboratives the person is expected in: as faculty or with a team. */
    public Set<UUID> expectedIn() {
      Set<UUID> all = new HashSet<>(facultyOf);
      all.addAll(enrolledIn());
      return all;
    }
  }

  /** The person's own schedule (people only; a feed's person has no token roles). */
  public Standing standing(Actor actor) {
    actor.requirePerson();
    Map<UUID, UUID> teams = new HashMap<>();
    actor.enrolments().forEach(e -> teams.put(e.teamId(), e.collaborativeId()));
    return new Standing(
        new HashSet<>(actor.facultyOf()), new HashSet<>(actor.memberships().keySet()), teams);
  }

  /** Calendar links are the person's own. */
  public void requireOwnLinks(Actor actor) {
    actor.requirePerson();
  }
}
