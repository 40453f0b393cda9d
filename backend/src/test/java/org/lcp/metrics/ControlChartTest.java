package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lcp.metrics.ControlChart.Rule;
import org.lcp.metrics.ControlChart.Type;

/** Control charts against worked examples from the literature, and the special-cause rules. */
class ControlChartTest {

  /**
   * NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.3.2 "Proportions Control Charts",
   * example: 30 wafers of 50 chips, the number of chips with a misregistration per wafer. The
   * handbook prints p̄ = .2313, UCL = .4102, LCL = .0524. Derived: wafers 15 (22/50 = .44) and 23
   * (24/50 = .48) lie above the printed UCL.
   */
  @Test
  @DisplayName("p-chart: NIST/SEMATECH e-Handbook 6.3.3.2 wafer example (p̄ .2313, UCL .4102)")
  void pChartNistWafers() {
    double[] defective = {
      12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12,
      7, 13, 9, 6
    };
    var chart =
        ControlChart.chart(Type.P, list(defective), Collections.nCopies(30, 50.0), List.of(), null);
    var p = chart.points().get(0);
    assertThat(p.centre()).isCloseTo(0.2313, within(0.00005));
    assertThat(p.upper()).isCloseTo(0.4102, within(0.00005));
    assertThat(p.lower()).isCloseTo(0.0524, within(0.00005));
    assertThat(chart.signals())
        .filteredOn(s -> s.rule() == Rule.OUTSIDE_LIMITS)
        .extracting(s -> s.points().get(0))
        .containsExactly(14, 22);
  }

  /**
   * Montgomery and Runger, Applied Statistics and Probability for Engineers (3rd ed.), §16-6
   * "Control charts for individual measurements", Table 16-3: 20 chemical-process concentration
   * measurements. The book prints x̄ = 99.1, average moving range 2.59, UCL = 105.99, LCL = 92.21
   * and finds no out-of-control point (its limits are x̄ ± 3·MR̄/1.128; 2.66·MR̄ agrees to 0.01).
   */
  @Test
  @DisplayName("XmR: Montgomery & Runger, Applied Statistics…, §16-6, Table 16-3 (UCL 105.99)")
  void xmrMontgomeryRungerConcentration() {
    double[] x = {
      102.0, 94.8, 98.3, 98.4, 102.0, 98.5, 99.0, 97.7, 100.0, 98.1, 101.3, 98.7, 101.1, 98.4, 97.0,
      96.7, 100.3, 101.4, 97.2, 101.0
    };
    var chart = ControlChart.chart(Type.XMR, list(x), null, List.of(), null);
    var p = chart.points().get(0);
    assertThat(p.centre()).isCloseTo(99.1, within(0.005));
    assertThat(chart.phases().get(0).movingRangeCentre()).isCloseTo(2.59, within(0.005));
    assertThat(p.upper()).isCloseTo(105.99, within(0.01));
    assertThat(p.lower()).isCloseTo(92.21, within(0.01));
    assertThat(chart.points().get(1).movingRange()).isCloseTo(7.2, within(1e-9));
    assertThat(chart.signals())
        .extracting(ControlChart.Signal::rule)
        .doesNotContain(Rule.OUTSIDE_LIMITS);
    // derived: the moving-range chart's upper limit is 3.267 x MR-bar
    assertThat(chart.phases().get(0).movingRangeUpper()).isCloseTo(3.267 * 2.5895, within(0.001));
  }

