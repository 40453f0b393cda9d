package org.lcp.metrics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shewhart control charts (SPC) and their special-cause rules, after Provost and Murray, The Health
 * Care Data Guide (2011), Montgomery, Introduction to Statistical Quality Control, and the
 * NIST/SEMATECH e-Handbook of Statistical Methods §6.3:
 *
 * <ul>
 *   <li>p-chart: centre p̄ = Σ numerators / Σ denominators; sigma<sub>i</sub> = √(p̄(1 −
 *       p̄)/n<sub>i</sub>), so the limits vary with each point's denominator (clamped to [0, 1]);
 *   <li>u-chart: centre ū = Σ counts / Σ exposure; sigma<sub>i</sub> = √(ū/n<sub>i</sub>) (lower
 *       limit clamped to 0);
 *   <li>XmR (I-chart): centre the mean; limits mean ± 2.66 × average moving range; sigma = MR̄ /
 *       1.128; the moving-range chart's upper limit 3.267 × MR̄;
 *   <li>Laney p′ and u′ (Laney 2002, "Improved control charts for attributes", Quality Engineering
 *       14(4):531–537): each point's z-score z<sub>i</sub> = (x<sub>i</sub> − centre) /
 *       sigma<sub>i</sub>; sigma<sub>z</sub> = average moving range of the z-scores / 1.128; limits
 *       centre ± 3 × sigma<sub>i</sub> × sigma<sub>z</sub> (over-dispersion of large denominators).
 * </ul>
 *
 * Special causes (each rule within one phase): a point outside the 3-sigma limits; 8 or more
 * consecutive points on one side of the centre line (points on it neither break nor count); 6 or
 * more consecutive points going up or down (equal neighbours neither break nor count); 2 of 3
 * consecutive points beyond 2 sigma on the same side.
 *
 * <p>Phases: a new phase starts at each given index (a documented change); each has its own centre
 * and limits, computed from its first {@code baseline} charted points (frozen) or all of them.
 * Points without a value (a zero denominator) are not charted: no limits, skipped by every rule.
 */
public final class ControlChart {

  public static final double XMR_LIMIT_FACTOR = 2.66;
  public static final double D2 = 1.128;
  public static final double MR_UPPER_FACTOR = 3.267;
  public static final int SIDE_LENGTH = 8;
  public static final int TREND_LENGTH = 6;

  public enum Type {
    P,
    U,
    XMR,
    LANEY_P,
    LANEY_U
  }

  public enum Rule {
    OUTSIDE_LIMITS,
    EIGHT_ON_ONE_SIDE,
    SIX_TRENDING,
    TWO_OF_THREE_BEYOND_2_SIGMA
  }

  /**
   * One point: its value (null when not charted), the centre, sigma and 3-sigma limits of its phase
   * (the lower limit null when clamping leaves none below 0 … kept as 0), its moving range (XmR)
   * and the rules it takes part in.
   */
  public record Point(
      Double value,
      Double centre,
      Double sigma,
      Double lower,
      Double upper,
      Double lower2,
      Double upper2,
      Double movingRange,
      Set<Rule> rules) {}

  /** A phase: points {@code first} to {@code last} inclusive with their own centre. */
  public record Phase(
      int first,
      int last,
      Double centre,
      Double sigmaZ,
      Double movingRangeCentre,
      Double movingRangeUpper) {}

  /** A special cause: the rule, which side (+1 above, −1 below, 0 for a trend) and its points. */
  public record Signal(Rule rule, int side, List<Integer> points) {}

  public record Chart(Type type, List<Point> points, List<Phase> phases, List<Signal> signals) {}

  private ControlChart() {}

