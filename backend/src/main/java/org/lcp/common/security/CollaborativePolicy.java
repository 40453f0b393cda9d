package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor.Standing;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * Collaboratives, their phases, faculty and learning sessions. People see a collaborative unless it
 * is a draft (drafts: admins and its faculty); admins and its lead faculty manage it; its faculty
 * run its sessions. A CLOSED collaborative is read-only for every feature: every policy's decision
 * to change something of a collaborative ends in {@link #requireWritable}.
 */
@ApplicationScoped
public class CollaborativePolicy {

  /** Which collaboratives a person sees. */
  public record Scope(boolean all, Set<UUID> drafts) {

    public boolean includes(CollaborativeRef c) {
      return all || !c.draft() || drafts.contains(c.id());
    }

    /**
     * The list form of {@link #includes}: {@code id} is the collaborative's id path, {@code
     * isDraft} a JPQL condition that holds for drafts.
     */
    public Filter where(String id, String isDraft) {
      if (all) {
        return Filter.ALL;
      }
      if (drafts.isEmpty()) {
        return new Filter("not (" + isDraft + ")", Map.of());
      }
      return new Filter(
          "(not (" + isDraft + ") or " + id + " in :scopeDrafts)", Map.of("scopeDrafts", drafts));
    }
  }

  public Scope scope(Actor actor) {
    actor.requirePerson();
    return new Scope(actor.isAdmin(), actor.facultyOf());
  }

  /** 404 unless the person may see the collaborative. */
  public void requireVisible(Actor actor, CollaborativeRef c) {
    if (!scope(actor).includes(c)) {
      throw ApiException.notFound("collaborative", c.id());
    }
  }

  /** Admins and faculty set up collaboratives (and lead the ones they set up). */
  public void requireCreate(Actor actor) {
    actor.requirePerson();
    if (!actor.isAdmin() && !actor.hasFacultyRole()) {
      throw ApiException.forbidden("only platform admins and faculty may do this");
    }
  }

  /**
   * A faculty member who sets a collaborative up becomes its lead (an admin, or the system, already
   * manages every collaborative).
   */
  public boolean leadsWhatTheyCreate(Actor actor) {
    return !actor.isAdmin() && actor.userId() != null;
  }

  /** Admins and the collaborative's lead faculty; 404 or 403 otherwise. */
  public void requireLead(Actor actor, CollaborativeRef c) {
    requireVisible(actor, c);
    if (!isLead(actor, c.id())) {
      throw ApiException.forbidden("only admins and the collaborative's lead faculty may do this");
    }
  }

  /** Admins and any of the collaborative's faculty; 404 or 403 otherwise. */
  public void requireFaculty(Actor actor, CollaborativeRef c) {
    requireVisible(actor, c);
    if (!isFaculty(actor, c.id())) {
      throw ApiException.forbidden("only admins and the collaborative's faculty may do this");
    }
  }

  /** Changing a collaborative's settings, faculty, readiness items, measures or unlocks. */
  public void requireChangeAsLead(Actor actor, CollaborativeRef c) {
    requireLead(actor, c);
    requireWritable(c);
  }

  /** Changing what its faculty run: learning sessions, attendance, calls. */
  public void requireChangeAsFaculty(Actor actor, CollaborativeRef c) {
    requireFaculty(actor, c);
    requireWritable(c);
  }

  /**
   * Moving a collaborative to another phase: admins and its lead faculty, also when it is CLOSED
   * (admins reopen it); which phases each may choose is the collaborative package's rule.
   */
  public void requireTransition(Actor actor, CollaborativeRef c) {
    requireLead(actor, c);
  }

  /** Whether the actor may move the collaborative forward (admins and its lead). */
  public boolean mayMoveForward(Actor actor, UUID collaborativeId) {
    return isLead(actor, collaborativeId);
  }

  /** Whether the actor may move a collaborative back to an earlier phase (admins only). */
  public boolean mayMoveBack(Actor actor) {
    return actor.isAdmin();
  }

  /** A CLOSED collaborative is read-only, for every feature that hangs off it. */
  public static void requireWritable(CollaborativeRef c) {
    if (c.closed()) {
      throw ApiException.conflict(
          "the collaborative is CLOSED and read-only; an admin can reopen it");
    }
  }

  /** Admins and its faculty (lead or not) see every team of a collaborative. */
  public boolean isFaculty(Actor actor, UUID collaborativeId) {
    return actor.isPerson()
        && (actor.isAdmin() || actor.standingIn(collaborativeId) != Standing.NONE);
  }

  public boolean isLead(Actor actor, UUID collaborativeId) {
    return actor.isPerson()
        && (actor.isAdmin() || actor.standingIn(collaborativeId) == Standing.LEAD);
  }
}
