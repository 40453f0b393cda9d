package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.lcp.metrics.MetricValueRepository.Pooled;
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
  private final ChartNotes notes;

  public RunChartService(
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      OrganizationRepository organizations,
      MeasureRepository measures,
      MetricValueRepository values,
      MetricsPolicy policy,
      ChartNotes notes) {
    this.notes = notes;
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
    // every team's series is in the answer: the pool is made from the same values
    return charts(List.of(m), scope, policy.seesAllTeams(actor, c.ref()), baseline, false).get(0);
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
        .items(
            charts(measures.all(c.id), scope, policy.seesAllTeams(actor, c.ref()), baseline, true));
  }

  /**
   * The charts of these measures: a series for each team in {@code scope}, and the pooled one when
   * asked. With {@code poolInDatabase} only the scope's values are read and the pooled months are
   * aggregated by PostgreSQL (a team's page: its own series beside the pool); without it every
   * team's values are read and pooled here (a measure's chart, which shows every team anyway).
   */
  private List<org.lcp.api.model.RunChart> charts(
      List<Measure> ms,
      OrganizationScope scope,
      boolean pooled,
      Integer baseline,
      boolean poolInDatabase) {
    int base = baseline == null ? RunChart.DEFAULT_BASELINE : baseline;
    List<UUID> ids = ms.stream().map(m -> m.id).toList();
    List<Point> points =
        values.points(ids, pooled && !poolInDatabase ? OrganizationScope.ALL : scope);
    Map<UUID, List<Pooled>> pools = new HashMap<>();
    if (pooled && poolInDatabase) {
      values
          .pooled(ids)
          .forEach(p -> pools.computeIfAbsent(p.measureId(), k -> new ArrayList<>()).add(p));
    }
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
      List<Pooled> months =
          poolInDatabase
              ? pools.getOrDefault(m.id, List.of())
              : byPeriod.entrySet().stream()
                  .map(e -> pooled(m.id, e.getKey(), e.getValue()))
                  .toList();
      RunChartSeries pool = null;
      if (pooled && !months.isEmpty()) {
        pool = analyse(months.stream().map(p -> pool(m.type, p)).toList(), base);
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
    // the teams' annotations and PDSA cycles (org.lcp.improvement), one statement for all series
    return notes.attach(charts, scope);
  }

  /** A month pooled here, as PostgreSQL pools it in {@link MetricValueRepository#pooled}. */
  private static Pooled pooled(UUID measureId, YearMonth period, List<Point> values) {
    List<Double> teamValues = values.stream().map(v -> v.value().doubleValue()).toList();
    return new Pooled(
        measureId,
        period,
        values.size(),
        sum(values.stream().map(Point::value)),
        sum(values.stream().map(Point::numerator)),
        sum(values.stream().map(Point::denominator)),
        RunChart.median(teamValues, teamValues.size()));
  }

  private static BigDecimal sum(java.util.stream.Stream<BigDecimal> numbers) {
    return numbers.filter(n -> n != null).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static RunChartPoint point(Point p) {
    return new RunChartPoint()
        .period(p.period().toString())
        .value(p.value().doubleValue())
        .numerator(MetricsMapper.dbl(p.numerator()))
        .denominator(MetricsMapper.dbl(p.denominator()));
  }

  private static RunChartPoint pool(MeasureType type, Pooled month) {
    RunChartPoint p =
        new RunChartPoint()
            .period(month.period().toString())
            .teams(month.teams())
            .teamMedian(month.median());
    switch (type) {
      case PROPORTION -> {
        double num = month.numerator().doubleValue();
        double den = month.denominator().doubleValue();
        p.numerator(num).denominator(den).value(den == 0 ? 0.0 : num / den);
      }
      case COUNT -> p.value(month.sum().doubleValue());
      default -> p.value(month.sum().doubleValue() / month.teams());
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