  /**
   * The chart of {@code type}: for P, U and the Laney charts {@code numerators} over {@code
   * denominators}; for XmR the {@code numerators} are the values (denominators ignored).
   *
   * @param phaseStarts indexes where a new phase begins (0 and out-of-range ones are ignored)
   * @param baseline how many first charted points of each phase make its limits; null for all
   */
  public static Chart chart(
      Type type,
      List<Double> numerators,
      List<Double> denominators,
      List<Integer> phaseStarts,
      Integer baseline) {
    int size = numerators.size();
    TreeSet<Integer> starts = new TreeSet<>();
    starts.add(0);
    for (Integer s : phaseStarts == null ? List.<Integer>of() : phaseStarts) {
      if (s != null && s > 0 && s < size) {
        starts.add(s);
      }
    }
    Point[] points = new Point[size];
    List<Phase> phases = new ArrayList<>();
    List<Signal> signals = new ArrayList<>();
    List<Integer> list = new ArrayList<>(starts);
    for (int k = 0; k < list.size(); k++) {
      int first = list.get(k);
      int last = k + 1 < list.size() ? list.get(k + 1) - 1 : size - 1;
      if (first > last) {
        continue;
      }
      phases.add(phase(type, numerators, denominators, first, last, baseline, points));
      signals.addAll(rules(points, first, last));
    }
    for (Signal s : signals) {
      for (int i : s.points()) {
        points[i].rules().add(s.rule());
      }
    }
    return new Chart(type, List.of(points), List.copyOf(phases), List.copyOf(signals));
  }

  private static boolean attribute(Type type) {
    return type != Type.XMR;
  }

  private static Double value(Type type, List<Double> num, List<Double> den, int i) {
    Double x = num.get(i);
    if (x == null) {
      return null;
    }
    if (!attribute(type)) {
      return x;
    }
    Double n = den == null ? null : den.get(i);
    return n == null || n <= 0 ? null : x / n;
  }

