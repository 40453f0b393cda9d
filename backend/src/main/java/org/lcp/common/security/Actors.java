package org.lcp.common.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The actor of this request (resolved once), and actors for work done without a bearer token. */
@RequestScoped
public class Actors {

  private final CurrentCaller current;
  private final Actor.Relations relations;
  private Actor actor;

  public Actors(
      CurrentCaller current,
      Directory.Memberships memberships,
      Directory.Faculty faculty,
      Directory.Enrolments enrolments,
      Directory.Communities communities) {
    this.current = current;
    this.relations =
        new Actor.Relations() {
          @Override
          public Map<UUID, MemberRole> memberships(UUID userId) {
            return memberships.of(userId);
          }

          @Override
          public Map<UUID, Boolean> faculty(UUID userId) {
            return faculty.of(userId);
          }

          @Override
          public List<Enrolment> enrolments(Set<UUID> organizationIds) {
            return enrolments.of(organizationIds);
          }

          @Override
          public Map<UUID, CommunityStanding> communities(UUID userId) {
            return communities.of(userId);
          }
        };
  }

  /** The caller of this request (401 when there is none). */
  public Actor current() {
    if (actor == null) {
      actor = new Actor(current.get(), relations);
    }
    return actor;
  }

  /**
   * A person known by their platform id alone, without the roles a token would give (a calendar
   * feed: the secret link says whose it is).
   */
  public Actor person(UUID userId) {
    return new Actor(
        new Caller(Caller.Kind.PERSON, userId, null, null, null, Set.of(), null, null), relations);
  }
}
