package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.TeamRef;

/**
 * Enrolled teams, their rosters and their attendance: admins and the collaborative's faculty see
 * and keep every team's roster; members see and keep their own team's; anyone else gets 404 (for a
 * team) or sees no team (in a list). Attendance at learning sessions is read under the same rule
 * and recorded by the collaborative's faculty ({@link CollaborativePolicy#requireChangeAsFaculty}).
 */
@ApplicationScoped
public class TeamPolicy {

  private final CollaborativePolicy collaboratives;

  public TeamPolicy(CollaborativePolicy collaboratives) {
    this.collaboratives = collaboratives;
  }

  /** The teams of a collaborative the person may see, once they may see the collaborative (404). */
  public OrganizationScope scope(Actor actor, CollaborativeRef c) {
    collaboratives.requireVisible(actor, c);
    return scopeIn(actor, c);
  }

  private OrganizationScope scopeIn(Actor actor, CollaborativeRef c) {
    return new OrganizationScope(
        collaboratives.isFaculty(actor, c.id()), actor.memberships().keySet());
  }

  private boolean visible(Actor actor, TeamRef t) {
    actor.requirePerson();
    return collaboratives.scope(actor).includes(t.collaborative())
        && scopeIn(actor, t.collaborative()).includes(t.organizationId());
  }

  /** 404 unless the person may see the team (its roster, its attendance report). */
  public void requireVisible(Actor actor, TeamRef t) {
    if (!visible(actor, t)) {
      throw ApiException.notFound("team", t.id());
    }
  }

  /** 404 (for the roster member) unless the person may see the team they are or were on. */
  public void requireRosterMemberVisible(Actor actor, TeamRef t, UUID rosterMemberId) {
    if (!visible(actor, t)) {
      throw ApiException.notFound("roster member", rosterMemberId);
    }
  }

  /** Members and the collaborative's faculty keep the roster (joiners and departures). */
  public void requireRosterChange(Actor actor, TeamRef t) {
    requireVisible(actor, t);
    CollaborativePolicy.requireWritable(t.collaborative());
  }

  /**
   * Recording attendance at a collaborative's learning sessions: its faculty and admins, while the
   * collaborative is not CLOSED (404, 403, 409).
   */
  public void requireRecordAttendance(Actor actor, CollaborativeRef c) {
    collaboratives.requireChangeAsFaculty(actor, c);
  }

  /**
   * Whether {@link #requireRecordAttendance} would let the actor record, for a person who already
   * sees the collaborative (a sheet says whether it can be taken).
   */
  public boolean mayRecordAttendance(Actor actor, CollaborativeRef c) {
    return collaboratives.isFaculty(actor, c.id()) && !c.closed();
  }
}