  private static Phase phase(
      Type type,
      List<Double> num,
      List<Double> den,
      int first,
      int last,
      Integer baseline,
      Point[] out) {
    // the points that make the limits: the first `baseline` charted ones, or all
    List<Integer> calc = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      if (value(type, num, den, i) != null && (baseline == null || calc.size() < baseline)) {
        calc.add(i);
      }
    }
    if (calc.isEmpty()) {
      for (int i = first; i <= last; i++) {
        out[i] =
            new Point(null, null, null, null, null, null, null, null, EnumSet.noneOf(Rule.class));
      }
      return new Phase(first, last, null, null, null, null);
    }
    double centre;
    double sigmaZ = 1;
    Double mrCentre = null;
    Double mrUpper = null;
    if (attribute(type)) {
      double sx = 0;
      double sn = 0;
      for (int i : calc) {
        sx += num.get(i);
        sn += den.get(i);
      }
      centre = sx / sn;
      if (type == Type.LANEY_P || type == Type.LANEY_U) {
        List<Double> z = new ArrayList<>();
        for (int i : calc) {
          double s = attributeSigma(type, centre, den.get(i));
          z.add(s == 0 ? 0 : (value(type, num, den, i) - centre) / s);
        }
        sigmaZ = averageMovingRange(z) / D2;
      }
    } else {
      List<Double> xs = calc.stream().map(num::get).toList();
      centre = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      mrCentre = averageMovingRange(xs);
      mrUpper = MR_UPPER_FACTOR * mrCentre;
    }
    Double previous = null;
    for (int i = first; i <= last; i++) {
      Double v = value(type, num, den, i);
      if (v == null) {
        out[i] =
            new Point(null, centre, null, null, null, null, null, null, EnumSet.noneOf(Rule.class));
        continue;
      }
      double sigma;
      double halfWidth;
      if (attribute(type)) {
        sigma = attributeSigma(type, centre, den.get(i)) * sigmaZ;
        halfWidth = 3 * sigma;
      } else {
        sigma = mrCentre / D2;
        halfWidth = XMR_LIMIT_FACTOR * mrCentre;
      }
      double lower = centre - halfWidth;
      double upper = centre + halfWidth;
      double lower2 = centre - 2 * sigma;
      double upper2 = centre + 2 * sigma;
      if (attribute(type)) {
        lower = Math.max(0, lower);
        lower2 = Math.max(0, lower2);
        if (type == Type.P || type == Type.LANEY_P) {
          upper = Math.min(1, upper);
          upper2 = Math.min(1, upper2);
        }
      }
      Double mr = !attribute(type) && previous != null ? Math.abs(v - previous) : null;
      out[i] =
          new Point(v, centre, sigma, lower, upper, lower2, upper2, mr, EnumSet.noneOf(Rule.class));
      previous = v;
    }
    return new Phase(
        first,
        last,
        centre,
        type == Type.LANEY_P || type == Type.LANEY_U ? sigmaZ : null,
        mrCentre,
        mrUpper);
  }

  private static double attributeSigma(Type type, double centre, double n) {
    return type == Type.P || type == Type.LANEY_P
        ? Math.sqrt(centre * (1 - centre) / n)
        : Math.sqrt(centre / n);
  }

  static double averageMovingRange(List<Double> xs) {
    if (xs.size() < 2) {
      return 0;
    }
    double sum = 0;
    for (int i = 1; i < xs.size(); i++) {
      sum += Math.abs(xs.get(i) - xs.get(i - 1));
    }
    return sum / (xs.size() - 1);
  }

  /** The four rules over points {@code first} to {@code last}. */
  private static List<Signal> rules(Point[] points, int first, int last) {
    List<Signal> signals = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      if (points[i].value() != null) {
        values.add(points[i].value());
        index.add(i);
      }
    }
    if (values.isEmpty()) {
      return signals;
    }
    double centre = points[index.get(0)].centre();
    // outside the limits
    for (int i : index) {
      Point p = points[i];
      if (p.value() > p.upper() || p.value() < p.lower()) {
        signals.add(new Signal(Rule.OUTSIDE_LIMITS, p.value() > p.upper() ? 1 : -1, List.of(i)));
      }
    }
    // 8 on one side, 6 trending: the run-chart rules with the control chart's lengths
    for (RunChart.Signal s :
        RunChart.sides(
            values,
            centre,
            SIDE_LENGTH,
            RunChart.Signal.Kind.SHIFT_ABOVE,
            RunChart.Signal.Kind.SHIFT_BELOW)) {
      signals.add(
          new Signal(
              Rule.EIGHT_ON_ONE_SIDE,
              s.kind() == RunChart.Signal.Kind.SHIFT_ABOVE ? 1 : -1,
              s.points().stream().map(index::get).toList()));
    }
    for (RunChart.Signal s : RunChart.trends(values, TREND_LENGTH)) {
      signals.add(
          new Signal(
              Rule.SIX_TRENDING,
              s.kind() == RunChart.Signal.Kind.TREND_UP ? 1 : -1,
              s.points().stream().map(index::get).toList()));
    }
    // 2 of 3 consecutive beyond 2 sigma on the same side (merged while the windows overlap)
    for (int side : new int[] {1, -1}) {
      TreeSet<Integer> current = new TreeSet<>();
      int lastWindow = Integer.MIN_VALUE;
      for (int w = 0; w + 2 < index.size(); w++) {
        List<Integer> beyond = new ArrayList<>();
        for (int j = w; j < w + 3; j++) {
          Point p = points[index.get(j)];
          if (side > 0 ? p.value() > p.upper2() : p.value() < p.lower2()) {
            beyond.add(index.get(j));
          }
        }
        if (beyond.size() >= 2) {
          if (!current.isEmpty() && w > lastWindow + 2) {
            signals.add(new Signal(Rule.TWO_OF_THREE_BEYOND_2_SIGMA, side, List.copyOf(current)));
            current = new TreeSet<>();
          }
          current.addAll(beyond);
          lastWindow = w;
        }
      }
      if (!current.isEmpty()) {
        signals.add(new Signal(Rule.TWO_OF_THREE_BEYOND_2_SIGMA, side, List.copyOf(current)));
      }
    }
    return signals;
  }
}
