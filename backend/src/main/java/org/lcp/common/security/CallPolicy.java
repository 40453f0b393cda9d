package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CallRef;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * Calls of a collaborative. Admins and its faculty see every call and schedule, change, cancel,
 * archive and take attendance; members of an enrolled organisation see the consultation calls for
 * the whole collaborative and for their team, and informational calls; any other member of an
 * organisation sees informational calls only; every person sees webinars. Members register their
 * organisation for informational calls and webinars and change or withdraw its registrations; a
 * person may register for a webinar on their own; the collaborative's faculty see every
 * registration and every attendee, members their own organisation's and their own. The ACTIVE
 * members of a learning community see its consultation calls for the whole community. Calendar
 * feeds (no token roles) use the same rules for the person whose link it is.
 */
@ApplicationScoped
public class CallPolicy {

  private final CollaborativePolicy collaboratives;

  public CallPolicy(CollaborativePolicy collaboratives) {
    this.collaboratives = collaboratives;
  }

  /**
   * What one person sees of one collaborative's calls; {@code communityMember}: an ACTIVE member of
   * it as a learning community, who sees its calls for the whole community. Every person sees a
   * webinar (it is open to the whole network, also to who has no organisation).
   */
  public record Viewer(
      UUID userId, boolean all, Set<UUID> organizations, Set<UUID> teams, boolean communityMember) {

    public Viewer(UUID userId, boolean all, Set<UUID> organizations, Set<UUID> teams) {
      this(userId, all, organizations, teams, false);
    }

    public boolean sees(CallRef c) {
      return c.webinar() || sees(c.informational(), c.wholeCollaborative(), c.teamId());
    }

    public boolean sees(boolean informational, boolean wholeCollaborative, UUID teamId) {
      if (all) {
        return true;
      }
      if (informational) {
        return !organizations.isEmpty();
      }
      if (communityMember && wholeCollaborative) {
        return true;
      }
      return !teams.isEmpty() && (wholeCollaborative || teams.contains(teamId));
    }

    /**
     * Whether people of this organisation are someone the viewer may see (attendance,
     * registrations).
     */
    public boolean seesOrganization(UUID organizationId) {
      return all || organizations.contains(organizationId);
    }

    /**
     * The list form of {@link #seesOrganization}, over the organisation id path {@code
     * organizationId}.
     */
    public Filter whereOrganization(String organizationId) {
      if (all) {
        return Filter.ALL;
      }
      return organizations.isEmpty()
          ? Filter.NONE
          : new Filter(
              organizationId + " in :viewerOrganizations",
              Map.of("viewerOrganizations", organizations));
    }

    /**
     * Whose registrations of a call the viewer sees: their organisations' and their own made on
     * their own (paths of a registration's organisation id and registrant).
     */
    public Filter whereRegistration(String organizationId, String registeredBy) {
      if (all) {
        return Filter.ALL;
      }
      Filter own = whereOrganization(organizationId);
      Map<String, Object> p = new HashMap<>(own.params());
      p.put("viewerPerson", userId == null ? new UUID(0, 0) : userId);
      return new Filter(
          "("
              + own.jpql()
              + " or ("
              + organizationId
              + " is null and "
              + registeredBy
              + " = :viewerPerson))",
          p);
    }

    /**
     * Whether the viewer sees the people of a registration (its organisation's members, or the
     * person who registered on their own).
     */
    public boolean seesRegistration(UUID organizationId, UUID registeredBy) {
      return organizationId == null
          ? all || (userId != null && userId.equals(registeredBy))
          : seesOrganization(organizationId);
    }

    /**
     * The list form of {@link #sees}: JPQL conditions that hold for informational calls (and
     * webinars), for webinars, and for calls to the whole collaborative, and the path of a call's
     * team id.
     */
    public Filter where(
        String isInformational, String isWebinar, String isWholeCollaborative, String teamId) {
      if (all) {
        return Filter.ALL;
      }
      StringBuilder b = new StringBuilder("(").append(isWebinar);
      Map<String, Object> p = new HashMap<>();
      if (!organizations.isEmpty()) {
        b.append(" or ").append(isInformational);
      }
      if (!teams.isEmpty()) {
        b.append(" or (not (")
            .append(isInformational)
            .append(") and (")
            .append(isWholeCollaborative)
            .append(" or ")
            .append(teamId)
            .append(" in :viewerTeams))");
        p.put("viewerTeams", teams);
      }
      if (communityMember) {
        b.append(" or (not (")
            .append(isInformational)
            .append(") and ")
            .append(isWholeCollaborative)
            .append(")");
      }
      return new Filter(b.append(")").toString(), p);
    }
  }

  /**
   * What the actor sees of the collaborative's calls (404 when they cannot see the collaborative).
   */
  public Viewer viewer(Actor actor, CollaborativeRef c) {
    collaboratives.requireVisible(actor, c);
    return viewerOf(actor, c.id());
  }

  private Viewer viewerOf(Actor actor, UUID collaborativeId) {
    return new Viewer(
        actor.userId(),
        collaboratives.isFaculty(actor, collaborativeId),
        new HashSet<>(actor.memberships().keySet()),
        new HashSet<>(actor.teamsIn(collaborativeId).values()),
        actor.communityStanding(collaborativeId).map(CommunityStanding::active).orElse(false));
  }

