package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lcp.metrics.RunChart.BaselineMode;
import org.lcp.metrics.RunChart.Signal.Kind;

/**
 * The runs and astronomical-point rules and the frozen or extended baseline (Perla, Provost and
 * Murray, BMJ Qual Saf 2011;20:46–51). The paper's example charts are figures without their data,
 * so the series here are constructed and each expected signal follows from the definition, as the
 * comment by each says; the runs table is checked against Swed and Eisenhart's exact distribution
 * and the published critical values of the runs test.
 */
class RunChartRulesTest {

  /**
   * Swed and Eisenhart (1943), Table II, as reproduced in the usual "critical values for the number
   * of runs" table (α = 0.05, two-tailed: reject when runs ≤ the smaller value or ≥ the larger): n1
   * = n2 = 5: 2, 10; 6: 3, 11; 7: 3, 13; 8: 4, 14; 9: 5, 15; 10: 6, 16; and n1 = 7, n2 = 8: 4, 13;
   * 8, 9: 5, 14; 9, 10: 5, 16. In the run chart's terms (too few when fewer than the lower limit,
   * too many when more than the upper), lower = smaller + 1 and upper = larger − 1.
   */
  @Test
  @DisplayName(
      "Runs table: even-split rows agree with the Swed & Eisenhart (1943) critical values, α 0.05")
  void runsTableAgreesWithSwedAndEisenhartCriticalValues() {
    int[][] published = { // useful observations, smaller, larger
      {10, 2, 10},
      {12, 3, 11},
      {14, 3, 13},
      {16, 4, 14},
      {18, 5, 15},
      {20, 6, 16},
      {15, 4, 13},
      {17, 5, 14},
      {19, 5, 16}
    };
    for (int[] row : published) {
      int[] limits = RunChart.RUNS_LIMITS[row[0] - RunChart.RUNS_MIN_USEFUL];
      assertThat(limits).as("n = %d", row[0]).containsExactly(row[1] + 1, row[2] - 1);
    }
  }

  /** Derived: every row of the table is the 2.5%-per-tail limit of the exact distribution. */
  @Test
  @DisplayName("Runs table: every row (10–60 useful observations) recomputed from Swed & Eisenhart")
  void everyRowOfTheRunsTableIsTheExactDistributionsLimit() {
    for (int n = RunChart.RUNS_MIN_USEFUL; n <= RunChart.RUNS_MAX_USEFUL; n++) {
      double[] p = RunChart.runsDistribution(n / 2, n - n / 2);
      assertThat(sum(p, 0, p.length - 1)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      int lower = 0;
      for (int r = 2; r <= n + 1; r++) {
        if (sum(p, 0, r - 1) <= 0.025) {
          lower = r;
        }
      }
      int upper = n;
      for (int r = n; r >= 1; r--) {
        if (sum(p, r + 1, n) <= 0.025) {
          upper = r;
        }
      }
      assertThat(RunChart.RUNS_LIMITS[n - RunChart.RUNS_MIN_USEFUL])
          .as("n = %d", n)
          .containsExactly(lower, upper);
    }
  }

  private static double sum(double[] p, int from, int to) {
    double s = 0;
    for (int i = Math.max(0, from); i <= Math.min(to, p.length - 1); i++) {
      s += p[i];
    }
    return s;
  }

  /** Constructed: 20 points alternating about the median cross it 19 times: 20 runs > 15. */
  @Test
  @DisplayName("Perla 2011 rule 3 (constructed): an alternating series has too many runs")
  void anAlternatingSeriesHasTooManyRuns() {
    List<Double> s = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      s.add(i % 2 == 0 ? 1.0 : 3.0);
    }
    var a = RunChart.analyse(s, 20, BaselineMode.FROZEN);
    assertThat(a.median()).isEqualTo(2.0);
    assertThat(a.runs().runs()).isEqualTo(20);
    assertThat(a.runs().upper()).isEqualTo(15);
    assertThat(a.signals()).extracting(RunChart.Signal::kind).containsExactly(Kind.TOO_MANY_RUNS);
  }

