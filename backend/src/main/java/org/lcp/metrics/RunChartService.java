package org.lcp.metrics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.MeasureType;
import org.lcp.api.model.RunChartPoint;
import org.lcp.api.model.RunChartSeries;
import org.lcp.api.model.RunChartSignal;

/** A measure's values over time, per team and pooled, with the run-chart rules applied. */
@ApplicationScoped
public class RunChartService {

  private final EntityManager em;

  public RunChartService(EntityManager em) {
    this.em = em;
  }

  private record Value(UUID organization, String name, LocalDate period, BigDecimal value, BigDecimal numerator,
      BigDecimal denominator) {
  }

  /** Per-team series (only {@code organizations} when not null) and, when asked, the pooled one. */
  @Transactional
  public List<RunChartSeries> series(Measure m, Set<UUID> organizations, boolean pooled, int baseline,
      List<RunChartSeries> pooledOut) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select v.organization_id, o.name, v.period, v.value, v.numerator, "
            + "v.denominator from metric_value v join organization o on o.id = v.organization_id "
            + "where v.measure_id = ?1 order by lower(o.name), v.organization_id, v.period")
        .setParameter(1, m.id).getResultList();
    Map<UUID, List<Value>> byTeam = new LinkedHashMap<>();
    TreeMap<LocalDate, List<Value>> byPeriod = new TreeMap<>();
    for (Object[] r : rows) {
      LocalDate period = r[2] instanceof LocalDate d ? d : ((Date) r[2]).toLocalDate();
      Value v = new Value((UUID) r[0], (String) r[1], period, (BigDecimal) r[3], (BigDecimal) r[4],
          (BigDecimal) r[5]);
      byPeriod.computeIfAbsent(period, k -> new ArrayList<>()).add(v);
      if (organizations == null || organizations.contains(v.organization())) {
        byTeam.computeIfAbsent(v.organization(), k -> new ArrayList<>()).add(v);
      }
    }
    List<RunChartSeries> teams = new ArrayList<>();
    for (List<Value> values : byTeam.values()) {
      List<RunChartPoint> points = values.stream().map(v -> new RunChartPoint().period(month(v.period()))
          .value(v.value().doubleValue()).numerator(dbl(v.numerator())).denominator(dbl(v.denominator()))).toList();
      teams.add(analyse(points, baseline).organizationId(values.get(0).organization())
          .organizationName(values.get(0).name()));
    }
    if (pooled && !byPeriod.isEmpty()) {
      List<RunChartPoint> points = new ArrayList<>();
      byPeriod.forEach((period, values) -> points.add(pool(m.type, period, values)));
      pooledOut.add(analyse(points, baseline));
    }
    return teams;
  }

  private static RunChartPoint pool(MeasureType type, LocalDate period, List<Value> values) {
    List<Double> teamValues = values.stream().map(v -> v.value().doubleValue()).toList();
    RunChartPoint p = new RunChartPoint().period(month(period)).teams(values.size())
        .teamMedian(RunChart.median(teamValues, teamValues.size()));
    switch (type) {
      case PROPORTION -> {
        BigDecimal num = values.stream().map(Value::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal den = values.stream().map(Value::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        p.numerator(num.doubleValue()).denominator(den.doubleValue())
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
    return new RunChartSeries().median(median).points(points).signals(signals.stream()
        .map(s -> new RunChartSignal().kind(RunChartSignal.KindEnum.fromValue(s.kind().toString()))
            .fromPeriod(points.get(s.first()).getPeriod()).toPeriod(points.get(s.last()).getPeriod())
            .periods(s.points().stream().map(i -> points.get(i).getPeriod()).toList()))
        .toList());
  }

  private static String month(LocalDate d) {
    return d.toString().substring(0, 7);
  }

  private static Double dbl(BigDecimal b) {
    return b == null ? null : b.doubleValue();
  }
}
