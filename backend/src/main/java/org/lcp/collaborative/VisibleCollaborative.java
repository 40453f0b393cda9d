package org.lcp.collaborative;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.lcp.common.security.Access;

/**
 * Loads a collaborative for the caller and applies the access rules that depend on it (drafts are
 * only for admins and its faculty), for every resource under /api/collaboratives/{id}.
 */
@RequestScoped
public class VisibleCollaborative {

  private final Access access;
  private final CollaborativeService service;

  public VisibleCollaborative(Access access, CollaborativeService service) {
    this.access = access;
    this.service = service;
  }

  /** The collaborative if the caller may see it; 404 otherwise. */
  public Collaborative get(UUID id) {
    access.requirePerson();
    Collaborative c = service.get(id);
    access.requireCollaborativeVisible(c.id, c.isDraft());
    return c;
  }

  /** The collaborative if the caller is an admin or its lead faculty; 404 or 403 otherwise. */
  public Collaborative asLead(UUID id) {
    Collaborative c = get(id);
    access.requireCollaborativeLead(c.id, c.isDraft());
    return c;
  }

  /** The collaborative if the caller is an admin or any of its faculty; 404 or 403 otherwise. */
  public Collaborative asFaculty(UUID id) {
    Collaborative c = get(id);
    access.requireCollaborativeFaculty(c.id, c.isDraft());
    return c;
  }
}
