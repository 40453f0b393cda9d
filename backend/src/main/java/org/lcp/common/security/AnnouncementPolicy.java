package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * Announcements (news). People only: a machine client has nothing to do here (403).
 *
 * <ul>
 *   <li>network-wide ones: every signed-in person reads them; admins publish, change and delete
 *       them (anybody else 403);
 *   <li>a learning community's: its stewards (admins, its faculty, its facilitators) and its ACTIVE
 *       members read them; its stewards publish, change and delete them (a member 403);
 *   <li>a learning collaborative's: admins, its faculty and the people of its enrolled teams read
 *       them; admins and its lead faculty publish, change and delete them (its other faculty and
 *       its teams' people 403).
 * </ul>
 *
 * Everybody else gets 404 for a collaborative's or a community's announcements (they do not see
 * them). Nothing of a CLOSED collaborative changes (409).
 */
@ApplicationScoped
public class AnnouncementPolicy {

  private final CollaborativePolicy collaboratives;
  private final CommunityPolicy communities;

  public AnnouncementPolicy(CollaborativePolicy collaboratives, CommunityPolicy communities) {
    this.collaboratives = collaboratives;
    this.communities = communities;
  }

  /** Whether the actor is in the audience of a collaborative's (or community's) announcements. */
  public boolean isReader(Actor actor, CollaborativeRef c, boolean community) {
    if (!actor.isPerson() || !collaboratives.scope(actor).includes(c)) {
      return false;
    }
    if (collaboratives.isFaculty(actor, c.id())) {
      return true;
    }
    return community
        ? communities.isSteward(actor, c.id()) || communities.isMember(actor, c.id())
        : !actor.teamsIn(c.id()).isEmpty();
  }

  /** Whether the actor publishes, changes and deletes a collaborative's announcements. */
  public boolean isPublisher(Actor actor, CollaborativeRef c, boolean community) {
    return community ? communities.isSteward(actor, c.id()) : collaboratives.isLead(actor, c.id());
  }

  /** Reading a collaborative's announcements: its audience (404 for everybody else). */
  public void requireRead(Actor actor, CollaborativeRef c, boolean community) {
    actor.requirePerson();
    if (!isReader(actor, c, community)) {
      throw ApiException.notFound("collaborative", c.id());
    }
  }

  /** Publishing, changing or deleting a collaborative's announcement (404, 403, 409). */
  public void requirePublish(Actor actor, CollaborativeRef c, boolean community) {
    requireRead(actor, c, community);
    if (!isPublisher(actor, c, community)) {
      throw ApiException.forbidden(
          community
              ? "only the community's facilitators, faculty and admins publish its announcements"
              : "only admins and the collaborative's lead faculty publish its announcements");
    }
    CollaborativePolicy.requireWritable(c);
  }

  /** Reading network-wide announcements: every signed-in person. */
  public void requireReadNetwork(Actor actor) {
    actor.requirePerson();
  }

  /** Publishing, changing or deleting a network-wide announcement: admins. */
  public void requirePublishNetwork(Actor actor) {
    actor.requirePerson();
    if (!actor.isAdmin()) {
      throw ApiException.forbidden("only platform admins publish network-wide announcements");
    }
  }

  /**
   * The collaboratives and communities whose announcements the person's home page shows: those they
   * are faculty of, enrolled in (through an organisation's team) or an ACTIVE member of.
   */
  public Set<UUID> homeCollaboratives(Actor actor) {
    Set<UUID> ids = new HashSet<>(actor.facultyOf());
    actor.enrolments().forEach(e -> ids.add(e.collaborativeId()));
    ids.addAll(actor.activeCommunities());
    return ids;
  }
}
