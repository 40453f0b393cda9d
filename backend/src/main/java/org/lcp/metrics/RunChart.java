package org.lcp.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The four run-chart rules of Perla, Provost and Murray, "The run chart: a simple analytical tool
 * for learning from variation in healthcare processes", BMJ Qual Saf 2011;20:46–51 (the rules the
 * IHI teaches), on a series against its median:
 *
 * <ul>
 *   <li>shift: six or more consecutive points on one side of the median; points on the median
 *       neither break a shift nor count towards it;
 *   <li>trend: five or more consecutive points each going up (or each going down); a point equal to
 *       the one before neither breaks a trend nor counts towards it;
 *   <li>too few or too many runs: a run is one or more consecutive useful observations (points not
 *       on the median) on the same side of it; runs = crossings + 1; too few when fewer than the
 *       table's lower limit for the number of useful observations, too many when more than its
 *       upper limit ({@link #RUNS_LIMITS});
 *   <li>astronomical data point: the paper's definition is "a grossly obvious" different value that
 *       anyone studying the chart would agree is unusual; it gives no formula. Operationally a
 *       point is astronomical here when it lies more than 3 sigma from the median, sigma estimated
 *       from the median moving range (median |x<sub>i</sub> − x<sub>i−1</sub>| / 0.954, the
 *       median-moving-range estimator of Nelson and of JMP's individuals chart): the median of the
 *       moving ranges is not pulled up by the outlier itself (an average moving range, or a
 *       standard deviation, would be), and 3 sigma is the point beyond which a Shewhart chart would
 *       call any single point special. No test when fewer than three values or when the median
 *       moving range is 0.
 * </ul>
 *
 * The median is the centre line of a frozen baseline (the first {@code baseline} points, extended
 * across the rest) or of an extended one (all points).
 */
public final class RunChart {

  public static final int SHIFT_LENGTH = 6;
  public static final int TREND_LENGTH = 5;
  public static final int DEFAULT_BASELINE = 12;

  /** Median moving range to sigma: d4 for moving ranges of two, as JMP and Nelson use it. */
  static final double MEDIAN_MOVING_RANGE_TO_SIGMA = 0.954;

  /**
   * Limits for the number of runs by the number of useful observations, from 10 to 60: {@code
   * RUNS_LIMITS[n - 10] = {lower, upper}}; fewer runs than {@code lower} are too few, more than
   * {@code upper} too many.
   *
   * <p>Source: the distribution of the number of runs of Swed and Eisenhart, "Tables for testing
   * randomness of grouping in a sequence of alternatives", Ann Math Stat 1943;14:66–87, which is
   * what Table 1 of Perla, Provost and Murray (2011) is based on, for a series split evenly about
   * its median (⌊n/2⌋ and ⌈n/2⌉ useful observations on each side) and a risk of at most 2.5% in
   * each tail (5% in all): lower = the largest r with P(runs &lt; r) ≤ 0.025, upper = the smallest
   * r with P(runs &gt; r) ≤ 0.025. The values were computed from the exact distribution ({@code
   * RunChartRulesTest} recomputes every row and checks the even-split cells against the published
   * critical values for n<sub>1</sub> = n<sub>2</sub> ≤ 10). The printed Table 1 of the paper could
   * not be consulted while this was written; where it differs by one in a row, the paper's row
   * should replace this one.
   */
  static final int[][] RUNS_LIMITS = {
    {3, 9}, // 10
    {4, 9},
    {4, 10},
    {4, 11},
    {4, 12},
    {5, 12}, // 15
    {5, 13},
    {6, 13},
    {6, 14},
    {6, 15},
    {7, 15}, // 20
    {7, 16},
    {8, 16},
    {8, 17},
    {8, 18},
    {9, 18}, // 25
    {9, 19},
    {10, 19},
    {10, 20},
    {10, 21},
    {11, 21}, // 30
    {11, 22},
    {12, 22},
    {12, 23},
    {12, 24},
    {13, 24}, // 35
    {13, 25},
    {14, 25},
    {14, 26},
    {14, 26},
    {15, 27}, // 40
    {15, 28},
    {16, 28},
    {16, 29},
    {17, 29},
    {17, 30}, // 45
    {17, 31},
    {18, 31},
    {18, 32},
    {19, 32},
    {19, 33}, // 50
    {20, 33},
    {20, 34},
    {20, 35},
    {21, 35},
    {21, 36}, // 55
    {22, 36},
    {22, 37},
    {23, 37},
    {23, 38},
    {24, 38}, // 60
  };

  static final int RUNS_MIN_USEFUL = 10;
  static final int RUNS_MAX_USEFUL = RUNS_MIN_USEFUL + RUNS_LIMITS.length - 1;

  /** Which points the median is taken over. */
  public enum BaselineMode {
    /** The first {@code baseline} points; the median is extended across the later ones. */
    FROZEN,
    /** Every point. */
    EXTENDED
  }

  /** A run of points that makes a signal: indexes into the series, first to last inclusive. */
  public record Signal(Kind kind, int first, int last, List<Integer> points) {
    public enum Kind {
      SHIFT_ABOVE,
      SHIFT_BELOW,
      TREND_UP,
      TREND_DOWN,
      TOO_FEW_RUNS,
      TOO_MANY_RUNS,
      ASTRONOMICAL_ABOVE,
      ASTRONOMICAL_BELOW
    }
  }

  /** The runs of a series about its median, and the table's limits when it has them. */
  public record Runs(int useful, int runs, Integer lower, Integer upper) {}

  /** A series analysed: its median (null when empty) and every signal, by rule. */
  public record Analysis(Double median, Runs runs, List<Signal> signals) {}

  private RunChart() {}

  /** All four rules, the median taken as {@code mode} says. */
  public static Analysis analyse(List<Double> values, int baseline, BaselineMode mode) {
    Double median = median(values, mode == BaselineMode.EXTENDED ? values.size() : baseline);
    if (median == null) {
      return new Analysis(null, new Runs(0, 0, null, null), List.of());
    }
    List<Signal> signals = new ArrayList<>(shifts(values, median));
    signals.addAll(trends(values));
    Runs runs = runs(values, median);
    List<Integer> useful = usefulPoints(values, median);
    if (runs.lower() != null && runs.runs() < runs.lower()) {
      signals.add(
          new Signal(
              Signal.Kind.TOO_FEW_RUNS, useful.get(0), useful.get(useful.size() - 1), useful));
    } else if (runs.upper() != null && runs.runs() > runs.upper()) {
      signals.add(
          new Signal(
              Signal.Kind.TOO_MANY_RUNS, useful.get(0), useful.get(useful.size() - 1), useful));
    }
    signals.addAll(astronomical(values, median));
    return new Analysis(median, runs, signals);
  }

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
    return sides(values, median, SHIFT_LENGTH, Signal.Kind.SHIFT_ABOVE, Signal.Kind.SHIFT_BELOW);
  }

  /**
   * Runs of at least {@code length} points on one side of {@code centre}; points on it neither
   * break nor count (also the "8 on one side" rule of a control chart).
   */
  static List<Signal> sides(
      List<Double> values, double centre, int length, Signal.Kind above, Signal.Kind below) {
    List<Signal> signals = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    int side = 0;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        continue;
      }
      int s = Double.compare(values.get(i), centre);
      if (s == 0) {
        continue; // on the median: neither breaks nor counts
      }
      if (s != side) {
        close(signals, run, length, side > 0 ? above : below);
        run = new ArrayList<>();
        side = s;
      }
      run.add(i);
    }
    close(signals, run, length, side > 0 ? above : below);
    return signals;
  }

  public static List<Signal> trends(List<Double> values) {
    return trends(values, TREND_LENGTH);
  }

  /**
   * Runs of at least {@code length} points each going up (or down); a point equal to the one before
   * neither breaks nor counts (also the "6 trending" rule of a control chart); null values skipped.
   */
  static List<Signal> trends(List<Double> values, int length) {
    List<Signal> signals = new ArrayList<>();
    int start = 0;
    while (start < values.size() && values.get(start) == null) {
      start++;
    }
    if (start >= values.size()) {
      return signals;
    }
    List<Integer> run = new ArrayList<>(List.of(start));
    int direction = 0;
    for (int i = start + 1; i < values.size(); i++) {
      if (values.get(i) == null) {
        continue;
      }
      int d = Double.compare(values.get(i), values.get(run.get(run.size() - 1)));
      if (d == 0) {
        continue; // equal to the previous point: neither breaks nor counts
      }
      if (direction != 0 && d != direction) {
        close(signals, run, length, direction > 0 ? Signal.Kind.TREND_UP : Signal.Kind.TREND_DOWN);
        run = new ArrayList<>(List.of(run.get(run.size() - 1)));
      }
      direction = d;
      run.add(i);
    }
    close(signals, run, length, direction > 0 ? Signal.Kind.TREND_UP : Signal.Kind.TREND_DOWN);
    return signals;
  }

  private static void close(List<Signal> signals, List<Integer> run, int length, Signal.Kind kind) {
    if (run.size() >= length) {
      signals.add(new Signal(kind, run.get(0), run.get(run.size() - 1), List.copyOf(run)));
    }
  }

  private static List<Integer> usefulPoints(List<Double> values, double median) {
    List<Integer> useful = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != null && Double.compare(values.get(i), median) != 0) {
        useful.add(i);
      }
    }
    return useful;
  }

  /** The number of runs about the median (crossings + 1) and the table's limits for it. */
  public static Runs runs(List<Double> values, double median) {
    List<Integer> useful = usefulPoints(values, median);
    int runs = 0;
    int side = 0;
    for (int i : useful) {
      int s = Double.compare(values.get(i), median);
      if (s != side) {
        runs++;
        side = s;
      }
    }
    int n = useful.size();
    if (n < RUNS_MIN_USEFUL || n > RUNS_MAX_USEFUL) {
      return new Runs(n, runs, null, null);
    }
    int[] limits = RUNS_LIMITS[n - RUNS_MIN_USEFUL];
    return new Runs(n, runs, limits[0], limits[1]);
  }

  /** Astronomical points: beyond 3 sigma of the median, sigma from the median moving range. */
  public static List<Signal> astronomical(List<Double> values, double median) {
    List<Double> present = values.stream().filter(v -> v != null).toList();
    if (present.size() < 3) {
      return List.of();
    }
    List<Double> ranges = new ArrayList<>();
    for (int i = 1; i < present.size(); i++) {
      ranges.add(Math.abs(present.get(i) - present.get(i - 1)));
    }
    double sigma = median(ranges, ranges.size()) / MEDIAN_MOVING_RANGE_TO_SIGMA;
    if (sigma <= 0) {
      return List.of();
    }
    List<Signal> signals = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (v != null && Math.abs(v - median) > 3 * sigma) {
        signals.add(
            new Signal(
                v > median ? Signal.Kind.ASTRONOMICAL_ABOVE : Signal.Kind.ASTRONOMICAL_BELOW,
                i,
                i,
                List.of(i)));
      }
    }
    return signals;
  }

  /**
   * The exact probability distribution of the number of runs in a random arrangement of {@code m}
   * and {@code n} items (Swed and Eisenhart 1943): {@code p[r]} for r = 0 … m + n.
   */
  static double[] runsDistribution(int m, int n) {
    double[] p = new double[m + n + 1];
    double total = logChoose(m + n, m);
    for (int r = 2; r <= m + n; r++) {
      double ways;
      if (r % 2 == 0) {
        int k = r / 2;
        ways = 2 * Math.exp(logChoose(m - 1, k - 1) + logChoose(n - 1, k - 1) - total);
      } else {
        int k = (r - 1) / 2;
        ways =
            Math.exp(logChoose(m - 1, k) + logChoose(n - 1, k - 1) - total)
                + Math.exp(logChoose(m - 1, k - 1) + logChoose(n - 1, k) - total);
      }
      p[r] = ways;
    }
    return p;
  }

  private static double logChoose(int n, int k) {
    if (k < 0 || k > n) {
      return Double.NEGATIVE_INFINITY;
    }
    double s = 0;
    for (int i = 1; i <= k; i++) {
      s += Math.log(n - k + i) - Math.log(i);
    }
    return s;
  }
}
