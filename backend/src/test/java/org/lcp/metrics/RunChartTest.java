package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcp.metrics.RunChart.Signal.Kind;

/** The run-chart rules on hand-made series. */
class RunChartTest {

  @Test
  void theMedianOfTheBaseline() {
    assertThat(RunChart.median(List.of(5.0, 1.0, 3.0), 12)).isEqualTo(3.0);
    assertThat(RunChart.median(List.of(4.0, 1.0, 3.0, 2.0), 12)).isEqualTo(2.5);
    assertThat(RunChart.median(List.of(1.0, 2.0, 3.0, 100.0, 200.0), 3)).isEqualTo(2.0);
    assertThat(RunChart.median(List.of(), 12)).isNull();
  }

  @Test
  void sixPointsOnOneSideAreAShift() {
    List<Double> s = List.of(5.0, 6.0, 7.0, 6.0, 7.0, 8.0, 9.0, 3.0);
    var shifts = RunChart.shifts(s, 4.0);
    assertThat(shifts).hasSize(1);
    assertThat(shifts.get(0).kind()).isEqualTo(Kind.SHIFT_ABOVE);
    assertThat(shifts.get(0).points()).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  @Test
  void fivePointsAreNotAShift() {
    assertThat(RunChart.shifts(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 9.0, 1.0), 4.0)).isEmpty();
  }

  @Test
  void pointsOnTheMedianNeitherBreakNorCountAShift() {
    // five below, one on the median, one more below: six counted points, a shift of indexes 0-6
    // without 3
    List<Double> s = List.of(1.0, 2.0, 1.0, 4.0, 2.0, 1.0, 3.0);
    var shifts = RunChart.shifts(s, 4.0);
    assertThat(shifts).hasSize(1);
    assertThat(shifts.get(0).kind()).isEqualTo(Kind.SHIFT_BELOW);
    assertThat(shifts.get(0).points()).containsExactly(0, 1, 2, 4, 5, 6);
    // only five off the median with one on it: no shift
    assertThat(RunChart.shifts(List.of(1.0, 2.0, 4.0, 1.0, 2.0, 1.0), 4.0)).isEmpty();
  }

  @Test
  void fiveRisingPointsAreATrend() {
    var trends = RunChart.trends(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 2.0));
    assertThat(trends).hasSize(1);
    assertThat(trends.get(0).kind()).isEqualTo(Kind.TREND_UP);
    assertThat(trends.get(0).points()).containsExactly(0, 1, 2, 3, 4);
    assertThat(RunChart.trends(List.of(1.0, 2.0, 3.0, 4.0, 1.0))).isEmpty();
  }

  @Test
  void aFallingTrendAndEqualNeighboursThatNeitherBreakNorCount() {
    var trends = RunChart.trends(List.of(9.0, 8.0, 8.0, 7.0, 6.0, 5.0));
    assertThat(trends).hasSize(1);
    assertThat(trends.get(0).kind()).isEqualTo(Kind.TREND_DOWN);
    assertThat(trends.get(0).points()).containsExactly(0, 1, 3, 4, 5);
    assertThat(RunChart.trends(List.of(9.0, 8.0, 8.0, 7.0, 6.0))).isEmpty();
  }

  @Test
  void aTurningPointEndsOneTrendAndStartsTheNext() {
    var trends = RunChart.trends(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 4.0, 3.0, 2.0, 1.0));
    assertThat(trends)
        .extracting(RunChart.Signal::kind)
        .containsExactly(Kind.TREND_UP, Kind.TREND_DOWN);
    assertThat(trends.get(1).points()).containsExactly(4, 5, 6, 7, 8);
  }
}
