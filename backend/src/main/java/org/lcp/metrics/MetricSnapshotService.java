package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.security.Actor;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.common.security.OrganizationScope;
import org.lcp.metrics.MetricSnapshot.SnapshotMeasure;
import org.lcp.metrics.MetricValueRepository.Criteria;
import org.lcp.metrics.MetricValueRepository.Point;
import org.lcp.organization.OrganizationRepository;
import org.lcp.team.TeamRepository;

/**
 * The values of a collaborative as they stood at an instant, read through the same "as of" query as
 * the values list and export (each value's latest revision at or before the instant), for the
 * collaborative report and the run-chart CSV. Whose values: as for the values list.
 */
@ApplicationScoped
public class MetricSnapshotService {

  private final CollaborativeRepository collaboratives;
  private final TeamRepository teams;
  private final OrganizationRepository organizations;
  private final MeasureRepository measures;
  private final MetricValueRepository values;
  private final MetricsPolicy policy;

  public MetricSnapshotService(
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      OrganizationRepository organizations,
      MeasureRepository measures,
      MetricValueRepository values,
      MetricsPolicy policy) {
    this.collaboratives = collaboratives;
    this.teams = teams;
    this.organizations = organizations;
    this.measures = measures;
    this.values = values;
    this.policy = policy;
  }

  /**
   * Every measure of the collaborative (or the one given: 404 when it is another collaborative's)
   * and the values of the months {@code from} to {@code to} as they stood at {@code asOf}: four
   * statements whatever the size of the collaborative.
   */
  @Transactional
  public MetricSnapshot snapshot(
      Actor actor,
      UUID collaborativeId,
      UUID measureId,
      Instant asOf,
      YearMonth from,
      YearMonth to) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), null);
    List<Measure> ms =
        measureId == null ? measures.all(c.id) : List.of(measures.require(c.id, measureId));
    Set<UUID> enrolled = teams.organizationIds(c.id);
    Map<UUID, String> names =
        organizations.names(enrolled.stream().filter(scope::includes).toList());
    Map<UUID, String> byName = new LinkedHashMap<>();
    MetricsMapper.sortedByName(names.keySet(), names).forEach(o -> byName.put(o, names.get(o)));
    Set<UUID> ids = new java.util.HashSet<>();
    ms.forEach(m -> ids.add(m.id));
    List<MetricSnapshot.Value> out = new ArrayList<>();
    Criteria criteria =
        new Criteria(c.id, measureId == null ? null : ms.get(0).key, from, to, asOf);
    try (Stream<Point> rows = values.snapshot(criteria, scope)) {
      rows.forEach(
          v -> {
            if (v.value() != null
                && ids.contains(v.measureId())
                && byName.containsKey(v.organizationId())) {
              out.add(
                  new MetricSnapshot.Value(
                      v.measureId(),
                      v.organizationId(),
                      v.period(),
                      v.value(),
                      v.numerator(),
                      v.denominator()));
            }
          });
    }
    List<SnapshotMeasure> shown =
        ms.stream()
            .map(
                m ->
                    new SnapshotMeasure(
                        m.id, m.key, m.name, m.unit, m.type, m.direction, m.target, m.dueDay))
            .toList();
    return new MetricSnapshot(asOf, shown, byName, out);
  }
}
