package org.lcp.common.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;

import org.lcp.common.error.ApiException;

/**
 * The one place that decides "may this caller see or change this?". Resources ask it before they
 * call a service. What the caller may not see answers 404 (as if it did not exist); what they can
 * see but may not change answers 403.
 */
@RequestScoped
public class Access {

  /** A person's standing in one collaborative. */
  public enum FacultyStanding { NONE, FACULTY, LEAD }

  private final CurrentCaller current;
  private final EntityManager em;
  private final Map<UUID, FacultyStanding> standings = new HashMap<>();

  public Access(CurrentCaller current, EntityManager em) {
    this.current = current;
    this.em = em;
  }

  public Caller caller() {
    return current.get();
  }

  /** People only: machine clients upload metrics and read /api/me, nothing else. */
  public Caller requirePerson() {
    Caller c = caller();
    if (!c.isPerson()) {
      throw ApiException.forbidden("a machine client may not call this operation");
    }
    return c;
  }

  public Caller requireAdmin() {
    Caller c = requirePerson();
    if (!c.isAdmin()) {
      throw ApiException.forbidden("only platform admins may do this");
    }
    return c;
  }

  public Caller requireAdminOrFaculty() {
    Caller c = requirePerson();
    if (!c.isAdmin() && !c.isFacultyRole()) {
      throw ApiException.forbidden("only platform admins and faculty may do this");
    }
    return c;
  }

  // ---- organisations ----------------------------------------------------------------------------

  /** The caller's role in the organisation, if they are a member. */
  public Optional<String> memberRole(UUID organizationId) {
    Caller c = caller();
    if (!c.isPerson()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<String> roles = em.createNativeQuery(
            "select role from membership where organization_id = ?1 and user_id = ?2")
        .setParameter(1, organizationId)
        .setParameter(2, c.userId())
        .getResultList();
    return roles.stream().findFirst();
  }

  /** The organisations the caller is a member of. */
  public List<UUID> myOrganizations() {
    Caller c = caller();
    if (!c.isPerson()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<UUID> ids = em.createNativeQuery("select organization_id from membership where user_id = ?1")
        .setParameter(1, c.userId()).getResultList();
    return ids;
  }

  /** Admins and members see an organisation; anyone else gets 404. */
  public Caller requireOrganizationVisible(UUID organizationId) {
    Caller c = requirePerson();
    if (!c.isAdmin() && memberRole(organizationId).isEmpty()) {
      throw ApiException.notFound("organization", organizationId);
    }
    return c;
  }

  /** Admins and the organisation's senior leaders manage it. */
  public Caller requireOrganizationManager(UUID organizationId) {
    Caller c = requirePerson();
    if (c.isAdmin()) {
      return c;
    }
    Optional<String> role = memberRole(organizationId);
    if (role.isEmpty()) {
      throw ApiException.notFound("organization", organizationId);
    }
    if (!"SENIOR_LEADER".equals(role.get())) {
      throw ApiException.forbidden("only admins and the organisation's senior leaders may do this");
    }
    return c;
  }

  // ---- collaboratives ---------------------------------------------------------------------------

  public FacultyStanding facultyStanding(UUID collaborativeId) {
    return facultyStandings(List.of(collaborativeId)).get(collaborativeId);
  }

  /** The caller's standing in several collaboratives, read in one query and remembered for this request. */
  public Map<UUID, FacultyStanding> facultyStandings(Collection<UUID> collaborativeIds) {
    Caller c = caller();
    List<UUID> unknown = collaborativeIds.stream().filter(id -> !standings.containsKey(id)).distinct().toList();
    if (!unknown.isEmpty()) {
      unknown.forEach(id -> standings.put(id, FacultyStanding.NONE));
      if (c.isPerson()) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select collaborative_id, lead from faculty_assignment where user_id = ?1 and collaborative_id in (?2)")
            .setParameter(1, c.userId())
            .setParameter(2, unknown)
            .getResultList();
        for (Object[] row : rows) {
          standings.put((UUID) row[0], Boolean.TRUE.equals(row[1]) ? FacultyStanding.LEAD : FacultyStanding.FACULTY);
        }
      }
    }
    Map<UUID, FacultyStanding> result = new HashMap<>();
    collaborativeIds.forEach(id -> result.put(id, standings.get(id)));
    return result;
  }

  /** People see a collaborative unless it is a draft; drafts only admins and its faculty. */
  public Caller requireCollaborativeVisible(UUID collaborativeId, boolean draft) {
    Caller c = requirePerson();
    if (draft && !c.isAdmin() && facultyStanding(collaborativeId) == FacultyStanding.NONE) {
      throw ApiException.notFound("collaborative", collaborativeId);
    }
    return c;
  }

  /** Admins and its lead faculty manage a collaborative (settings, phases, faculty). */
  public Caller requireCollaborativeLead(UUID collaborativeId, boolean draft) {
    Caller c = requireCollaborativeVisible(collaborativeId, draft);
    if (!c.isAdmin() && facultyStanding(collaborativeId) != FacultyStanding.LEAD) {
      throw ApiException.forbidden("only admins and the collaborative's lead faculty may do this");
    }
    return c;
  }

  /** Admins and any of its faculty run a collaborative's sessions. */
  public Caller requireCollaborativeFaculty(UUID collaborativeId, boolean draft) {
    Caller c = requireCollaborativeVisible(collaborativeId, draft);
    if (!c.isAdmin() && facultyStanding(collaborativeId) == FacultyStanding.NONE) {
      throw ApiException.forbidden("only admins and the collaborative's faculty may do this");
    }
    return c;
  }
}
