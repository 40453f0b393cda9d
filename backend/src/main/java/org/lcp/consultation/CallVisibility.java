package org.lcp.consultation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.CallAudience;
import org.lcp.api.model.CallKind;
import org.lcp.common.security.Caller;

/**
 * Who sees which calls of a collaborative: admins and its faculty every call; members of an
 * enrolled organisation the consultation calls for the whole collaborative and for their team, and
 * informational calls; any other member of a registered organisation informational calls only.
 * Calendar feeds have no token roles, so they use the same rules from the database alone.
 */
@ApplicationScoped
public class CallVisibility {

  /** What one person may see of one collaborative's calls. */
  public record Viewer(UUID userId, boolean all, Set<UUID> organizations, Set<UUID> teams) {

    public boolean sees(Call c) {
      return sees(c.kind, c.audience, c.teamId);
    }

    public boolean sees(CallKind kind, CallAudience audience, UUID teamId) {
      if (all) {
        return true;
      }
      if (kind == CallKind.INFORMATIONAL) {
        return !organizations.isEmpty();
      }
      return !teams.isEmpty() && (audience == CallAudience.COLLABORATIVE || teams.contains(teamId));
    }

    /** Whether a person of this organisation is someone the viewer may see (attendance, registrations). */
    public boolean seesOrganization(UUID organizationId) {
      return all || organizations.contains(organizationId);
    }

    /**
     * A JPQL condition on calls aliased {@code alias} that keeps the visible ones; its parameters go
     * into {@code params}.
     */
    public String where(String alias, Map<String, Object> params) {
      if (all) {
        return "true";
      }
      StringBuilder b = new StringBuilder("(false");
      if (!organizations.isEmpty()) {
        b.append(" or ").append(alias).append(".kind = :viewerInformational");
        params.put("viewerInformational", CallKind.INFORMATIONAL);
      }
      if (!teams.isEmpty()) {
        b.append(" or (").append(alias).append(".kind = :viewerConsultation and (")
            .append(alias).append(".audience = :viewerWhole or ")
            .append(alias).append(".teamId in :viewerTeams))");
        params.put("viewerConsultation", CallKind.CONSULTATION);
        params.put("viewerWhole", CallAudience.COLLABORATIVE);
        params.put("viewerTeams", teams);
      }
      return b.append(")").toString();
    }
  }

  private final EntityManager em;

  public CallVisibility(EntityManager em) {
    this.em = em;
  }

  @Transactional
  public Viewer of(Caller caller, UUID collaborativeId) {
    return of(caller.userId(), caller.isAdmin(), collaborativeId);
  }

  /** From the database alone: faculty assignment, memberships and enrolled teams. */
  @Transactional
  public Viewer of(UUID userId, boolean admin, UUID collaborativeId) {
    boolean faculty = userId != null && !em.createNativeQuery(
            "select 1 from faculty_assignment where collaborative_id = ?1 and user_id = ?2")
        .setParameter(1, collaborativeId).setParameter(2, userId).getResultList().isEmpty();
    Set<UUID> orgs = new HashSet<>(organizations(userId));
    Set<UUID> teams = new HashSet<>();
    if (!orgs.isEmpty()) {
      teams.addAll(em.createQuery("select t.id from Team t where t.collaborativeId = :c and t.organizationId in :o",
          UUID.class).setParameter("c", collaborativeId).setParameter("o", orgs).getResultList());
    }
    return new Viewer(userId, admin || faculty, orgs, teams);
  }

  List<UUID> organizations(UUID userId) {
    if (userId == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<UUID> ids = em.createNativeQuery("select organization_id from membership where user_id = ?1")
        .setParameter(1, userId).getResultList();
    return ids;
  }
}
