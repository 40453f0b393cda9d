package org.lcp.metrics;

import static org.lcp.common.web.Conditional.Topic.COLLABORATIVE;
import static org.lcp.common.web.Conditional.Topic.IMPROVEMENT;
import static org.lcp.common.web.Conditional.Topic.MEASURES;
import static org.lcp.common.web.Conditional.Topic.TEAMS;
import static org.lcp.common.web.Conditional.Topic.UNLOCKS;
import static org.lcp.common.web.Conditional.Topic.VALUES;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.security.Actor;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.web.Conditional;
import org.lcp.common.web.Conditional.Topic;

/**
 * The ETags of the heavy metric reads (completeness, overdue values, run charts), after the same
 * access decision as the reads themselves make (404 for a collaborative or organisation the actor
 * may not see, before any 304). What each read shows, and so what its ETag depends on:
 *
 * <ul>
 *   <li>completeness and overdue values: the collaborative (its dates bound the periods), its
 *       enrolled teams and their names, its measures (due day, lock days), the values' first
 *       arrivals (revisions) and the unlocks; and the day;
 *   <li>run charts: the collaborative, teams and names, measures and values, and the teams'
 *       annotations and PDSA cycles (org.lcp.improvement, which bumps the topic IMPROVEMENT).
 * </ul>
 *
 * The actor's scope (which teams) and whether they see the pooled series are part of every ETag.
 */
@ApplicationScoped
public class MetricReadTags {

  static final Set<Topic> COMPLETENESS =
      EnumSet.of(COLLABORATIVE, TEAMS, MEASURES, VALUES, UNLOCKS);
  static final Set<Topic> RUN_CHARTS =
      EnumSet.of(COLLABORATIVE, TEAMS, MEASURES, VALUES, IMPROVEMENT);

  private final CollaborativeRepository collaboratives;
  private final MetricsPolicy policy;
  private final Conditional conditional;

  public MetricReadTags(
      CollaborativeRepository collaboratives, MetricsPolicy policy, Conditional conditional) {
    this.collaboratives = collaboratives;
    this.policy = policy;
    this.conditional = conditional;
  }

  /** The completeness matrix and the overdue list (the path tells them apart). */
  @Transactional
  public String completeness(
      Actor actor, UriInfo request, UUID collaborativeId, UUID organizationId) {
    return tag(actor, request, collaborativeId, organizationId, COMPLETENESS);
  }

  /** A measure's run chart (every team the actor sees, pooled for faculty). */
  @Transactional
  public String runChart(Actor actor, UriInfo request, UUID collaborativeId) {
    return tag(actor, request, collaborativeId, null, RUN_CHARTS);
  }

  /** A team's run charts. */
  @Transactional
  public String teamRunCharts(
      Actor actor, UriInfo request, UUID collaborativeId, UUID organizationId) {
    return tag(actor, request, collaborativeId, organizationId, RUN_CHARTS);
  }

  private String tag(
      Actor actor, UriInfo request, UUID collaborativeId, UUID organizationId, Set<Topic> topics) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    boolean all = policy.seesAllTeams(actor, c.ref());
    return conditional.etag(request, List.of(c.id), topics, scope, "pooled:" + all);
  }
}
