package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.LibraryItemRef;

/**
 * The resource library: the items of a collaborative's or community's library, and of the network's
 * own (no collaborative). A library's <em>stewards</em> are admins, the collaborative's faculty and
 * (in a learning community) its facilitators; its <em>members</em> are a community's ACTIVE members
 * and, in a learning collaborative, the people of its enrolled teams' organisations. The network's
 * own library has admins as its only stewards.
 *
 * <ul>
 *   <li>see an item: {@code NETWORK} every signed-in person who sees its collaborative; {@code
 *       MEMBERS} its members and stewards; {@code TEAM} the people of its organisation and the
 *       stewards. An item one may not see is 404;
 *   <li>read a collaborative's library (list, tags): its members and stewards (404 for anybody
 *       else: a member of another community sees nothing of it);
 *   <li>add: a collaborative's members and stewards; to the network's own library, admins (403);
 *   <li>change, delete, upload a version: its author and the stewards (403 for others who see it);
 *   <li>the community's usage report: its stewards (an ACTIVE member 403, anybody else 404).
 * </ul>
 *
 * A machine client has nothing to do here (403). Nothing of a CLOSED collaborative changes (409);
 * counting a download or an open is reading, not changing.
 */
@ApplicationScoped
public class LibraryPolicy {

  private final CollaborativePolicy collaboratives;
  private final CommunityPolicy communities;

  public LibraryPolicy(CollaborativePolicy collaboratives, CommunityPolicy communities) {
    this.collaboratives = collaboratives;
    this.communities = communities;
  }

  /** Admins, the collaborative's faculty and a community's facilitators; admins for the network. */
  public boolean isSteward(Actor actor, UUID collaborativeId) {
    if (collaborativeId == null) {
      return actor.isPerson() && actor.isAdmin();
    }
    return communities.isSteward(actor, collaborativeId);
  }

  /**
   * A learning community's ACTIVE member; in a learning collaborative, a person of one of its
   * enrolled teams' organisations.
   */
  public boolean isMember(Actor actor, UUID collaborativeId, boolean community) {
    if (collaborativeId == null || !actor.isPerson()) {
      return false;
    }
    return community
        ? communities.isMember(actor, collaborativeId)
        : !actor.teamsIn(collaborativeId).isEmpty();
  }

  /** Reading a collaborative's library: its members and stewards (404 for anybody else). */
  public void requireLibrary(Actor actor, CollaborativeRef c, boolean community) {
    actor.requirePerson();
    collaboratives.requireVisible(actor, c);
    if (!isSteward(actor, c.id()) && !isMember(actor, c.id(), community)) {
      throw ApiException.notFound("collaborative", c.id());
    }
  }

  /** Reading the network-wide library: every person (a machine client 403). */
  public void requireNetwork(Actor actor) {
    actor.requirePerson();
  }

  /**
   * Adding to a collaborative's library: its members and stewards (404 otherwise), while it is not
   * CLOSED.
   */
  public void requireAdd(Actor actor, CollaborativeRef c, boolean community) {
    requireLibrary(actor, c, community);
    CollaborativePolicy.requireWritable(c);
  }

  /** Adding to the network's own library: admins. */
  public void requireAddToNetwork(Actor actor) {
    actor.requireAdmin();
  }

  /**
   * Whether a TEAM item of this organisation may be added by the actor: stewards name any
   * organisation, others one of their own.
   */
  public boolean mayTarget(Actor actor, UUID collaborativeId, UUID organizationId) {
    return isSteward(actor, collaborativeId) || actor.memberOf(organizationId);
  }

  /** Whether the actor sees the item (a person who sees its collaborative). */
  public boolean sees(Actor actor, LibraryItemRef item) {
    if (!actor.isPerson()) {
      return false;
    }
    UUID c = item.collaborative() == null ? null : item.collaborative().id();
    if (item.collaborative() != null
        && !collaboratives.scope(actor).includes(item.collaborative())) {
      return false;
    }
    if (isSteward(actor, c)) {
      return true;
    }
    return switch (item.audience()) {
      case NETWORK -> true;
      case MEMBERS -> isMember(actor, c, item.community());
      case TEAM -> item.organizationId() != null && actor.memberOf(item.organizationId());
    };
  }

  /** Reading an item (its versions, its bytes, opening it): 403 for a machine, 404 unseen. */
  public void requireRead(Actor actor, LibraryItemRef item) {
    actor.requirePerson();
    if (!sees(actor, item)) {
      throw ApiException.notFound("library item", item.id());
    }
  }

  /** Whether the actor may change or delete the item (its author, the stewards). */
  public boolean mayEdit(Actor actor, LibraryItemRef item) {
    UUID c = item.collaborative() == null ? null : item.collaborative().id();
    return actor.isPerson()
        && ((actor.userId() != null && actor.userId().equals(item.createdBy()))
            || isSteward(actor, c));
  }

  /** Changing, deleting, adding a version: its author and the stewards (404, 403, 409). */
  public void requireEdit(Actor actor, LibraryItemRef item) {
    requireRead(actor, item);
    if (!mayEdit(actor, item)) {
      throw ApiException.forbidden(
          "only the item's author and the library's stewards (facilitators, faculty, admins)"
              + " change it");
    }
    if (item.collaborative() != null) {
      CollaborativePolicy.requireWritable(item.collaborative());
    }
  }

  /** A community's usage report: its stewards (an ACTIVE member 403, anybody else 404). */
  public void requireUsageReport(Actor actor, CollaborativeRef c) {
    actor.requirePerson();
    collaboratives.requireVisible(actor, c);
    if (!communities.isSteward(actor, c.id())) {
      if (communities.isMember(actor, c.id())) {
        throw ApiException.forbidden(
            "only the community's facilitators, faculty and admins read its usage report");
      }
      throw ApiException.notFound("community", c.id());
    }
  }
}
