package org.lcp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.metrics.Direction;
import org.lcp.metrics.MeasureType;
import org.lcp.metrics.MetricSnapshot;
import org.lcp.metrics.MetricSnapshot.SnapshotMeasure;
import org.lcp.metrics.RunChart;

/** The report's pooled chart applies the four run-chart rules the API's run chart applies. */
class PooledChartTest {

  static final SnapshotMeasure COUNT =
      new SnapshotMeasure(
          UUID.randomUUID(),
          "cases",
          "Cases",
          null,
          MeasureType.COUNT,
          Direction.INCREASE,
          null,
          15);
  static final UUID TEAM = UUID.randomUUID();
  static final YearMonth START = YearMonth.of(2025, 1);

  @Test
  void anAstronomicalPointIsASignalOfTheReportAndSaidInWords() {
    double[] series = {10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 40, 11, 10, 12, 11};
    PooledChart chart = PooledChart.of(COUNT, months(series.length), values(series), 1, 0.75);
    assertThat(chart.signals())
        .extracting(PooledChart.Signal::kind)
        .contains(RunChart.Signal.Kind.ASTRONOMICAL_ABOVE);
    PooledChart.Signal astronomical =
        chart.signals().stream()
            .filter(s -> s.kind() == RunChart.Signal.Kind.ASTRONOMICAL_ABOVE)
            .findFirst()
            .orElseThrow();
    assertThat(astronomical.months()).containsExactly(START.plusMonths(10));
    assertThat(ReportPdf.words(astronomical, Direction.INCREASE))
        .startsWith("Astronomical point above the centre line (improvement): 1 month");
  }

  @Test
  void tooFewRunsIsASignalOfTheReport() {
    // 10 below the median, then 10 above: 2 runs of 20 useful observations (the table's lower
    // limit for 20 is more than 2); the shift is found too
    double[] series = new double[20];
    for (int i = 0; i < 20; i++) {
      series[i] = i < 10 ? 10 + (i % 2) : 20 + (i % 2);
    }
    PooledChart chart = PooledChart.of(COUNT, months(20), values(series), 1, 0.75);
    assertThat(chart.signals())
        .extracting(PooledChart.Signal::kind)
        .contains(RunChart.Signal.Kind.TOO_FEW_RUNS);
    PooledChart.Signal runs =
        chart.signals().stream()
            .filter(s -> s.kind() == RunChart.Signal.Kind.TOO_FEW_RUNS)
            .findFirst()
            .orElseThrow();
    assertThat(ReportPdf.words(runs, Direction.INCREASE))
        .startsWith("Too few runs (crossings of the centre line): ");
  }

  static List<YearMonth> months(int n) {
    List<YearMonth> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(START.plusMonths(i));
    }
    return out;
  }

  static List<MetricSnapshot.Value> values(double[] series) {
    List<MetricSnapshot.Value> out = new ArrayList<>();
    for (int i = 0; i < series.length; i++) {
      out.add(
          new MetricSnapshot.Value(
              COUNT.id(), TEAM, START.plusMonths(i), BigDecimal.valueOf(series[i]), null, null));
    }
    return out;
  }
}
