package org.lcp.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Run-chart rules (after IHI and Anhøj): the median of the baseline, shifts and trends.
 *
 * <ul>
 *   <li>shift: six or more consecutive points on one side of the median; points on the median
 *       neither break a shift nor count towards it;
 *   <li>trend: five or more consecutive points each going up (or each going down); a point equal to
 *       the one before neither breaks a trend nor counts towards it.
 * </ul>
 */
public final class RunChart {

  public static final int SHIFT_LENGTH = 6;
  public static final int TREND_LENGTH = 5;
  public static final int DEFAULT_BASELINE = 12;

  /** A run of points that makes a signal: indexes into the series, first to last inclusive. */
  public record Signal(Kind kind, int first, int last, List<Integer> points) {
    public enum Kind {
      SHIFT_ABOVE,
      SHIFT_BELOW,
      TREND_UP,
      TREND_DOWN
    }
  }

  private RunChart() {}

  /**
   * The median of the first {@code baseline} values (all, when fewer); null for an empty series.
   */
  public static Double median(List<Double> values, int baseline) {
    List<Double> sorted = new ArrayList<>(values.subList(0, Math.min(baseline, values.size())));
    if (sorted.isEmpty()) {
      return null;
    }
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  public static List<Signal> shifts(List<Double> values, double median) {
    List<Signal> signals = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    int side = 0;
    for (int i = 0; i < values.size(); i++) {
      int s = Double.compare(values.get(i), median);
      if (s == 0) {
        continue; // on the median: neither breaks nor counts
      }
      if (s != side) {
        closeShift(signals, run, side);
        run = new ArrayList<>();
        side = s;
      }
      run.add(i);
    }
    closeShift(signals, run, side);
    return signals;
  }

  private static void closeShift(List<Signal> signals, List<Integer> run, int side) {
    if (run.size() >= SHIFT_LENGTH) {
      signals.add(
          new Signal(
              side > 0 ? Signal.Kind.SHIFT_ABOVE : Signal.Kind.SHIFT_BELOW,
              run.get(0),
              run.get(run.size() - 1),
              List.copyOf(run)));
    }
  }

  public static List<Signal> trends(List<Double> values) {
    List<Signal> signals = new ArrayList<>();
    if (values.isEmpty()) {
      return signals;
    }
    List<Integer> run = new ArrayList<>(List.of(0));
    int direction = 0;
    for (int i = 1; i < values.size(); i++) {
      int d = Double.compare(values.get(i), values.get(run.get(run.size() - 1)));
      if (d == 0) {
        continue; // equal to the previous point: neither breaks nor counts
      }
      if (direction != 0 && d != direction) {
        closeTrend(signals, run, direction);
        run = new ArrayList<>(List.of(run.get(run.size() - 1)));
      }
      direction = d;
      run.add(i);
    }
    closeTrend(signals, run, direction);
    return signals;
  }

  private static void closeTrend(List<Signal> signals, List<Integer> run, int direction) {
    if (run.size() >= TREND_LENGTH) {
      signals.add(
          new Signal(
              direction > 0 ? Signal.Kind.TREND_UP : Signal.Kind.TREND_DOWN,
              run.get(0),
              run.get(run.size() - 1),
              List.copyOf(run)));
    }
  }
}
