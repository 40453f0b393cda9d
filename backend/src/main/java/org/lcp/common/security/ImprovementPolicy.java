package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * A team's improvement work on its measures: change ideas and their PDSA cycles, annotations on its
 * charts, faculty comments on them. Reading follows the team's metric values ({@link
 * MetricsPolicy#readScope}): admins and the collaborative's faculty read every team's, members and
 * the data system of an organisation their own (another organisation's team answers 404). Changing:
 *
 * <ul>
 *   <li>change ideas, their cycles and annotations: members of the team's organisation, the
 *       collaborative's faculty (coaching on the team's behalf; each record names who wrote it) and
 *       admins;
 *   <li>comments: admins and the collaborative's faculty (members 403).
 * </ul>
 *
 * A data system reads, never writes (403). Nothing of a CLOSED collaborative changes (409).
 */
@ApplicationScoped
public class ImprovementPolicy {

  private final MetricsPolicy metrics;
  private final CollaborativePolicy collaboratives;

  public ImprovementPolicy(MetricsPolicy metrics, CollaborativePolicy collaboratives) {
    this.metrics = metrics;
    this.collaboratives = collaboratives;
  }

  /**
   * The teams whose work the actor reads, narrowed to {@code organizationId} when given (404 when
   * they may not read that team's).
   */
  public OrganizationScope readScope(Actor actor, CollaborativeRef c, UUID organizationId) {
    return metrics.readScope(actor, c, organizationId);
  }

  /** 404 unless the actor reads this team's work. */
  public void requireRead(Actor actor, CollaborativeRef c, UUID organizationId) {
    metrics.readScope(actor, c, organizationId);
  }

  /**
   * Recording or changing a team's change ideas, PDSA cycles and chart annotations: its members,
   * the collaborative's faculty and admins (404, 403, 409).
   */
  public void requireTeamWork(Actor actor, CollaborativeRef c, UUID organizationId) {
    requireRead(actor, c, organizationId);
    if (!actor.isPerson()
        || !(collaboratives.isFaculty(actor, c.id()) || actor.memberOf(organizationId))) {
      throw ApiException.forbidden(
          "only members of the team's organisation, the collaborative's faculty and admins record"
              + " its change ideas, PDSA cycles and annotations");
    }
    CollaborativePolicy.requireWritable(c);
  }

  /** Commenting on a team's chart: the collaborative's faculty and admins (404, 403, 409). */
  public void requireComment(Actor actor, CollaborativeRef c, UUID organizationId) {
    requireRead(actor, c, organizationId);
    if (!collaboratives.isFaculty(actor, c.id())) {
      throw ApiException.forbidden(
          "only the collaborative's faculty and admins comment on a team's charts");
    }
    CollaborativePolicy.requireWritable(c);
  }
}
