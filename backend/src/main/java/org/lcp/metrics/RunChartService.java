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
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.api.model.ChartPhase;
import org.lcp.api.model.ChartPooling;
import org.lcp.api.model.ChartRule;
import org.lcp.api.model.ChartSignal;
import org.lcp.api.model.RunChartList;
import org.lcp.api.model.RunChartPoint;
import org.lcp.api.model.RunChartRuns;
import org.lcp.api.model.RunChartSeries;
import org.lcp.api.model.RunChartSignal;
import org.lcp.api.model.TeamSignals;
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
 * A measure's values over time, per team and pooled, with the run-chart rules or a control chart
 * applied. Admins and faculty get every team and the pooled series; members and data systems their
 * own team only.
 *
 * <p>Pooling is honest about who reported: each pooled month says how many teams it covers (n) of
 * how many are enrolled (N); a month reported by fewer than {@code minShare} of N is marked
 * incomplete and left out of the centre line, the limits and every rule (otherwise a team that
 * stops reporting looks like a fall of the whole collaborative); a count is pooled as the mean per
 * reporting team (a rate per team, which compares with one team's count), a proportion as the ratio
 * of the summed numerators and denominators, a mean or rate as the mean of the teams.
 */
@ApplicationScoped
public class RunChartService {

  private final CollaborativeRepository collaboratives;
  private final TeamRepository teams;
  private final OrganizationRepository organizations;
  private final MeasureRepository measures;
  private final MetricValueRepository values;
  private final MetricsPolicy policy;
  private final double defaultMinShare;
  private final ChartNotes notes;

  public RunChartService(
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      OrganizationRepository organizations,
      MeasureRepository measures,
      MetricValueRepository values,
      MetricsPolicy policy,
      @ConfigProperty(name = "lcp.metrics.pooled-min-share", defaultValue = "0.75")
          double defaultMinShare,
      ChartNotes notes) {
    this.defaultMinShare = defaultMinShare;
    this.notes = notes;
    this.collaboratives = collaboratives;
    this.teams = teams;
    this.organizations = organizations;
    this.measures = measures;
    this.values = values;
    this.policy = policy;
  }

  /**
   * What a measure's chart is asked for: the analysis, and which teams' series to carry in full
   * ({@code team}, or every team unless {@code teamSeries} is {@code none}).
   */
  public record ChartRequest(
      Integer baseline,
      String chart,
      String baselineMode,
      String phases,
      Double minShare,
      List<UUID> team,
      String teamSeries,
      String cohort) {}

  /**
   * One measure: the pooled series for those who see every team, the series of the teams asked for,
   * and every team's signals without its points.
   */
  @Transactional
  public org.lcp.api.model.RunChart chart(
      Actor actor, UUID collaborativeId, UUID measureId, ChartRequest request) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), null);
    Measure m = measures.require(c.id, measureId);
    ChartOptions options =
        ChartOptions.parse(
            request.chart(),
            request.baseline(),
            request.baselineMode(),
            request.phases(),
            request.minShare(),
            defaultMinShare);
    if (options.chart() != null && !options.chart().fits(m.type)) {
      throw ApiException.invalid(
          List.of(
              new org.lcp.common.error.Violation(
                  "chart",
                  "query",
                  "a " + options.chart().value + " chart does not fit a " + m.type + " measure")));
    }
    Predicate<UUID> inFull = inFull(c, scope, request.team(), request.teamSeries());
    boolean cohort = ChartOptions.secondChoice("cohort", request.cohort(), "reporting", "complete");
    // every team's series is analysed: the pool is made from the same values
    boolean pooled = policy.seesAllTeams(actor, c.ref());
    return charts(c, List.of(m), scope, pooled, options, false, inFull, cohort).get(0);
  }

  /**
   * Which teams' series a measure's chart carries in full: those named (each a team of the
   * collaborative the caller sees, or 404), else all or none.
   */
  private Predicate<UUID> inFull(
      Collaborative c, OrganizationScope scope, List<UUID> named, String teamSeries) {
    boolean none = ChartOptions.secondChoice("teamSeries", teamSeries, "all", "none");
    if (named == null || named.isEmpty()) {
      // the charts leave out the teams outside the caller's scope before asking
      return org -> !none;
    }
    Set<UUID> enrolled = Set.copyOf(teams.organizationIds(c.id));
    for (UUID org : named) {
      if (org == null || !enrolled.contains(org) || !scope.includes(org)) {
        throw ApiException.notFound("team", org);
      }
    }
    Set<UUID> chosen = Set.copyOf(named);
    return chosen::contains;
  }

  /**
   * Every measure, for one team (a team's page), with the pooled series for those who see every
   * team.
   */
  @Transactional
  public RunChartList teamCharts(
      Actor actor,
      UUID collaborativeId,
      UUID organizationId,
      Integer baseline,
      String chart,
      String baselineMode,
      String phases,
      Double minShare) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    if (teams.find(c.id, organizationId).isEmpty()) {
      throw ApiException.notFound("team", organizationId);
    }
    ChartOptions options =
        ChartOptions.parse(chart, baseline, baselineMode, phases, minShare, defaultMinShare);
    return new RunChartList()
        .items(
            charts(
                c,
                measures.all(c.id),
                scope,
                policy.seesAllTeams(actor, c.ref()),
                options,
                true,
                null,
                false));
  }

  /** A point as charted, with what the control charts count (numerator over denominator). */
  private record Obs(RunChartPoint point, Double numerator, Double denominator, boolean excluded) {}

  /**
   * The charts of these measures: a series for each team in {@code scope}, and the pooled one when
   * asked. With {@code poolInDatabase} only the scope's values are read and the pooled months are
   * aggregated by PostgreSQL (a team's page: its own series beside the pool); without it every
   * team's values are read and pooled here (a measure's chart, which shows every team anyway).
   */
  private List<org.lcp.api.model.RunChart> charts(
      Collaborative c,
      List<Measure> ms,
      OrganizationScope scope,
      boolean pooled,
      ChartOptions options,
      boolean poolInDatabase,
      Predicate<UUID> inFull,
      boolean cohort) {
    List<UUID> ids = ms.stream().map(m -> m.id).toList();
    List<Point> points =
        values.points(ids, pooled && !poolInDatabase ? OrganizationScope.ALL : scope);
    Map<UUID, List<Pooled>> pools = new HashMap<>();
    int enrolled = 0;
    if (pooled) {
      enrolled = teams.organizationIds(c.id).size();
      if (poolInDatabase) {
        values
            .pooled(ids)
            .forEach(p -> pools.computeIfAbsent(p.measureId(), k -> new ArrayList<>()).add(p));
      }
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
      ChartOptions.Analysis analysis = options.analysisFor(m.type);
      Map<UUID, List<Point>> byTeam = byMeasureAndTeam.getOrDefault(m.id, Map.of());
      List<RunChartSeries> series = new ArrayList<>();
      List<TeamSignals> summaries = new ArrayList<>();
      TreeMap<YearMonth, List<Point>> byPeriod = new TreeMap<>();
      for (UUID org : MetricsMapper.sortedByName(byTeam.keySet(), names)) {
        List<Point> team = byTeam.get(org);
        team.forEach(p -> byPeriod.computeIfAbsent(p.period(), k -> new ArrayList<>()).add(p));
        if (!scope.includes(org)) {
          continue;
        }
        RunChartSeries analysed =
            analyse(team.stream().map(p -> point(m.type, p)).toList(), analysis, options)
                .organizationId(org)
                .organizationName(names.get(org));
        if (inFull == null || inFull.test(org)) {
          series.add(analysed);
        }
        if (inFull != null) {
          summaries.add(summary(analysed, team));
        }
      }
      // a fixed cohort: the teams that reported every month in which any team reported
      Set<UUID> members =
          cohort
              ? byTeam.entrySet().stream()
                  .filter(e -> e.getValue().size() == byPeriod.size())
                  .map(Map.Entry::getKey)
                  .collect(java.util.stream.Collectors.toSet())
              : null;
      List<Pooled> months =
          poolInDatabase
              ? pools.getOrDefault(m.id, List.of())
              : byPeriod.entrySet().stream()
                  .map(
                      e ->
                          Map.entry(
                              e.getKey(),
                              members == null
                                  ? e.getValue()
                                  : e.getValue().stream()
                                      .filter(p -> members.contains(p.organizationId()))
                                      .toList()))
                  .filter(e -> !e.getValue().isEmpty())
                  .map(e -> pooled(m.id, e.getKey(), e.getValue()))
                  .toList();
      RunChartSeries pool = null;
      if (pooled && !months.isEmpty()) {
        int n = enrolled;
        // a cohort's months are complete by construction: none is left out for too few teams
        double share = members == null ? options.minShare() : 0;
        pool =
            analyse(
                months.stream().map(p -> pool(m.type, p, n, share)).toList(), analysis, options);
      }
      org.lcp.api.model.RunChart chart =
          new org.lcp.api.model.RunChart()
              .measureId(m.id)
              .measureKey(m.key)
              .type(MetricsMapper.type(m.type))
              .direction(Enums.map(m.direction, org.lcp.api.model.RunChart.DirectionEnum.class))
              .target(MetricsMapper.dbl(m.target))
              .baseline(options.baseline())
              .chart(org.lcp.api.model.RunChart.ChartEnum.fromValue(analysis.value))
              .baselineMode(
                  options.mode() == RunChart.BaselineMode.FROZEN
                      ? org.lcp.api.model.RunChart.BaselineModeEnum.FROZEN
                      : org.lcp.api.model.RunChart.BaselineModeEnum.EXTENDED)
              .phases(options.phases().stream().map(YearMonth::toString).toList())
              .teams(series)
              .teamSignals(inFull == null ? null : summaries)
              .pooled(pool);
      if (pooled) {
        chart.pooling(
            new ChartPooling()
                .method(
                    switch (m.type) {
                      case PROPORTION -> ChartPooling.MethodEnum.RATIO_OF_SUMS;
                      case COUNT -> ChartPooling.MethodEnum.MEAN_PER_REPORTING_TEAM;
                      default -> ChartPooling.MethodEnum.MEAN_OF_TEAMS;
                    })
                .minShare(options.minShare())
                .enrolledTeams(enrolled)
                .cohort(
                    members == null
                        ? ChartPooling.CohortEnum.REPORTING
                        : ChartPooling.CohortEnum.COMPLETE)
                .cohortTeams(members == null ? null : members.size()));
      }
      charts.add(chart);
    }
    // the teams' annotations and PDSA cycles (org.lcp.improvement), one statement for all series
    return notes.attach(charts, scope);
  }

  /** A team's signals on a measure without its points (the points are in its series). */
  private static TeamSignals summary(RunChartSeries analysed, List<Point> values) {
    String latest = null;
    for (RunChartSignal sig : analysed.getSignals()) {
      latest = later(latest, sig.getToPeriod());
    }
    if (analysed.getSpecialCauses() != null) {
      for (ChartSignal sig : analysed.getSpecialCauses()) {
        latest = later(latest, sig.getToPeriod());
      }
    }
    return new TeamSignals()
        .organizationId(analysed.getOrganizationId())
        .organizationName(analysed.getOrganizationName())
        .points(values.size())
        .lastPeriod(values.isEmpty() ? null : values.get(values.size() - 1).period().toString())
        .latestSignalPeriod(latest)
        .signals(analysed.getSignals())
        .specialCauses(analysed.getSpecialCauses());
  }

  private static String later(String a, String b) {
    return a == null || (b != null && b.compareTo(a) > 0) ? b : a;
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

  /** A team's value: a proportion counts numerator over denominator, a count itself over 1. */
  private static Obs point(MeasureType type, Point p) {
    RunChartPoint point =
        new RunChartPoint()
            .period(p.period().toString())
            .value(p.value().doubleValue())
            .numerator(MetricsMapper.dbl(p.numerator()))
            .denominator(MetricsMapper.dbl(p.denominator()));
    return switch (type) {
      case PROPORTION -> new Obs(point, point.getNumerator(), point.getDenominator(), false);
      default -> new Obs(point, point.getValue(), 1.0, false);
    };
  }

  /**
   * A pooled month: a proportion as the ratio of the sums, a count as the mean per reporting team
   * (its sum over the number of teams, which a u-chart counts as one unit per team), a mean or rate
   * as the mean of the teams; incomplete when fewer than {@code minShare} of the {@code enrolled}
   * teams reported.
   */
  private static Obs pool(MeasureType type, Pooled month, int enrolled, double minShare) {
    boolean incomplete = enrolled > 0 && month.teams() < minShare * enrolled;
    RunChartPoint p =
        new RunChartPoint()
            .period(month.period().toString())
            .teams(month.teams())
            .enrolledTeams(enrolled)
            .incomplete(incomplete)
            .teamMedian(month.median());
    double teamsReporting = month.teams();
    return switch (type) {
      case PROPORTION -> {
        double num = month.numerator().doubleValue();
        double den = month.denominator().doubleValue();
        p.numerator(num).denominator(den).value(den == 0 ? 0.0 : num / den);
        yield new Obs(p, num, den, incomplete);
      }
      case COUNT -> {
        double total = month.sum().doubleValue();
        p.value(total / teamsReporting);
        yield new Obs(p, total, teamsReporting, incomplete);
      }
      default -> {
        p.value(month.sum().doubleValue() / teamsReporting);
        yield new Obs(p, p.getValue(), 1.0, incomplete);
      }
    };
  }

  /**
   * A series with its run-chart median and shift and trend signals (always, on the points that are
   * not excluded) and the chosen analysis: centre line, limits and special causes per point.
   */
  private static RunChartSeries analyse(
      List<Obs> obs, ChartOptions.Analysis analysis, ChartOptions options) {
    List<RunChartPoint> points = obs.stream().map(Obs::point).toList();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < obs.size(); i++) {
      if (!obs.get(i).excluded()) {
        kept.add(i);
      }
    }
    List<Double> values = kept.stream().map(i -> points.get(i).getValue()).toList();
    RunChart.Analysis run = RunChart.analyse(values, options.baseline(), options.mode());
    List<RunChartSignal> signals = new ArrayList<>();
    List<ChartSignal> causes = new ArrayList<>();
    for (RunChart.Signal s : run.signals()) {
      List<Integer> at = s.points().stream().map(kept::get).toList();
      switch (s.kind()) {
        case SHIFT_ABOVE, SHIFT_BELOW, TREND_UP, TREND_DOWN ->
            signals.add(
                new RunChartSignal()
                    .kind(RunChartSignal.KindEnum.fromValue(s.kind().toString()))
                    .fromPeriod(points.get(at.get(0)).getPeriod())
                    .toPeriod(points.get(at.get(at.size() - 1)).getPeriod())
                    .periods(at.stream().map(i -> points.get(i).getPeriod()).toList()));
        default -> {}
      }
      if (analysis == ChartOptions.Analysis.RUN) {
        causes.add(cause(runRule(s.kind()), runDirection(s.kind()), at, points));
      }
    }
    RunChartSeries series =
        new RunChartSeries()
            .median(run.median())
            .runs(
                new RunChartRuns()
                    .useful(run.runs().useful())
                    .runs(run.runs().runs())
                    .lower(run.runs().lower())
                    .upper(run.runs().upper()))
            .points(points)
            .signals(signals);
    if (analysis == ChartOptions.Analysis.RUN) {
      if (run.median() != null) {
        kept.forEach(i -> points.get(i).centre(run.median()));
      }
    } else {
      List<Double> nums = new ArrayList<>();
      List<Double> dens = new ArrayList<>();
      for (Obs o : obs) {
        nums.add(o.excluded() ? null : o.numerator());
        dens.add(o.excluded() ? null : o.denominator());
      }
      List<Integer> starts = new ArrayList<>();
      for (YearMonth month : options.phases()) {
        for (int i = 0; i < points.size(); i++) {
          if (YearMonth.parse(points.get(i).getPeriod()).compareTo(month) >= 0) {
            starts.add(i);
            break;
          }
        }
      }
      ControlChart.Chart chart =
          ControlChart.chart(
              analysis.controlChart(),
              nums,
              dens,
              starts,
              options.mode() == RunChart.BaselineMode.FROZEN ? options.baseline() : null);
      for (int i = 0; i < points.size(); i++) {
        ControlChart.Point cp = chart.points().get(i);
        if (cp.value() == null) {
          continue;
        }
        points
            .get(i)
            .centre(cp.centre())
            .lowerLimit(cp.lower())
            .upperLimit(cp.upper())
            .lowerWarning(cp.lower2())
            .upperWarning(cp.upper2())
            .movingRange(cp.movingRange());
      }
      for (ControlChart.Signal s : chart.signals()) {
        causes.add(
            cause(
                ChartRule.fromValue(s.rule().toString()),
                s.rule() == ControlChart.Rule.SIX_TRENDING
                    ? (s.side() > 0 ? ChartSignal.DirectionEnum.UP : ChartSignal.DirectionEnum.DOWN)
                    : (s.side() > 0
                        ? ChartSignal.DirectionEnum.ABOVE
                        : ChartSignal.DirectionEnum.BELOW),
                s.points(),
                points));
      }
      series.phases(
          chart.phases().stream()
              .map(
                  ph ->
                      new ChartPhase()
                          .fromPeriod(points.get(ph.first()).getPeriod())
                          .toPeriod(points.get(ph.last()).getPeriod())
                          .centre(ph.centre())
                          .sigmaZ(ph.sigmaZ())
                          .movingRangeCentre(ph.movingRangeCentre())
                          .movingRangeUpper(ph.movingRangeUpper()))
              .toList());
    }
    Map<String, RunChartPoint> byPeriod = new HashMap<>();
    points.forEach(p -> byPeriod.put(p.getPeriod(), p));
    for (ChartSignal cause : causes) {
      for (String period : cause.getPeriods()) {
        RunChartPoint p = byPeriod.get(period);
        if (p.getRules() == null || !p.getRules().contains(cause.getRule())) {
          p.addRulesItem(cause.getRule());
        }
      }
    }
    return series.specialCauses(causes);
  }

  private static ChartSignal cause(
      ChartRule rule,
      ChartSignal.DirectionEnum direction,
      List<Integer> at,
      List<RunChartPoint> points) {
    return new ChartSignal()
        .rule(rule)
        .direction(direction)
        .fromPeriod(points.get(at.get(0)).getPeriod())
        .toPeriod(points.get(at.get(at.size() - 1)).getPeriod())
        .periods(at.stream().map(i -> points.get(i).getPeriod()).toList());
  }

  private static ChartRule runRule(RunChart.Signal.Kind kind) {
    return switch (kind) {
      case SHIFT_ABOVE, SHIFT_BELOW -> ChartRule.SHIFT;
      case TREND_UP, TREND_DOWN -> ChartRule.TREND;
      case TOO_FEW_RUNS -> ChartRule.TOO_FEW_RUNS;
      case TOO_MANY_RUNS -> ChartRule.TOO_MANY_RUNS;
      case ASTRONOMICAL_ABOVE, ASTRONOMICAL_BELOW -> ChartRule.ASTRONOMICAL;
    };
  }

  private static ChartSignal.DirectionEnum runDirection(RunChart.Signal.Kind kind) {
    return switch (kind) {
      case SHIFT_ABOVE, ASTRONOMICAL_ABOVE -> ChartSignal.DirectionEnum.ABOVE;
      case SHIFT_BELOW, ASTRONOMICAL_BELOW -> ChartSignal.DirectionEnum.BELOW;
      case TREND_UP -> ChartSignal.DirectionEnum.UP;
      case TREND_DOWN -> ChartSignal.DirectionEnum.DOWN;
      case TOO_FEW_RUNS, TOO_MANY_RUNS -> null;
    };
  }
}