  /** The call (or series) if the actor may see it; 404 otherwise. */
  public Viewer requireVisible(Actor actor, CallRef call, String what) {
    Viewer v;
    try {
      v = viewer(actor, call.collaborative());
    } catch (ApiException hidden) {
      throw hidden.status() == 404 ? ApiException.notFound(what, call.id()) : hidden;
    }
    if (!v.sees(call)) {
      throw ApiException.notFound(what, call.id());
    }
    return v;
  }

  /**
   * Scheduling calls: admins and the collaborative's faculty; 404 or 403 otherwise, 409 when it is
   * CLOSED.
   */
  public void requireOrganize(Actor actor, CollaborativeRef c) {
    collaboratives.requireChangeAsFaculty(actor, c);
  }

  /**
   * Changing, cancelling, archiving a call (or a series) and taking attendance: 404 for who cannot
   * see it, 403 for who sees it but is not the collaborative's faculty (or an admin), 409 when the
   * collaborative is CLOSED.
   */
  public Viewer requireOrganize(Actor actor, CallRef call, String what) {
    Viewer v = requireVisible(actor, call, what);
    requireOrganize(actor, call.collaborative());
    return v;
  }

  /**
   * Taking a call's attendance: those who organise calls ({@link #requireOrganize(Actor, CallRef,
   * String)}), and at a learning community's call its facilitator, any ACTIVE member of the
   * community (leadership rotates among members). 404 for who cannot see the call, 403, 409 when
   * CLOSED.
   */
  public Viewer requireTakeAttendance(Actor actor, CallRef call, UUID facilitatorUserId) {
    Viewer v = requireVisible(actor, call, "call");
    if (facilitates(actor, call, facilitatorUserId)) {
      CollaborativePolicy.requireWritable(call.collaborative());
      return v;
    }
    requireOrganize(actor, call.collaborative());
    return v;
  }

  /** Whether the actor may take the call's attendance now (the sheet's {@code recordable}). */
  public boolean mayTakeAttendance(Actor actor, CallRef call, UUID facilitatorUserId) {
    return (collaboratives.isFaculty(actor, call.collaborative().id())
            || facilitates(actor, call, facilitatorUserId))
        && !call.collaborative().closed();
  }

  /**
   * Whether the actor is the call's facilitator and an ACTIVE member of its learning community
   * (nobody is a community member of a learning collaborative).
   */
  public boolean facilitates(Actor actor, CallRef call, UUID facilitatorUserId) {
    return actor.isPerson()
        && actor.userId() != null
        && actor.userId().equals(facilitatorUserId)
        && actor
            .communityStanding(call.collaborative().id())
            .map(CommunityStanding::active)
            .orElse(false);
  }

  /** Whether the actor may schedule and change the collaborative's calls now. */
  public boolean mayOrganize(Actor actor, CollaborativeRef c) {
    return collaboratives.isFaculty(actor, c.id()) && !c.closed();
  }

  /**
   * Registering an organisation for an informational call or a webinar: its members (and admins);
   * {@code organizationId} null: a person registering for a webinar on their own, any person who
   * sees it.
   */
  public void requireRegister(Actor actor, CallRef call, UUID organizationId) {
    requireVisible(actor, call, "call");
    if (organizationId == null) {
      actor.requirePerson();
    } else if (!actor.isAdmin() && !actor.memberOf(organizationId)) {
      throw ApiException.forbidden(
          "only members of an organisation (and admins) may register it for a call");
    }
    CollaborativePolicy.requireWritable(call.collaborative());
  }

  /**
   * Changing or withdrawing a registration: its organisation's members and admins, and for one made
   * by a person on their own (no organisation) that person and admins. Who cannot see it gets 404;
   * the collaborative's faculty, who see every registration of the call, get 403.
   */
  public void requireRegistrationChange(
      Actor actor, CallRef call, UUID registrationId, UUID organizationId, UUID registeredBy) {
    Viewer v = requireVisible(actor, call, "call");
    if (!v.seesRegistration(organizationId, registeredBy)) {
      throw ApiException.notFound("registration", registrationId);
    }
    if (organizationId == null) {
      if (!actor.isAdmin() && !(actor.userId() != null && actor.userId().equals(registeredBy))) {
        throw ApiException.forbidden(
            "only the person who registered (and admins) may change or withdraw a registration"
                + " made without an organisation");
      }
    } else if (!actor.isAdmin() && !actor.memberOf(organizationId)) {
      throw ApiException.forbidden(
          "only members of the registered organisation (and admins) may change or "
              + "withdraw its registration");
    }
    CollaborativePolicy.requireWritable(call.collaborative());
  }

  /**
   * A calendar feed of one collaborative, for the person whose link it is: drafts only for its
   * faculty.
   */
  public Viewer feedViewer(Actor person, CollaborativeRef c) {
    Viewer v = viewerOf(person, c.id());
    if (c.draft() && !v.all()) {
      throw ApiException.notFound("collaborative", c.id());
    }
    return v;
  }
}
