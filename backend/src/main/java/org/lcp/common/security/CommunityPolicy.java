package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.CommunityMemberRef;

/**
 * Learning communities' members. A community's <em>stewards</em> are admins, its faculty (lead or
 * not) and its facilitators (ACTIVE members chosen by its lead faculty or an admin; they need not
 * be faculty). Its ACTIVE members read its directory: the members who opted in to be visible;
 * stewards read every row, requests and invitations included. Everybody else (people who are not
 * members, people of another community) gets 404 for what only members read. A machine client has
 * nothing to do here (403).
 *
 * <ul>
 *   <li>read one's own row (request, invitation, membership): the person themself;
 *   <li>ask to join: any signed-in person who sees the community;
 *   <li>invite, approve or decline a request, remove a member: stewards (an ACTIVE member 403);
 *   <li>accept an invitation, set one's own visibility and region: the person themself (403 for
 *       stewards, who see the row);
 *   <li>leave: the member themself;
 *   <li>assign or unassign a facilitator: admins and the community's lead faculty.
 * </ul>
 *
 * Nothing of a CLOSED community changes (409).
 */
@ApplicationScoped
public class CommunityPolicy {

  private final CollaborativePolicy collaboratives;

  public CommunityPolicy(CollaborativePolicy collaboratives) {
    this.collaboratives = collaboratives;
  }

  /** Admins, the community's faculty and its facilitators. */
  public boolean isSteward(Actor actor, UUID communityId) {
    return collaboratives.isFaculty(actor, communityId)
        || actor.communityStanding(communityId).map(CommunityStanding::facilitator).orElse(false);
  }

  /** An ACTIVE member of the community. */
  public boolean isMember(Actor actor, UUID communityId) {
    return actor.communityStanding(communityId).map(CommunityStanding::active).orElse(false);
  }

  /** Reading the directory: stewards and ACTIVE members (404 for everybody else). */
  public void requireDirectory(Actor actor, CollaborativeRef c) {
    visible(actor, c);
    if (!isSteward(actor, c.id()) && !isMember(actor, c.id())) {
      throw ApiException.notFound("community", c.id());
    }
  }

  /** Whether the directory shows the actor every row (requests, invitations, hidden members). */
  public boolean seesEveryone(Actor actor, UUID communityId) {
    return isSteward(actor, communityId);
  }

  /** Reading one's own row: any person who sees the community (their row, or 404). */
  public void requireOwn(Actor actor, CollaborativeRef c) {
    visible(actor, c);
  }

  /** Asking to join: any person who sees the community, while it is not CLOSED. */
  public void requireJoin(Actor actor, CollaborativeRef c) {
    visible(actor, c);
    CollaborativePolicy.requireWritable(c);
  }

  /** Inviting a person: stewards (an ACTIVE member 403, anyone else 404). */
  public void requireInvite(Actor actor, CollaborativeRef c) {
    visible(actor, c);
    if (!isSteward(actor, c.id())) {
      if (isMember(actor, c.id())) {
        throw ApiException.forbidden(
            "only the community's facilitators, faculty and admins invite");
      }
      throw ApiException.notFound("community", c.id());
    }
    CollaborativePolicy.requireWritable(c);
  }

  /**
   * Reading one row: stewards and its person read it; ACTIVE members read the ACTIVE rows of people
   * who opted in; 404 otherwise.
   */
  public void requireRead(Actor actor, CommunityMemberRef m) {
    visible(actor, m.community());
    UUID c = m.community().id();
    boolean self = m.userId().equals(actor.userId());
    if (self || isSteward(actor, c) || (isMember(actor, c) && m.active() && m.visible())) {
      return;
    }
    throw ApiException.notFound("community member", m.id());
  }

  /** Approving or declining a request: stewards (404 when they may not read it, 403). */
  public void requireDecide(Actor actor, CommunityMemberRef m) {
    requireRead(actor, m);
    if (!isSteward(actor, m.community().id())) {
      throw ApiException.forbidden(
          "only the community's facilitators, faculty and admins decide on requests to join");
    }
    CollaborativePolicy.requireWritable(m.community());
  }

  /** Accepting one's invitation, setting one's own visibility: the person themself. */
  public void requireSelf(Actor actor, CommunityMemberRef m) {
    requireRead(actor, m);
    if (!m.userId().equals(actor.userId())) {
      throw ApiException.forbidden("only the person themself may do this");
    }
    CollaborativePolicy.requireWritable(m.community());
  }

  /** Leaving (the person themself) or removing someone (stewards). */
  public void requireEnd(Actor actor, CommunityMemberRef m) {
    requireRead(actor, m);
    if (!m.userId().equals(actor.userId()) && !isSteward(actor, m.community().id())) {
      throw ApiException.forbidden(
          "only the member themself leaves; the community's facilitators, faculty and admins remove");
    }
    CollaborativePolicy.requireWritable(m.community());
  }

  /** Assigning or unassigning a facilitator: admins and the community's lead faculty. */
  public void requireFacilitators(Actor actor, CommunityMemberRef m) {
    requireRead(actor, m);
    if (!collaboratives.isLead(actor, m.community().id())) {
      throw ApiException.forbidden(
          "only admins and the community's lead faculty assign and unassign facilitators");
    }
    CollaborativePolicy.requireWritable(m.community());
  }

  private void visible(Actor actor, CollaborativeRef c) {
    actor.requirePerson();
    collaboratives.requireVisible(actor, c);
  }
}
