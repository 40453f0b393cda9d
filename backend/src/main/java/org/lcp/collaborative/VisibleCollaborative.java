package org.lcp.collaborative;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.lcp.common.security.Actors;
import org.lcp.common.security.CollaborativePolicy;

/**
 * Transitional: loads a collaborative for the caller of this request and asks
 * {@link CollaborativePolicy}. Features still calling it move to loading the collaborative inside
 * their own service's transaction; then this class goes.
 */
@RequestScoped
public class VisibleCollaborative {

  private final Actors actors;
  private final CollaborativeRepository collaboratives;
  private final CollaborativePolicy policy;

  public VisibleCollaborative(Actors actors, CollaborativeRepository collaboratives, CollaborativePolicy policy) {
    this.actors = actors;
    this.collaboratives = collaboratives;
    this.policy = policy;
  }

  /** The collaborative if the caller may see it; 404 otherwise. */
  public Collaborative get(UUID id) {
    actors.current().requirePerson();
    Collaborative c = collaboratives.require(id);
    policy.requireVisible(actors.current(), c.ref());
    return c;
  }

  /** The collaborative if the caller is an admin or its lead faculty; 404 or 403 otherwise. */
  public Collaborative asLead(UUID id) {
    Collaborative c = get(id);
    policy.requireLead(actors.current(), c.ref());
    return c;
  }

  /** The collaborative if the caller is an admin or any of its faculty; 404 or 403 otherwise. */
  public Collaborative asFaculty(UUID id) {
    Collaborative c = get(id);
    policy.requireFaculty(actors.current(), c.ref());
    return c;
  }
}
