package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.common.error.ApiException;

/**
 * Organisations, their members and machine clients: admins see and manage all; members see their
 * own; senior leaders manage theirs; only admins register machine clients. Anyone else gets 404.
 */
@ApplicationScoped
public class OrganizationPolicy {

  public OrganizationScope scope(Actor actor) {
    actor.requirePerson();
    return new OrganizationScope(actor.isAdmin(), actor.memberships().keySet());
  }

  public void requireCreate(Actor actor) {
    actor.requireAdmin();
  }

  /** Admins and members see an organisation; anyone else gets 404. */
  public void requireVisible(Actor actor, UUID organizationId) {
    if (!scope(actor).includes(organizationId)) {
      throw ApiException.notFound("organization", organizationId);
    }
  }

  /** Admins and the organisation's senior leaders manage it (details, members). */
  public void requireManager(Actor actor, UUID organizationId) {
    requireVisible(actor, organizationId);
    if (!actor.isAdmin() && actor.roleIn(organizationId).orElse(null) != MemberRole.SENIOR_LEADER) {
      throw ApiException.forbidden("only admins and the organisation's senior leaders may do this");
    }
  }

  /** Machine clients are registered and changed by admins (members see them). */
  public void requireMachineClientAdmin(Actor actor, UUID organizationId) {
    requireVisible(actor, organizationId);
    actor.requireAdmin();
  }
}
