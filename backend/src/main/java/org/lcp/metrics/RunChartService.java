package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.lcp.api.model.RunChartList;
import org.lcp.api.model.RunChartPoint;
import org.lcp.api.model.RunChartSeries;
import org.lcp.api.model.RunChartSignal;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.web.Enums;
import org.lcp.metrics.MetricValueRepository.Point;
import org.lcp.organization.OrganizationRepository;
import org.lcp.team.TeamRepository;

/**
 * A measure's values over time, per team and pooled, with the run-chart rules applied. Admins and
 * faculty get every team and the pooled series; members and data systems their own team only.
 */
@ApplicationScoped
public class RunChartService {

  private final CollaborativeRepository collaboratives;
  private final TeamRepository teams;
  private final OrganizationRepository organizations;
  private final MeasureRepository measures;
  private final MetricValueRepository values;
  private final MetricsPolicy policy;

  public RunChartService(
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

  /** One measure, for every team the actor sees. */
  @Transactional
  public org.lcp.api.model.RunChart chart(
      Actor actor, UUID collaborativeId, UUID measureId, Integer baseline) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), null);
    Measure m = measures.require(c.id, measureId);
    return charts(List.of(m), scope, policy.seesAllTeams(actor, c.ref()), baseline).get(0);
  }

  /**
   * Every measure, for one team (a team's page), with the pooled series for those who see every
   * team.
   */
  @Transactional
  public RunChartList teamCharts(
      Actor actor, UUID collaborativeId, UUID organizationId, Integer baseline) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    if (teams.find(c.id, organizationId).isEmpty()) {
      throw ApiException.notFound("team", organizationId);
    }
    return new RunChartList()
        .items(charts(measures.all(c.id), scope, policy.seesAllTeams(actor, c.ref()), baseline));
  }

  /**
   * The charts of these measures: a series for each team in {@code scope}, and the pooled one when
   * asked.
   */
  private List<org.lcp.api.model.RunChart> charts(
      List<Measure> ms, OrganizationScope scope, boolean pooled, Integer baseline) {
    int base = baseline == null ? RunChart.DEFAULT_BASELINE : baseline;
    // the pooled series needs every team's values; without it, only the teams shown are read
    List<Point> points =
        values.points(ms.stream().map(m -> m.id).toList(), pooled ? OrganizationScope.ALL : scope);
    Map<UUID, String> names =
        organizations.names(points.stream().map(Point::organizationId).distinct().toList());
    Map<UUID, Map<UUID, List<Point>>> byMeasureAndTeam = new LinkedHashMap<>();
    for (Point p : points) {
      byMeasureAndTeam
          .computeIfAbsent(p.measureId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(p.organizationId(), k -> new ArrayList<>())
          .add(p);
    }
    List<org.lcp.api.model.RunChart> charts = new ArrayList<>();
    for (Measure m : ms) {
      Map<UUID, List<Point>> byTeam = byMeasureAndTeam.getOrDefault(m.id, Map.of());
      List<RunChartSeries> series = new ArrayList<>();
      TreeMap<YearMonth, List<Point>> byPeriod = new TreeMap<>();
      for (UUID org : MetricsMapper.sortedByName(byTeam.keySet(), names)) {
        List<Point> team = byTeam.get(org);
        team.forEach(p -> byPeriod.computeIfAbsent(p.period(), k -> new ArrayList<>()).add(p));
        if (scope.includes(org)) {
          series.add(
              analyse(team.stream().map(RunChartService::point).toList(), base)
                  .organizationId(org)
                  .organizationName(names.get(org)));
        }
      }
      RunChartSeries pool = null;
      if (pooled && !byPeriod.isEmpty()) {
        List<RunChartPoint> pooledPoints = new ArrayList<>();
        byPeriod.forEach((period, atPeriod) -> pooledPoints.add(pool(m.type, period, atPeriod)));
        pool = analyse(pooledPoints, base);
      }
      charts.add(
          new org.lcp.api.model.RunChart()
              .measureId(m.id)
              .measureKey(m.key)
              .type(MetricsMapper.type(m.type))
              .direction(Enums.map(m.direction, org.lcp.api.model.RunChart.DirectionEnum.class))
              .target(MetricsMapper.dbl(m.target))
              .baseline(base)
              .teams(series)
              .pooled(pool));
    }
    return charts;
  }

  private static RunChartPoint point(Point p) {
    return new RunChartPoint()
        .period(p.period().toString())
        .value(p.value().doubleValue())
        .numerator(MetricsMapper.dbl(p.numerator()))
        .denominator(MetricsMapper.dbl(p.denominator()));
  }

  private static RunChartPoint pool(MeasureType type, YearMonth period, List<Point> values) {
    List<Double> teamValues = values.stream().map(v -> v.value().doubleValue()).toList();
    RunChartPoint p =
        new RunChartPoint()
            .period(period.toString())
            .teams(values.size())
            .teamMedian(RunChart.median(teamValues, teamValues.size()));
    switch (type) {
      case PROPORTION -> {
        BigDecimal num =
            values.stream().map(Point::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal den =
            values.stream().map(Point::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        p.numerator(num.doubleValue())
            .denominator(den.doubleValue())
            .value(den.signum() == 0 ? 0.0 : num.doubleValue() / den.doubleValue());
      }
      case COUNT -> p.value(teamValues.stream().mapToDouble(Double::doubleValue).sum());
      default -> p.value(teamValues.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
    return p;
  }

  private static RunChartSeries analyse(List<RunChartPoint> points, int baseline) {
    List<Double> values = points.stream().map(RunChartPoint::getValue).toList();
    Double median = RunChart.median(values, baseline);
    List<RunChart.Signal> signals = new ArrayList<>(RunChart.trends(values));
    if (median != null) {
      signals.addAll(0, RunChart.shifts(values, median));
    }
    return new RunChartSeries()
        .median(median)
        .points(points)
        .signals(
            signals.stream()
                .map(
                    s ->
                        new RunChartSignal()
                            .kind(RunChartSignal.KindEnum.fromValue(s.kind().toString()))
                            .fromPeriod(points.get(s.first()).getPeriod())
                            .toPeriod(points.get(s.last()).getPeriod())
                            .periods(
                                s.points().stream().map(i -> points.get(i).getPeriod()).toList()))
                .toList());
  }
}