  /**
   * Constructed: 10 below then 10 above (no trend: each half is flat with noise-free repeats) is 2
   * runs < 7; it is also a shift on each side.
   */
  @Test
  @DisplayName("Perla 2011 rule 3 (constructed): two long runs are too few runs")
  void twoLongRunsAreTooFew() {
    List<Double> s = new ArrayList<>();
    s.addAll(Collections.nCopies(10, 1.0));
    s.addAll(Collections.nCopies(10, 5.0));
    var a = RunChart.analyse(s, 20, BaselineMode.EXTENDED);
    assertThat(a.median()).isEqualTo(3.0);
    assertThat(a.runs()).isEqualTo(new RunChart.Runs(20, 2, 7, 15));
    assertThat(a.signals())
        .extracting(RunChart.Signal::kind)
        .containsExactly(Kind.SHIFT_BELOW, Kind.SHIFT_ABOVE, Kind.TOO_FEW_RUNS);
  }

  /**
   * Constructed: points on the median are not useful observations: 12 points, 2 on the median,
   * leave 10 useful observations, under the table's first row; fewer than 10 have no runs test.
   */
  @Test
  @DisplayName("Perla 2011 rule 3: points on the median are not useful observations")
  void pointsOnTheMedianAreNotUseful() {
    List<Double> s = List.of(1.0, 3.0, 2.0, 1.0, 3.0, 1.0, 3.0, 2.0, 1.0, 3.0, 1.0, 3.0);
    var runs = RunChart.runs(s, 2.0);
    assertThat(runs.useful()).isEqualTo(10);
    assertThat(runs.runs()).isEqualTo(10);
    assertThat(runs.upper()).isEqualTo(9);
    assertThat(RunChart.runs(s.subList(0, 9), 2.0).lower()).isNull();
  }

  /**
   * Constructed: a steady series with one point far out. Moving ranges of 1 (median 1, sigma
   * 1/0.954 = 1.048): the point at 20 is 15 from the median 5, beyond 3 sigma; the median moving
   * range is not moved by the outlier's two large ranges.
   */
  @Test
  @DisplayName("Perla 2011 rule 4 (operational: beyond 3 sigma of the median moving range)")
  void anAstronomicalPoint() {
    List<Double> s = List.of(4.0, 5.0, 6.0, 5.0, 4.0, 5.0, 20.0, 5.0, 6.0, 5.0, 4.0, 5.0);
    var a = RunChart.analyse(s, 12, BaselineMode.FROZEN);
    assertThat(a.signals())
        .filteredOn(sig -> sig.kind() == Kind.ASTRONOMICAL_ABOVE)
        .singleElement()
        .satisfies(sig -> assertThat(sig.points()).containsExactly(6));
    // 8 would be 3 from the median: within 3 x 1.048
    assertThat(RunChart.astronomical(List.of(4.0, 5.0, 6.0, 5.0, 4.0, 8.0, 5.0), 5.0)).isEmpty();
  }

  /** Constructed: the frozen median is the first points', the extended one every point's. */
  @Test
  @DisplayName("Baseline frozen (first N points, extended across) or extended (all points)")
  void frozenOrExtendedBaseline() {
    List<Double> s = List.of(1.0, 2.0, 3.0, 4.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0);
    var frozen = RunChart.analyse(s, 4, BaselineMode.FROZEN);
    assertThat(frozen.median()).isEqualTo(2.5);
    // the six points after the baseline are all above the frozen median: a shift (with 3 and 4)
    assertThat(frozen.signals()).extracting(RunChart.Signal::kind).contains(Kind.SHIFT_ABOVE);
    var extended = RunChart.analyse(s, 4, BaselineMode.EXTENDED);
    assertThat(extended.median()).isEqualTo(10.5);
    assertThat(extended.signals())
        .extracting(RunChart.Signal::kind)
        .doesNotContain(Kind.SHIFT_ABOVE);
  }
}