  /**
   * iso-9000.ro, "u chart" worked example (refurbished computer monitors): defects 2, 3, 1, 0, 2,
   * 0, 1, 6, 5, 3 in ten subgroups of 100: mean 0.023, UCL 0.0685, LCL −0.0225 set to 0; in
   * control. With 9 defects in test 8 instead, the page finds batch 8 out of control (derived: ū =
   * 0.026, 0.09 above 0.026 + 3√(0.026/100) = 0.0744).
   */
  @Test
  @DisplayName("u-chart: iso-9000.ro monitors example (ū 0.023, UCL 0.0685, LCL 0)")
  void uChartMonitors() {
    double[] c = {2, 3, 1, 0, 2, 0, 1, 6, 5, 3};
    var chart = ControlChart.chart(Type.U, list(c), Collections.nCopies(10, 100.0), null, null);
    var p = chart.points().get(0);
    assertThat(p.centre()).isCloseTo(0.023, within(0.0005));
    assertThat(p.upper()).isCloseTo(0.0685, within(0.00005));
    assertThat(p.lower()).isEqualTo(0.0);
    assertThat(chart.signals()).isEmpty();
    c[7] = 9;
    var changed = ControlChart.chart(Type.U, list(c), Collections.nCopies(10, 100.0), null, null);
    assertThat(changed.signals())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.rule()).isEqualTo(Rule.OUTSIDE_LIMITS);
              assertThat(s.points()).containsExactly(7);
            });
  }

  /** Derived: a p-chart's limits are p̄ ± 3√(p̄(1 − p̄)/n<sub>i</sub>), so 4 × n halves 3 sigma. */
  @Test
  @DisplayName("p-chart (Montgomery §7.2.2): limits vary with each denominator")
  void pLimitsVaryWithTheDenominator() {
    var chart =
        ControlChart.chart(
            Type.P, List.of(10.0, 40.0, 10.0), List.of(100.0, 400.0, 100.0), List.of(), null);
    var small = chart.points().get(0);
    var large = chart.points().get(1);
    assertThat(small.centre()).isCloseTo(0.1, within(1e-12));
    assertThat(small.upper() - 0.1).isCloseTo(3 * Math.sqrt(0.09 / 100), within(1e-12));
    assertThat(large.upper() - 0.1).isCloseTo((small.upper() - 0.1) / 2, within(1e-12));
  }

  /**
   * Laney (2002): with equal subgroup sizes the p′ chart's limits equal those of an individuals
   * chart of the proportions (sigma<sub>z</sub> × sigma<sub>p</sub> = MR̄<sub>p</sub> / 1.128) —
   * derived, on the NIST wafer data; and its limits are wider than the p-chart's when the data are
   * over-dispersed.
   */
  @Test
  @DisplayName("Laney p′ (Laney 2002): with equal n it is the XmR chart of the proportions")
  void laneyPWithEqualDenominatorsIsTheIndividualsChart() {
    double[] defective = {
      12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12,
      7, 13, 9, 6
    };
    List<Double> proportions = new ArrayList<>();
    for (double d : defective) {
      proportions.add(d / 50);
    }
    var laney =
        ControlChart.chart(
            Type.LANEY_P, list(defective), Collections.nCopies(30, 50.0), List.of(), null);
    var xmr = ControlChart.chart(Type.XMR, proportions, null, List.of(), null);
    double mrBar = xmr.phases().get(0).movingRangeCentre();
    assertThat(laney.points().get(0).centre())
        .isCloseTo(xmr.points().get(0).centre(), within(1e-12));
    assertThat(laney.points().get(0).upper() - laney.points().get(0).centre())
        .isCloseTo(3 * mrBar / ControlChart.D2, within(1e-12));
    assertThat(laney.phases().get(0).sigmaZ())
        .isCloseTo(mrBar / ControlChart.D2 / Math.sqrt(0.23133333 * 0.76866667 / 50), within(1e-6));
  }

  /** Derived: Laney u′ scales each point's u-chart sigma by sigma<sub>z</sub>. */
  @Test
  @DisplayName("Laney u′ (Laney 2002): sigma_i × sigma_z with varying exposure")
  void laneyUScalesTheUChartSigma() {
    List<Double> counts = List.of(50.0, 90.0, 30.0, 120.0, 60.0, 20.0);
    List<Double> exposure = List.of(1000.0, 1500.0, 800.0, 2000.0, 1200.0, 900.0);
    var u = ControlChart.chart(Type.U, counts, exposure, List.of(), null);
    var laney = ControlChart.chart(Type.LANEY_U, counts, exposure, List.of(), null);
    double centre = 370.0 / 7400;
    List<Double> z = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      z.add((counts.get(i) / exposure.get(i) - centre) / Math.sqrt(centre / exposure.get(i)));
    }
    double sigmaZ = ControlChart.averageMovingRange(z) / 1.128;
    for (int i = 0; i < 6; i++) {
      assertThat(laney.points().get(i).sigma())
          .isCloseTo(u.points().get(i).sigma() * sigmaZ, within(1e-12));
    }
  }

  /** Constructed series for each special-cause rule (Provost & Murray 2011, chapter 3 rules). */
  @Test
  @DisplayName(
      "Special causes (Provost & Murray 2011): 8 on one side, 6 trending, 2 of 3 beyond 2σ")
  void theSpecialCauseRules() {
    // 8 just above the centre, 8 just below: mean 10, MR-bar small
    List<Double> sides = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      sides.add(i % 2 == 0 ? 11.0 : 11.5);
    }
    for (int i = 0; i < 8; i++) {
      sides.add(i % 2 == 0 ? 9.0 : 8.5);
    }
    var chart = ControlChart.chart(Type.XMR, sides, null, List.of(), null);
    assertThat(chart.signals())
        .filteredOn(s -> s.rule() == Rule.EIGHT_ON_ONE_SIDE)
        .extracting(ControlChart.Signal::side)
        .containsExactly(1, -1);
    // six rising points (five rises), equal neighbours skipped
    List<Double> trend = List.of(5.0, 1.0, 2.0, 2.0, 3.0, 4.0, 5.0, 6.0, 1.0, 5.0, 3.0, 4.0);
    var t = ControlChart.chart(Type.XMR, trend, null, List.of(), null);
    assertThat(t.signals())
        .filteredOn(s -> s.rule() == Rule.SIX_TRENDING)
        .singleElement()
        .satisfies(s -> assertThat(s.points()).containsExactly(1, 2, 4, 5, 6, 7));
    // 2 of 3 beyond 2 sigma: a flat series with small noise, then two high points
    List<Double> warn = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      warn.add(i % 2 == 0 ? 10.0 : 11.0);
    }
    var base = ControlChart.chart(Type.XMR, warn, null, List.of(), null).points().get(0);
    double high = base.upper2() + 0.1; // beyond 2 sigma, within 3
    assertThat(high).isLessThan(base.upper());
    warn.addAll(List.of(high, 10.5, high));
    var w = ControlChart.chart(Type.XMR, warn, null, List.of(), 20);
    assertThat(w.signals())
        .filteredOn(s -> s.rule() == Rule.TWO_OF_THREE_BEYOND_2_SIGMA)
        .singleElement()
        .satisfies(s -> assertThat(s.points()).containsExactly(20, 22));
    assertThat(w.points().get(20).rules()).contains(Rule.TWO_OF_THREE_BEYOND_2_SIGMA);
  }

  /** A documented change starts a phase with its own centre and limits. */
  @Test
  @DisplayName("Phases: limits recalculated after a documented change")
  void phasesHaveTheirOwnLimits() {
    List<Double> x = List.of(10.0, 12.0, 11.0, 13.0, 20.0, 22.0, 21.0, 23.0);
    var chart = ControlChart.chart(Type.XMR, x, null, List.of(4), null);
    assertThat(chart.phases()).hasSize(2);
    assertThat(chart.points().get(0).centre()).isEqualTo(11.5);
    assertThat(chart.points().get(4).centre()).isEqualTo(21.5);
    // without the phase the jump is outside nothing but the moving range is inflated
    assertThat(chart.points().get(4).movingRange()).isNull();
    // frozen: the limits of a phase from its first two points only
    var frozen = ControlChart.chart(Type.XMR, x, null, List.of(4), 2);
    assertThat(frozen.points().get(3).centre()).isEqualTo(11.0);
  }

  /** A point without a denominator is not charted and not counted. */
  @Test
  @DisplayName("A zero denominator is not charted")
  void zeroDenominatorsAreNotCharted() {
    var chart =
        ControlChart.chart(Type.P, List.of(1.0, 0.0, 3.0), List.of(10.0, 0.0, 10.0), null, null);
    assertThat(chart.points().get(1).value()).isNull();
    assertThat(chart.points().get(0).centre()).isCloseTo(0.2, within(1e-12));
  }

  private static List<Double> list(double[] xs) {
    List<Double> out = new ArrayList<>();
    for (double x : xs) {
      out.add(x);
    }
    return out;
  }
}
