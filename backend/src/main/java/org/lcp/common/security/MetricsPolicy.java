package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * Measures and metric values. Anyone who sees the collaborative reads its measures; a registered
 * machine client reads those of every collaborative that is not a draft. Admins and the
 * collaborative's faculty read every team's values; members and data systems their own
 * organisation's (another's answers 404). Admins and lead faculty are the data coordinators: they
 * define measures, unlock periods and upload for any team; members and data systems upload for
 * their own organisation. Nothing of a CLOSED collaborative changes (409).
 */
@ApplicationScoped
public class MetricsPolicy {

  private final CollaborativePolicy collaboratives;

  public MetricsPolicy(CollaborativePolicy collaboratives) {
    this.collaboratives = collaboratives;
  }

  /** 404 unless the actor may read the collaborative's measures and some values. */
  public void requireReader(Actor actor, CollaborativeRef c) {
    if (actor.isPerson()) {
      collaboratives.requireVisible(actor, c);
    } else if (!actor.isRegisteredMachine() || c.draft()) {
      throw ApiException.notFound("collaborative", c.id());
    }
  }

  /** Whether the actor reads every team's values, and the pooled series. */
  public boolean seesAllTeams(Actor actor, CollaborativeRef c) {
    return collaboratives.isFaculty(actor, c.id());
  }

  /**
   * The values the actor may read (after {@link #requireReader}), narrowed to {@code
   * organizationId} when given (404 when that is another organisation's).
   */
  public OrganizationScope readScope(Actor actor, CollaborativeRef c, UUID organizationId) {
    requireReader(actor, c);
    if (seesAllTeams(actor, c)) {
      return organizationId == null
          ? OrganizationScope.ALL
          : OrganizationScope.of(Set.of(organizationId));
    }
    Set<UUID> own = actor.organizations();
    if (organizationId != null && !own.contains(organizationId)) {
      throw ApiException.notFound("organization", organizationId);
    }
    return OrganizationScope.of(organizationId == null ? own : Set.of(organizationId));
  }

  /**
   * The organisations the actor uploads values for: every enrolled one for a data coordinator,
   * their own for members and data systems; 403 for anyone else, 409 in a CLOSED collaborative.
   */
  public OrganizationScope uploadScope(Actor actor, CollaborativeRef c) {
    requireReader(actor, c);
    OrganizationScope scope =
        collaboratives.isLead(actor, c.id())
            ? OrganizationScope.ALL
            : OrganizationScope.of(actor.organizations());
    if (!scope.all() && scope.organizations().isEmpty()) {
      throw ApiException.forbidden(
          "only members of an enrolled organisation, its data system, admins and lead "
              + "faculty upload values");
    }
    CollaborativePolicy.requireWritable(c);
    return scope;
  }

  /**
   * Defining and changing measures, and unlocking periods: admins and lead faculty (409 when
   * CLOSED).
   */
  public void requireCoordinatorChange(Actor actor, CollaborativeRef c) {
    collaboratives.requireChangeAsLead(actor, c);
  }
}
