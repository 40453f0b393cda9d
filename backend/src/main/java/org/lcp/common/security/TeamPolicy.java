package org.lcp.common.security;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.TeamRef;

/**
 * Enrolled teams, their rosters and their attendance: admins and the collaborative's faculty see and
 * keep every team's; members see and keep their own team's; anyone else gets 404.
 */
@ApplicationScoped
public class TeamPolicy {

  private final CollaborativePolicy collaboratives;

  public TeamPolicy(CollaborativePolicy collaboratives) {
    this.collaboratives = collaboratives;
  }

  /** Whose teams of one collaborative a person sees: every team's, or their organisations'. */
  public record Scope(boolean all, Set<UUID> organizations) {

    public boolean includes(UUID organizationId) {
      return all || organizations.contains(organizationId);
    }

    /** The list form of {@link #includes}, over the team's organisation id path. */
    public Filter where(String organizationId) {
      if (all) {
        return Filter.ALL;
      }
      return organizations.isEmpty() ? Filter.NONE
          : new Filter(organizationId + " in :scopeOrganizations", Map.of("scopeOrganizations", organizations));
    }
  }

  /** The teams of a collaborative the person may see (after the collaborative itself). */
  public Scope scope(Actor actor, CollaborativeRef c) {
    collaboratives.requireVisible(actor, c);
    return new Scope(collaboratives.isFaculty(actor, c.id()), actor.memberships().keySet());
  }

  public void requireVisible(Actor actor, TeamRef t) {
    actor.requirePerson();
    boolean visible = collaboratives.scope(actor).includes(t.collaborative())
        && new Scope(collaboratives.isFaculty(actor, t.collaborative().id()), actor.memberships().keySet())
            .includes(t.organizationId());
    if (!visible) {
      throw ApiException.notFound("team", t.id());
    }
  }

  /** Members and the collaborative's faculty keep the roster (joiners and departures). */
  public void requireRosterChange(Actor actor, TeamRef t) {
    requireVisible(actor, t);
    collaboratives.requireWritable(t.collaborative());
  }
}
