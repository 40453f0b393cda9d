package org.lcp.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.metrics.MetricSnapshot;
import org.lcp.metrics.MetricSnapshot.SnapshotMeasure;
import org.lcp.metrics.RunChart;

/**
 * A measure's pooled run chart over the report's months, from the values as they stood: each month
 * pooled over the teams that reported it as the run chart pools (a proportion as the sum of
 * numerators over the sum of denominators, a count as the mean per reporting team, a mean or rate
 * as the mean of the teams); a month reported by fewer than {@code minShare} of the enrolled teams
 * is shown but incomplete, left out of the centre line and the rules (a pool made of whichever
 * teams reported is no signal); the median of its first {@link RunChart#DEFAULT_BASELINE} complete
 * months as the centre line, and the signals of the four run-chart rules.
 *
 * @param measure the measure
 * @param months every month of the report, in order
 * @param pooled the pooled value of each month, null when no team reported it
 * @param teams how many teams each month pools (n)
 * @param enrolled how many teams are enrolled (N)
 * @param incomplete per month: reported by fewer than the share of N a pooled month needs
 * @param byTeam each team's value per month (organisation id to month to value)
 * @param centreLine the median of the baseline; null when nothing was reported
 * @param signals the signals found, with the months they cover
 */
record PooledChart(
    SnapshotMeasure measure,
    List<YearMonth> months,
    List<Double> pooled,
    List<Integer> teams,
    int enrolled,
    List<Boolean> incomplete,
    Map<UUID, Map<YearMonth, BigDecimal>> byTeam,
    Double centreLine,
    List<Signal> signals) {

  /** A signal: its kind (as the run chart names it) and the months it covers. */
  record Signal(RunChart.Signal.Kind kind, List<YearMonth> months) {

    YearMonth first() {
      return months.get(0);
    }

    YearMonth last() {
      return months.get(months.size() - 1);
    }
  }

  static PooledChart of(
      SnapshotMeasure m,
      List<YearMonth> months,
      List<MetricSnapshot.Value> values,
      int enrolled,
      double minShare) {
    Map<YearMonth, List<MetricSnapshot.Value>> byMonth = new HashMap<>();
    Map<UUID, Map<YearMonth, BigDecimal>> byTeam = new LinkedHashMap<>();
    for (MetricSnapshot.Value v : values) {
      byMonth.computeIfAbsent(v.period(), k -> new ArrayList<>()).add(v);
      byTeam.computeIfAbsent(v.organizationId(), k -> new HashMap<>()).put(v.period(), v.value());
    }
    List<Double> pooled = new ArrayList<>(months.size());
    List<Integer> teams = new ArrayList<>(months.size());
    List<Boolean> incomplete = new ArrayList<>(months.size());
    List<Double> charted = new ArrayList<>();
    List<YearMonth> chartedMonths = new ArrayList<>();
    for (YearMonth p : months) {
      List<MetricSnapshot.Value> month = byMonth.getOrDefault(p, List.of());
      Double value = pool(m, month);
      boolean tooFew = value != null && month.size() < minShare * enrolled;
      pooled.add(value);
      teams.add(month.size());
      incomplete.add(tooFew);
      if (value != null && !tooFew) {
        charted.add(value);
        chartedMonths.add(p);
      }
    }
    // the four rules of the run chart the API draws (shift, trend, runs, astronomical point)
    RunChart.Analysis analysis =
        RunChart.analyse(charted, RunChart.DEFAULT_BASELINE, RunChart.BaselineMode.FROZEN);
    Double median = analysis.median();
    List<Signal> signals =
        analysis.signals().stream()
            .map(s -> new Signal(s.kind(), s.points().stream().map(chartedMonths::get).toList()))
            .toList();
    return new PooledChart(m, months, pooled, teams, enrolled, incomplete, byTeam, median, signals);
  }

  /** One month pooled; null when no team reported it. */
  static Double pool(SnapshotMeasure m, List<MetricSnapshot.Value> month) {
    if (month.isEmpty()) {
      return null;
    }
    switch (m.type()) {
      case PROPORTION -> {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (MetricSnapshot.Value v : month) {
          num = v.numerator() == null ? num : num.add(v.numerator());
          den = v.denominator() == null ? den : den.add(v.denominator());
        }
        return den.signum() == 0 ? mean(month) : num.doubleValue() / den.doubleValue();
      }
      default -> {
        return mean(month);
      }
    }
  }

  private static double mean(List<MetricSnapshot.Value> month) {
    return month.stream().mapToDouble(v -> v.value().doubleValue()).average().orElse(0);
  }

  /** The months a signal marks, for the CSV's signal column. */
  Map<YearMonth, List<RunChart.Signal.Kind>> signalsByMonth() {
    Map<YearMonth, List<RunChart.Signal.Kind>> out = new HashMap<>();
    for (Signal s : signals) {
      s.months().forEach(p -> out.computeIfAbsent(p, k -> new ArrayList<>()).add(s.kind()));
    }
    return out;
  }
}
